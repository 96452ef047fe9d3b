// swift-tools-version: 6.1
import PackageDescription

// Imports point down only: SDK ← Language, Data ← Core ← front ends ← executable.
// The SDK is a nested package so that every image links one dynamic copy of it.
let sdk: Target.Dependency = .product(name: "AttritionSDK", package: "AttritionSDK")
let strictSettings: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
  name: "Attrition",
  products: [
    .executable(name: "attrition", targets: ["attrition"])
  ],
  dependencies: [
    .package(path: "Plugins/AttritionSDK"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // Core
    .target(name: "AttritionLanguage", dependencies: [sdk], swiftSettings: strictSettings),
    .target(name: "AttritionData", dependencies: [sdk], swiftSettings: strictSettings),
    .target(
      name: "AttritionCore",
      dependencies: [sdk, "AttritionLanguage", "AttritionData"],
      swiftSettings: strictSettings
    ),
    .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

    // Front ends
    .executableTarget(
      name: "attrition",
      dependencies: [
        sdk, "AttritionCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),

    // Tests
    .testTarget(name: "AttritionSDKTests", dependencies: [sdk], swiftSettings: strictSettings),
    .testTarget(
      name: "AttritionLanguageTests", dependencies: [sdk, "AttritionLanguage"], swiftSettings: strictSettings),
    .testTarget(name: "AttritionDataTests", dependencies: [sdk, "AttritionData"], swiftSettings: strictSettings),
    .testTarget(
      name: "AttritionCoreTests",
      dependencies: [sdk, "AttritionCore", "AttritionLanguage"],
      swiftSettings: strictSettings
    ),
    .testTarget(name: "AttritionCLITests", dependencies: ["attrition"], swiftSettings: strictSettings),
  ],
  swiftLanguageModes: [.v6]
)
