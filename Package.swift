// swift-tools-version: 6.1
import PackageDescription

// Imports point down only: SDK ← Language, Data ← Core ← front ends ← executable.
// The SDK is a nested package so that every image links one dynamic copy of it.
let sdk: Target.Dependency = .product(name: "AttritionSDK", package: "AttritionSDK")
let strictSettings: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
  name: "Attrition",
  products: [
    .executable(name: "attrition", targets: ["attrition"]),
    .executable(name: "attrition-fetch", targets: ["attrition-fetch"]),
    // An example third-party plugin: built as its own shared library and loaded at run time, never linked.
    .library(name: "ForceGeneration", type: .dynamic, targets: ["ForceGeneration"]),
    // A plugin whose function traps, for the tests of what the REPL saves before plugin code runs.
    .library(name: "TrappingPlugin", type: .dynamic, targets: ["TrappingPlugin"]),
  ],
  dependencies: [
    .package(path: "Plugins/AttritionSDK"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
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
    .target(
      name: "AttritionNotebook",
      dependencies: [sdk, "AttritionCore", "AttritionLanguage", .product(name: "Ink", package: "Ink")],
      swiftSettings: strictSettings
    ),
    .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .systemLibrary(name: "CLibCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
    .target(
      name: "AttritionREPL",
      dependencies: [sdk, "AttritionCore", "AttritionLanguage", "AttritionData", "CLibEdit"],
      swiftSettings: strictSettings
    ),

    // Built-in analysis modules: each depends on the SDK alone, as a plugin would.
    .target(name: "TimeSeries", dependencies: [sdk], path: "Plugins/TimeSeries", swiftSettings: strictSettings),
    .target(
      name: "CasualtyRatios", dependencies: [sdk], path: "Plugins/CasualtyRatios",
      resources: [.copy("Resources")], swiftSettings: strictSettings
    ),
    .target(
      name: "EquipmentAttrition", dependencies: [sdk], path: "Plugins/EquipmentAttrition",
      resources: [.copy("Resources")], swiftSettings: strictSettings
    ),
    .target(
      name: "TerritorialPace", dependencies: [sdk], path: "Plugins/TerritorialPace",
      resources: [.copy("Resources")], swiftSettings: strictSettings
    ),
    .target(
      name: "AttritionBuiltins",
      dependencies: [sdk, "TimeSeries", "CasualtyRatios", "EquipmentAttrition", "TerritorialPace"],
      swiftSettings: strictSettings
    ),

    // Example plugin (see Docs/Plugins.md): depends on the SDK product alone, like any plugin.
    .target(
      name: "ForceGeneration", dependencies: [sdk], path: "Plugins/Examples/ForceGeneration",
      swiftSettings: strictSettings
    ),

    .target(
      name: "TrappingPlugin", dependencies: [sdk], path: "Tests/Fixtures/plugins/Trapping",
      swiftSettings: strictSettings
    ),

    // Front ends
    .executableTarget(
      name: "attrition",
      dependencies: [
        sdk, "AttritionCore", "AttritionData", "AttritionBuiltins", "AttritionREPL", "AttritionNotebook",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),

    // The download helper of `attrition data pull`: the only image that links FoundationNetworking.
    .executableTarget(
      name: "attrition-fetch", dependencies: ["AttritionCore", "CLibCurl"], swiftSettings: strictSettings),
    // Fuzzing (make fuzz): the targets, and a driver that runs libFuzzer on them or replays inputs.
    .target(
      name: "AttritionFuzzing",
      dependencies: [
        sdk, "AttritionLanguage", "AttritionData", "AttritionBuiltins", "AttritionNotebook", "AttritionCore",
      ],
      path: "Tests/Fuzz/Harness", swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "attrition-fuzz", dependencies: ["AttritionFuzzing", "AttritionCore"], path: "Tests/Fuzz/Driver",
      swiftSettings: strictSettings
    ),

    // Tests
    .testTarget(name: "AttritionSDKTests", dependencies: [sdk], swiftSettings: strictSettings),
    .testTarget(
      name: "AttritionLanguageTests", dependencies: [sdk, "AttritionLanguage"], swiftSettings: strictSettings),
    .testTarget(name: "AttritionDataTests", dependencies: [sdk, "AttritionData"], swiftSettings: strictSettings),
    .testTarget(
      name: "AttritionCoreTests",
      dependencies: [sdk, "AttritionCore", "AttritionLanguage", "attrition-fetch"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AttritionCLITests", dependencies: ["attrition", "attrition-fetch"], swiftSettings: strictSettings),
    .testTarget(
      name: "AttritionNotebookTests",
      dependencies: [sdk, "AttritionNotebook", "AttritionCore", "AttritionBuiltins"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AttritionREPLTests",
      dependencies: [sdk, "AttritionREPL", "AttritionCore", "AttritionLanguage", "attrition"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AttritionFuzzTests", dependencies: ["AttritionFuzzing", "AttritionCore"], swiftSettings: strictSettings),
    .testTarget(
      name: "AttritionModulesTests",
      dependencies: [
        sdk, "AttritionCore", "AttritionLanguage", "AttritionBuiltins", "TimeSeries", "CasualtyRatios",
        "EquipmentAttrition",
        "TerritorialPace",
      ],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
