// swift-tools-version: 6.1
// The plugin contract. A nested package so that host, built-ins and plugins all link one dynamic
// copy of it; see Docs/Decisions/0001-sdk-as-nested-dynamic-package.md.
import PackageDescription

let package = Package(
  name: "AttritionSDK",
  products: [
    .library(name: "AttritionSDK", type: .dynamic, targets: ["AttritionSDK"])
  ],
  targets: [
    .target(
      name: "AttritionSDK",
      swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
    )
  ],
  swiftLanguageModes: [.v6]
)
