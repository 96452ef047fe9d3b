public import AttritionSDK

/// What the evaluator asks its host for: functions beyond the built-ins, and modules.
///
/// The language does not know the module registry or the file system; the core's session
/// implements this protocol, so the evaluator can be tested without a runtime.
public protocol EvaluationHost: AnyObject {
  /// A top-level function the host provides, such as `load`.
  func function(named name: String) -> FunctionDescriptor?
  /// The names of the host's top-level functions.
  var functionNames: [String] { get }
  /// The names of the modules whose functions are called as `module.function(…)`.
  var moduleNames: [String] { get }
  /// A module's function, or nil.
  func function(named name: String, inModule module: String) -> FunctionDescriptor?
  /// The names of a module's functions.
  func functionNames(inModule module: String) -> [String]
  /// The table of a shared dataset, or nil when no dataset has the name.
  func table(named name: String) throws -> Table?
  /// The names of the shared datasets.
  var datasetNames: [String] { get }
  /// Whether the current computation should stop (Ctrl-C); checked between rows and calls.
  var isCancelled: Bool { get }
  /// What functions see of the host: datasets, warnings, cancellation.
  var moduleContext: (any ModuleContext)? { get }
  /// Reads the data file `load(path)` would read block by block, only the named columns, handing
  /// each block to `each`; false when the host cannot stream that file (see `EvaluationHost+Streaming`).
  func streamTable(
    path: String, columns: Set<String>, restart: () -> Void, each: (Table) throws -> Void
  ) throws -> Bool
}
