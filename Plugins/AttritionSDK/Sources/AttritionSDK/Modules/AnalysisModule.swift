/// An analysis module: a named family of functions with their docs, examples and datasets.
///
/// Built-in modules and plugins conform alike; the host registers them in one registry, and the
/// language calls their functions as `module.function(…)`. The descriptor is the single source of
/// the module's help, its generated documentation and its example tests.
public protocol AnalysisModule: Sendable {
  /// Everything the host needs to know about the module, implementations included.
  var descriptor: ModuleDescriptor { get }
}

/// The description of a module: its name, version, summary, functions and datasets.
public struct ModuleDescriptor: Sendable {
  /// The name functions are called under, in `lower_snake_case`: `casualty`, `equipment`.
  public var name: String
  /// The module's version, `MAJOR.MINOR.PATCH`.
  public var version: String
  /// One line on what the module is for.
  public var summary: String
  /// Longer documentation: method, caveats, sources.
  public var discussion: String
  /// The functions, in the order the docs list them.
  public var functions: [FunctionDescriptor]
  /// The reference datasets the module contributes to the shared catalog.
  public var datasets: [DatasetDescriptor]

  /// Creates a module descriptor.
  public init(
    name: String, version: String, summary: String, discussion: String = "", functions: [FunctionDescriptor],
    datasets: [DatasetDescriptor] = []
  ) {
    self.name = name
    self.version = version
    self.summary = summary
    self.discussion = discussion
    self.functions = functions
    self.datasets = datasets
  }

  /// The function with a name, or nil.
  public func function(named name: String) -> FunctionDescriptor? {
    functions.first { $0.name == name }
  }
}
