import AttritionBuiltins
import AttritionData
import AttritionLanguage
import AttritionSDK

/// The evaluator's host while fuzzing: the built-in modules and their reference datasets, but no
/// `load`, no other files and no commands, so a fuzzed program can neither read nor write the file
/// system beyond the modules' own reference tables.
final class FuzzHost: EvaluationHost, ModuleContext, @unchecked Sendable {
  // @unchecked: one host serves one evaluation on one thread.
  let modules: [String: ModuleDescriptor]
  let datasetPaths: [String: String]
  private var tables: [String: Table] = [:]

  init() {
    let descriptors = builtinModules.map(\.descriptor)
    modules = Dictionary(descriptors.map { ($0.name, $0) }) { first, _ in first }
    datasetPaths = Dictionary(descriptors.flatMap(\.datasets).map { ($0.name, $0.path) }) { first, _ in first }
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

  func table(named name: String) throws -> Table? {
    guard let path = datasetPaths[name] else { return nil }
    if let table = tables[name] { return table }
    let table = try TableLoader.load(path: path)
    tables[name] = table
    return table
  }

  var datasetNames: [String] { datasetPaths.keys.sorted() }
  var isCancelled: Bool { false }
  var moduleContext: (any ModuleContext)? { self }

  func dataset(named name: String) throws -> Table {
    guard let table = try table(named: name) else { throw ModuleError("unknown_dataset", "no dataset '\(name)'") }
    return table
  }

  func warn(_ message: String) {}
}
