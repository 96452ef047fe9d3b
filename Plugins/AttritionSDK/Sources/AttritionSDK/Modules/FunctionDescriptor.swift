/// A function the language can call: its name, documentation, parameters, runnable examples and
/// implementation.
///
/// Built-ins, host functions such as `load`, and module functions are all described this way,
/// so `:help`, the generated docs and the example tests treat them alike.
public struct FunctionDescriptor: Callable {
  /// The name it is called by (without its module).
  public let name: String
  /// One line on what it computes.
  public let summary: String
  /// Longer documentation: the method, units of the result, caveats.
  public let discussion: String
  /// Its parameters, in order.
  public let parameters: [ParameterDescriptor]
  /// What it returns, e.g. `number (per day)` or `table (date, value)`.
  public let returns: String
  /// Calls that document it and run as its tests.
  public let examples: [FunctionExample]
  /// Whether extra positional arguments are accepted, as ``FunctionArguments/rest``.
  public let isVariadic: Bool
  /// Whether named arguments with any label are accepted, as ``FunctionArguments/extraNamed``.
  public let acceptsAnyLabel: Bool
  /// The implementation. Errors that are ``DiagnosticConvertible`` become diagnostics at the call.
  public let implementation: @Sendable (FunctionArguments) throws -> Value

  /// Creates a function descriptor.
  public init(
    name: String, summary: String, discussion: String = "", parameters: [ParameterDescriptor], returns: String,
    examples: [FunctionExample] = [], isVariadic: Bool = false, acceptsAnyLabel: Bool = false,
    implementation: @escaping @Sendable (FunctionArguments) throws -> Value
  ) {
    self.name = name
    self.summary = summary
    self.discussion = discussion
    self.parameters = parameters
    self.returns = returns
    self.examples = examples
    self.isVariadic = isVariadic
    self.acceptsAnyLabel = acceptsAnyLabel
    self.implementation = implementation
  }

  /// The parameter names, in order.
  public var parameterNames: [String] { parameters.map(\.name) }

  /// The signature as help shows it: `window(table: table, column: string, period: period) -> number`.
  public func signature(module: String? = nil) -> String {
    let prefix = module.map { "\($0)." } ?? ""
    let list = parameters.map { parameter in
      parameter.name + (parameter.isOptional ? "?" : "") + ": " + parameter.kind.rawValue
    }
    return "\(prefix)\(name)(\(list.joined(separator: ", "))) -> \(returns)"
  }
}

extension FunctionDescriptor {
  /// The same function under the name `module.name`, as diagnostics about a call should name it.
  public func qualified(by module: String) -> FunctionDescriptor {
    FunctionDescriptor(
      name: "\(module).\(name)", summary: summary, discussion: discussion, parameters: parameters, returns: returns,
      examples: examples, isVariadic: isVariadic, acceptsAnyLabel: acceptsAnyLabel, implementation: implementation)
  }
}
