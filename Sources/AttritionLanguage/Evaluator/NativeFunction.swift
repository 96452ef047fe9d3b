public import AttritionSDK

/// A function implemented in Swift: a built-in, or one the host or a module provides.
public struct NativeFunction: Callable {
  /// One parameter: its name and whether it may be left out.
  public struct Parameter: Sendable {
    /// The parameter's name, also its label in named arguments.
    public var name: String
    /// Whether the argument may be left out.
    public var isOptional: Bool

    /// Creates a parameter.
    public init(_ name: String, isOptional: Bool = false) {
      self.name = name
      self.isOptional = isOptional
    }
  }

  /// The name it is called by (with its module, for module functions).
  public let name: String
  /// Its parameters, in order.
  public let parameters: [Parameter]
  /// Whether any number of positional arguments is accepted (all bound to the last parameter).
  public let isVariadic: Bool
  /// Whether named arguments with any label are accepted (as ``Arguments/extraNamed``).
  public let acceptsAnyLabel: Bool
  /// The implementation. Errors other than ``EvaluationError`` become diagnostics at the call.
  public let body: @Sendable (Arguments) throws -> Value

  /// Creates a native function.
  public init(
    name: String, parameters: [Parameter], isVariadic: Bool = false, acceptsAnyLabel: Bool = false,
    body: @escaping @Sendable (Arguments) throws -> Value
  ) {
    self.name = name
    self.parameters = parameters
    self.isVariadic = isVariadic
    self.acceptsAnyLabel = acceptsAnyLabel
    self.body = body
  }

  /// The parameter names, in order.
  public var parameterNames: [String] { parameters.map(\.name) }
}
