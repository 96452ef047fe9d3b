import AttritionBuiltins
import AttritionLanguage
import AttritionSDK

/// The evaluator's host while fuzzing: the built-in modules, but no file access (`load`), no
/// datasets and no commands, so a fuzzed program can neither read nor write the file system.
final class FuzzHost: EvaluationHost {
  let modules: [String: ModuleDescriptor]

  init() {
    modules = Dictionary(builtinModules.map { ($0.descriptor.name, $0.descriptor) }) { first, _ in first }
  }

  func function(named name: String) -> FunctionDescriptor? { nil }
  var functionNames: [String] { [] }
  var moduleNames: [String] { modules.keys.sorted() }

  func function(named name: String, inModule module: String) -> FunctionDescriptor? {
    modules[module]?.function(named: name)?.qualified(by: module)
  }

  func functionNames(inModule module: String) -> [String] {
    modules[module]?.functions.map(\.name) ?? []
  }

  func table(named name: String) throws -> Table? { nil }
  var datasetNames: [String] { [] }
  var isCancelled: Bool { false }
  var moduleContext: (any ModuleContext)? { nil }
}
