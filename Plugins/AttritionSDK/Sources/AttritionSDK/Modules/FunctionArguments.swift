/// The arguments of one call, bound to the function's parameters, with typed accessors that
/// name the parameter when a value has the wrong type.
public struct FunctionArguments: Sendable {
  /// The function being called, as the user wrote it (`equipment.window`).
  public let functionName: String
  /// The span of the whole call.
  public let callRange: SourceRange
  /// The parameter names, in order.
  public let parameterNames: [String]
  /// The value bound to each parameter, nil where left out.
  public let values: [Value?]
  /// The span of each bound argument.
  public let ranges: [SourceRange?]
  /// Positional arguments beyond the parameters, for variadic functions.
  public let rest: [Value]
  /// Named arguments whose labels are not parameters, for functions that accept any label.
  public let extraNamed: [(label: String, value: Value, range: SourceRange)]
  /// What the host offers the function: datasets, warnings, cancellation.
  public let context: (any ModuleContext)?

  /// Binds arguments; the evaluator does this, and tests may too.
  public init(
    functionName: String, callRange: SourceRange, parameterNames: [String], values: [Value?],
    ranges: [SourceRange?], rest: [Value] = [], extraNamed: [(label: String, value: Value, range: SourceRange)] = [],
    context: (any ModuleContext)? = nil
  ) {
    self.functionName = functionName
    self.callRange = callRange
    self.parameterNames = parameterNames
    self.values = values
    self.ranges = ranges
    self.rest = rest
    self.extraNamed = extraNamed
    self.context = context
  }

  /// The argument for parameter `index`, or nil when it was left out.
  public func optional(_ index: Int) -> Value? {
    index < values.count ? values[index] : nil
  }

  /// The argument for parameter `index`, or nil when it was left out or is `null`.
  public func given(_ index: Int) -> Value? {
    guard let value = optional(index) else { return nil }
    if case .null = value { return nil }
    return value
  }

  /// The span of the argument for parameter `index`, or the call's span.
  public func range(_ index: Int) -> SourceRange {
    (index < ranges.count ? ranges[index] : nil) ?? callRange
  }

  /// The argument for a required parameter.
  public func value(_ index: Int) throws(ArgumentError) -> Value {
    guard let value = optional(index) else { throw error(index, .missing) }
    return value
  }

  /// An error about argument `index`: the reason it is invalid.
  public func invalid(_ index: Int, _ reason: String) -> ArgumentError {
    error(index, .invalid(reason))
  }

  /// An error saying argument `index` should have been `expected` (e.g. "a table").
  public func wrongType(_ index: Int, expected: String, found: Value) -> ArgumentError {
    error(index, .wrongType(expected: expected, found: found.typeName))
  }

  func error(_ index: Int, _ kind: ArgumentError.Kind) -> ArgumentError {
    let parameter = index < parameterNames.count ? parameterNames[index] : "#\(index + 1)"
    return ArgumentError(function: functionName, parameter: parameter, kind: kind, range: range(index))
  }
}

/// What a host offers the functions it calls.
public protocol ModuleContext: Sendable {
  /// A table of the shared catalog by name.
  func dataset(named name: String) throws -> Table
  /// Reports a warning about the current call (shown after its result).
  func warn(_ message: String)
  /// Whether the user asked to stop the running computation.
  var isCancelled: Bool { get }
}
