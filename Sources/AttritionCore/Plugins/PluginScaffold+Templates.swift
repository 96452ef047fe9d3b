extension PluginScaffold {
  var packageManifest: String {
    """
    // swift-tools-version: 6.1
    // An Attrition plugin. `swift build` makes .build/debug/lib\(packageName).so; load it with
    // `attrition --plugin .build/debug/lib\(packageName).so`.
    import PackageDescription

    let package = Package(
      name: "\(packageName)",
      products: [
        // A dynamic library: the host loads it at run time with dlopen.
        .library(name: "\(packageName)", type: .dynamic, targets: ["\(packageName)"])
      ],
      dependencies: [
        // The plugin contract. Host and plugins must share one dynamic copy of it, so depend on
        // its product and never copy its sources into the plugin.
        .package(path: "\(sdkPath)")
      ],
      targets: [
        .target(name: "\(packageName)", dependencies: [.product(name: "AttritionSDK", package: "\(sdkPackage)")]),
        .testTarget(
          name: "\(packageName)Tests",
          dependencies: ["\(packageName)", .product(name: "AttritionSDK", package: "\(sdkPackage)")]
        ),
      ],
      swiftLanguageModes: [.v6]
    )

    """
  }

  var moduleSource: String {
    """
    public import AttritionSDK

    /// The `\(moduleName)` module.
    public struct \(packageName)Module: AnalysisModule {
      /// Creates the module.
      public init() {}

      /// The module's descriptor: its docs, functions and examples, which `:help` shows.
      public var descriptor: ModuleDescriptor {
        ModuleDescriptor(
          name: "\(moduleName)",
          version: "0.1.0",
          summary: "What the \(moduleName) module computes, in one line.",
          functions: [\(packageName)Module.perDay]
        )
      }

      /// `per_day(total, days)`: a total spread evenly over a number of days.
      static let perDay = FunctionDescriptor(
        name: "per_day",
        summary: "total / days: the average per day.",
        discussion: "Bounds, units and sources of the total carry into the result.",
        parameters: [
          ParameterDescriptor("total", .number, "the total over the period"),
          ParameterDescriptor("days", .number, "the length of the period in days, more than zero"),
        ],
        returns: "number (per day)",
        examples: [FunctionExample("\(moduleName).per_day(950k, 1197)", "793.7")]
      ) { arguments in
        let total = try arguments.estimate(0)
        let days = try arguments.estimate(1)
        guard (days.low ?? days.value) > 0 else {
          throw arguments.invalid(1, "the number of days must be more than zero")
        }
        do throws(EstimateError) {
          return .estimate(try total.dividing(by: days))
        } catch {
          throw ModuleError(error, computing: "the average per day")
        }
      }
    }

    """
  }

  var entrySource: String {
    """
    import AttritionSDK

    // The two C entry points the host looks up. The ABI version is read first and must not touch
    // a Swift type; PluginABI.compiledVersion is fixed when this plugin is compiled.

    /// The plugin contract version this plugin was compiled against.
    @_cdecl("attrition_plugin_abi_version")
    public func attritionPluginABIVersion() -> Int32 {
      PluginABI.compiledVersion
    }

    /// This plugin's manifest, retained for the host to take.
    @_cdecl("attrition_plugin_manifest")
    public func attritionPluginManifest() -> UnsafeMutableRawPointer {
      PluginManifest(name: "\(packageName)", version: "0.1.0", modules: [\(packageName)Module()]).retainedPointer()
    }

    """
  }

  var testSource: String {
    """
    import AttritionSDK
    import Testing

    @testable import \(packageName)

    @Suite struct \(packageName)Tests {
      let perDay = \(packageName)Module().descriptor.function(named: "per_day")!

      func call(_ values: [Value]) throws -> Value {
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        let arguments = FunctionArguments(
          functionName: "\(moduleName).per_day", callRange: SourceRange(start: start, end: start),
          parameterNames: perDay.parameterNames, values: values, ranges: values.map { _ in nil })
        return try perDay.implementation(arguments)
      }

      @Test func spreadsATotalOverDays() throws {
        guard case .estimate(let result) = try call([.estimate(.exact(950_000)), .estimate(.exact(1197))]) else {
          Issue.record("not a number")
          return
        }
        #expect(abs(result.value - 793.65) < 0.01)
      }

      @Test func refusesZeroDays() {
        #expect(throws: ArgumentError.self) { try call([.estimate(.exact(1)), .estimate(.exact(0))]) }
      }

      @Test func exportsTheEntryPoints() {
        #expect(attritionPluginABIVersion() == PluginABI.loadedVersion)
      }
    }

    """
  }

  var readme: String {
    """
    # \(packageName)

    An Attrition plugin that adds the module `\(moduleName)`.

    ```sh
    swift build                                   # makes .build/debug/lib\(packageName).so
    swift test                                    # runs Tests/\(packageName)Tests
    attrition --plugin .build/debug/lib\(packageName).so -e '\(moduleName).per_day(950k, 1197)'
    ```

    To load it in every session, copy the library into `~/.local/share/attrition/plugins/`
    (or `$XDG_DATA_HOME/attrition/plugins/`). In a script or the REPL: `:plugin PATH`.

    Add functions to `Sources/\(packageName)/\(packageName)Module.swift`: each is a
    `FunctionDescriptor` whose summary, discussion, parameters and examples are the help that
    `:help \(moduleName).per_day` shows. The plugin builds against the Attrition SDK at
    `\(sdkPath)`; rebuild it when Attrition's SDK ABI version changes.

    """
  }
}
