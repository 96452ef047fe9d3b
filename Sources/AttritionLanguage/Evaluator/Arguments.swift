public import AttritionSDK

/// The arguments of one call to a ``NativeFunction``, bound to its parameters, with typed accessors
/// that report a wrong type at the argument's own span.
public struct Arguments: Sendable {
  /// The function being called.
  public let functionName: String
  /// The call's span.
  public let callRange: SourceRange
  let parameterNames: [String]
  let values: [Value?]
  let ranges: [SourceRange?]
  /// Positional arguments beyond the parameters, for variadic functions.
  public let rest: [Value]
  /// Named arguments whose labels are not parameters, in order, for functions that accept any label.
  public let extraNamed: [(label: String, value: Value, range: SourceRange)]

  init(
    functionName: String, callRange: SourceRange, parameterNames: [String], values: [Value?],
    ranges: [SourceRange?], rest: [Value], extraNamed: [(label: String, value: Value, range: SourceRange)] = []
  ) {
    self.extraNamed = extraNamed
    self.functionName = functionName
    self.callRange = callRange
    self.parameterNames = parameterNames
    self.values = values
    self.ranges = ranges
    self.rest = rest
  }

  /// The argument for parameter `index`, or nil when it was left out.
  public func optional(_ index: Int) -> Value? {
    index < values.count ? values[index] : nil
  }

  /// The span of the argument for parameter `index`, or the call's span.
  public func range(_ index: Int) -> SourceRange {
    (index < ranges.count ? ranges[index] : nil) ?? callRange
  }

  /// The argument for a required parameter.
  public func value(_ index: Int) throws(EvaluationError) -> Value {
    guard let value = optional(index) else {
      throw EvaluationError(.missingArgument(function: functionName, parameter: parameterNames[index]), callRange)
    }
    return value
  }

  /// An error about argument `index`, reported at its span.
  public func invalid(_ index: Int, _ reason: String) -> EvaluationError {
    EvaluationError(
      .invalidArgument(function: functionName, parameter: parameterNames[index], reason: reason), range(index))
  }

  func wrongType(_ index: Int, expected: String, found: Value) -> EvaluationError {
    EvaluationError(
      .wrongType(
        expected: expected, found: found.typeName, context: "'\(functionName)' argument '\(parameterNames[index])'"),
      range(index))
  }

  /// The argument as an estimate.
  public func estimate(_ index: Int) throws(EvaluationError) -> Estimate {
    let value = try value(index)
    guard case .estimate(let estimate) = value else { throw wrongType(index, expected: "a number", found: value) }
    return estimate
  }

  /// The argument as a string.
  public func string(_ index: Int) throws(EvaluationError) -> String {
    let value = try value(index)
    guard case .string(let text) = value else { throw wrongType(index, expected: "a string", found: value) }
    return text
  }

  /// The argument as a bool.
  public func bool(_ index: Int) throws(EvaluationError) -> Bool {
    let value = try value(index)
    guard case .bool(let flag) = value else { throw wrongType(index, expected: "a bool", found: value) }
    return flag
  }

  /// The argument as a period.
  public func period(_ index: Int) throws(EvaluationError) -> Period {
    let value = try value(index)
    guard case .period(let period) = value else { throw wrongType(index, expected: "a period", found: value) }
    return period
  }

  /// The argument as a table.
  public func table(_ index: Int) throws(EvaluationError) -> Table {
    let value = try value(index)
    guard case .table(let table) = value else { throw wrongType(index, expected: "a table", found: value) }
    return table
  }
}
