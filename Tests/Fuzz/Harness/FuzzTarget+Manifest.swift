import AttritionCore
import AttritionSDK

extension FuzzTarget {
  /// A module a fuzzed manifest provides.
  struct FuzzedModule: AnalysisModule {
    let descriptor: ModuleDescriptor
  }

  /// Builds a plugin manifest from the input (up to 4 modules of up to 8 functions, any names,
  /// versions, parameters and examples), passes it through the plugin ABI's retained pointer, then
  /// registers it and documents it as the host does when it loads a plugin: refusing a malformed
  /// manifest is fine, trapping is not.
  static func registerManifest(_ input: [UInt8]) {
    var bytes = FuzzBytes(input)
    var modules: [any AnalysisModule] = []
    for _ in 0..<(bytes.byte() % 5) {
      var functions: [FunctionDescriptor] = []
      let moduleName = bytes.text()
      for _ in 0..<(bytes.byte() % 9) {
        let name = bytes.text()
        var parameters: [ParameterDescriptor] = []
        for _ in 0..<(bytes.byte() % 6) {
          let kind = ValueKind.allCases[Int(bytes.byte()) % ValueKind.allCases.count]
          parameters.append(ParameterDescriptor(bytes.text(), kind, bytes.text(), isOptional: bytes.byte() & 1 == 1))
        }
        let examples = (0..<(bytes.byte() % 3)).map { _ in FunctionExample(bytes.text(), bytes.text()) }
        let flags = bytes.byte()
        functions.append(
          FunctionDescriptor(
            name: name, summary: bytes.text(), discussion: bytes.text(), parameters: parameters, returns: bytes.text(),
            examples: examples, isVariadic: flags & 1 == 1, acceptsAnyLabel: flags & 2 == 2
          ) { _ in .string("fuzzed") })
      }
      let descriptor = ModuleDescriptor(
        name: moduleName, version: bytes.text(), summary: bytes.text(), discussion: bytes.text(), functions: functions)
      modules.append(FuzzedModule(descriptor: descriptor))
    }
    let manifest = PluginManifest(name: bytes.text(), version: bytes.text(), modules: modules)
    let received = PluginManifest.takeRetained(manifest.retainedPointer())
    guard let registry = try? ModuleRegistry.empty.registering(received.modules) else { return }
    _ = ModuleDocumentation.markdown(registry)
    let session = Session(registry: registry, output: { _ in }, errorOutput: { _ in })
    session.stepLimit = FuzzTarget.stepLimit
    for module in registry.modules {
      _ = session.run(SourceFile(name: "<fuzz>", text: ":help \(module.name)"))
      for function in module.functions.prefix(2) {
        _ = session.run(SourceFile(name: "<fuzz>", text: ":help \(module.name).\(function.name)"))
      }
    }
  }
}
