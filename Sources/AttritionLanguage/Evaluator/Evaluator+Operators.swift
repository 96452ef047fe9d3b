import AttritionSDK

extension Evaluator {
  func applyUnary(_ operation: UnaryOperator, _ operand: Value, at range: SourceRange) throws(EvaluationError) -> Value
  {
    switch (operation, operand) {
    case (.negate, .estimate(let estimate)): return .estimate(estimate.negated())
    case (.not, .bool(let flag)): return .bool(!flag)
    case (_, .null): return .null
    case (.negate, _):
      throw EvaluationError(.wrongType(expected: "a number", found: operand.typeName, context: "'-'"), range)
    case (.not, _):
      throw EvaluationError(.notCondition(operand.typeName), range)
    }
  }

  func evaluateBinary(
    _ operation: BinaryOperator, _ leftExpression: Expression, _ rightExpression: Expression, at range: SourceRange
  ) throws(EvaluationError) -> Value {
    let left = try evaluate(leftExpression)
    if operation == .and || operation == .or {
      return try logical(operation, left, leftExpression, rightExpression)
    }
    let right = try evaluate(rightExpression)
    switch operation {
    case .add, .subtract, .multiply, .divide:
      return try arithmetic(operation, left, right, at: range)
    default:
      return try compare(operation, left, right, at: range)
    }
  }

  /// `and` / `or` in three-valued logic: a missing operand is unknown, so `false and ?` is false,
  /// `true or ?` is true, and otherwise the result is missing (and a `where` drops the row).
  func logical(_ operation: BinaryOperator, _ left: Value, _ leftExpression: Expression, _ rightExpression: Expression)
    throws(EvaluationError) -> Value
  {
    let decisive = operation == .or
    let first = try Evaluator.condition(left, at: leftExpression.range)
    if first == decisive { return .bool(decisive) }
    let second = try Evaluator.condition(try evaluate(rightExpression), at: rightExpression.range)
    if second == decisive { return .bool(decisive) }
    return first == nil || second == nil ? .null : .bool(!decisive)
  }

  static func condition(_ value: Value, at range: SourceRange) throws(EvaluationError) -> Bool? {
    switch value {
    case .bool(let flag): return flag
    case .null: return nil
    default: throw EvaluationError(.notCondition(value.typeName), range)
    }
  }

  func arithmetic(_ operation: BinaryOperator, _ left: Value, _ right: Value, at range: SourceRange)
    throws(EvaluationError) -> Value
  {
    switch (left, right) {
    case (.null, _), (_, .null):
      return .null
    case (.estimate(let a), .estimate(let b)):
      return .estimate(try Evaluator.combine(operation, a, b, at: range))
    case (.day(let day), .estimate(let offset)) where operation == .add || operation == .subtract:
      let days = try wholeDays(offset, at: range)
      return try writable(day.adding(days: operation == .add ? days : -days), at: range)
    case (.estimate(let offset), .day(let day)) where operation == .add:
      return try writable(day.adding(days: try wholeDays(offset, at: range)), at: range)
    case (.day(let a), .day(let b)) where operation == .subtract:
      return .estimate(.exact(Double(a.ordinal - b.ordinal), unit: Unit(.day)))
    case (.string(let a), .string(let b)) where operation == .add:
      let size = a.utf8.count + b.utf8.count
      guard size <= stringByteLimit else {
        throw EvaluationError(
          .tooLarge(what: "the string", size: "\(size.grouped) bytes", limit: "\(stringByteLimit.grouped) bytes"), range
        )
      }
      return .string(a + b)
    default:
      throw EvaluationError(
        .incompatibleOperands(verb: operation.verb, left: "a \(left.typeName)", right: "a \(right.typeName)"), range)
    }
  }

  /// Applies an arithmetic operator to two estimates, turning SDK errors into diagnostics.
  static func combine(_ operation: BinaryOperator, _ a: Estimate, _ b: Estimate, at range: SourceRange)
    throws(EvaluationError) -> Estimate
  {
    do {
      switch operation {
      case .add: return try a.adding(b)
      case .subtract: return try a.subtracting(b)
      case .multiply: return try a.multiplying(b)
      default: return try a.dividing(by: b)
      }
    } catch {
      throw diagnose(error, verb: operation.verb, a, b, at: range)
    }
  }

  static func diagnose(_ error: EstimateError, verb: String, _ a: Estimate, _ b: Estimate, at range: SourceRange)
    -> EvaluationError
  {
    switch error {
    case .incompatibleUnits(let left, let right):
      return EvaluationError(
        .unitMismatch(verb: verb, left: left, right: right), range,
        notes: [
          "left operand is in \(left.spelled) (\(left.dimension))",
          "right operand is in \(right.spelled) (\(right.dimension))",
        ])
    case .divisorRangeContainsZero(let low, let high):
      let describe = { (bound: Double?) in bound.map(\.brief) ?? "unknown" }
      let divisor = low == 0 && high == 0 ? "0" : "a number between \(describe(low)) and \(describe(high))"
      return EvaluationError(
        .divisorRangeContainsZero(divisor), range,
        notes: low == nil ? ["its lower bound is unknown; state it with a range 'low..high'"] : [])
    case .notFinite:
      return EvaluationError(.notFinite, range)
    case .unitTooComplex(let unit):
      return EvaluationError(
        .tooLarge(what: "the unit of the result", size: unit.spelled, limit: "a power of \(Unit.maximumExponent)"),
        range)
    }
  }

  func writable(_ day: Day, at range: SourceRange) throws(EvaluationError) -> Value {
    guard day.isWritable else {
      throw EvaluationError(.invalidRange("the day falls outside 0001-01-01..9999-12-31"), range)
    }
    return .day(day)
  }

  func wholeDays(_ offset: Estimate, at range: SourceRange) throws(EvaluationError) -> Int {
    let inDays: Estimate
    if offset.unit.isNone {
      inDays = offset
    } else {
      do {
        inDays = try offset.converted(to: Unit(.day))
      } catch {
        throw EvaluationError(.unitMismatch(verb: "add", left: Unit(.day), right: offset.unit), range)
      }
    }
    guard inDays.isExact, inDays.value == inDays.value.rounded(), abs(inDays.value) < 10_000_000 else {
      throw EvaluationError(
        .wrongType(expected: "a whole number of days", found: "number", context: "day arithmetic"), range)
    }
    return Int(inDays.value)
  }

  /// Compares central values (after converting units); days, strings and bools compare as such.
  /// A comparison with a missing value is itself missing (unknown), as in SQL.
  func compare(_ operation: BinaryOperator, _ left: Value, _ right: Value, at range: SourceRange)
    throws(EvaluationError) -> Value
  {
    let order: Int
    switch (left, right) {
    case (.null, _), (_, .null): return .null
    case (.estimate(let a), .estimate(let b)):
      guard let factor = b.unit.conversionFactor(to: a.unit) else {
        throw Evaluator.diagnose(.incompatibleUnits(a.unit, b.unit), verb: "compare", a, b, at: range)
      }
      order = Evaluator.order(a.value, b.value * factor)
    case (.day(let a), .day(let b)): order = Evaluator.order(a.ordinal, b.ordinal)
    case (.string(let a), .string(let b)): order = Evaluator.order(a, b)
    case (.bool(let a), .bool(let b)) where operation == .equal || operation == .notEqual: order = a == b ? 0 : 1
    default:
      throw EvaluationError(
        .incompatibleOperands(verb: "compare", left: "a \(left.typeName)", right: "a \(right.typeName)"), range)
    }
    switch operation {
    case .equal: return .bool(order == 0)
    case .notEqual: return .bool(order != 0)
    case .less: return .bool(order < 0)
    case .lessEqual: return .bool(order <= 0)
    case .greater: return .bool(order > 0)
    default: return .bool(order >= 0)
    }
  }

  static func order<T: Comparable>(_ a: T, _ b: T) -> Int {
    a < b ? -1 : (a == b ? 0 : 1)
  }

  /// `low..high`: a range estimate between exact numbers, or a period between days.
  func makeRange(_ low: Value, _ high: Value, at range: SourceRange) throws(EvaluationError) -> Value {
    switch (low, high) {
    case (.day(let start), .day(let end)):
      guard let period = Period(start: start, end: end) else {
        throw EvaluationError(.invalidPeriod(start: start, end: end), range)
      }
      return .period(period)
    case (.estimate(let a), .estimate(let b)):
      guard a.isExact, b.isExact else { throw EvaluationError(.invalidRange("its ends must be exact numbers"), range) }
      // A bare end takes the other end's unit: `60k..100k killed` spans killed.
      let unit = a.unit.isNone ? b.unit : a.unit
      let lowFactor = a.unit.isNone ? 1 : a.unit.conversionFactor(to: unit)
      let highFactor = b.unit.isNone ? 1 : b.unit.conversionFactor(to: unit)
      guard let lowFactor, let highFactor else {
        throw Evaluator.diagnose(.incompatibleUnits(a.unit, b.unit), verb: "span", a, b, at: range)
      }
      let (lowValue, highValue) = (a.value * lowFactor, b.value * highFactor)
      guard lowValue <= highValue else {
        throw EvaluationError(.invalidRange("low end \(a.value.brief) is above high end \(b.value.brief)"), range)
      }
      var estimate = Estimate.range(lowValue, highValue, unit: unit)
      estimate.provenance = a.provenance.union(b.provenance)
      return .estimate(estimate)
    default:
      throw EvaluationError(
        .incompatibleOperands(verb: "span", left: "a \(low.typeName)", right: "a \(high.typeName)"), range)
    }
  }

  /// `value to unit`.
  func convert(_ value: Value, to unit: Unit, at range: SourceRange) throws(EvaluationError) -> Value {
    guard case .estimate(let estimate) = value else {
      throw EvaluationError(.wrongType(expected: "a number", found: value.typeName, context: "'to'"), range)
    }
    do {
      return .estimate(try estimate.converted(to: unit))
    } catch {
      throw Evaluator.diagnose(error, verb: "convert", estimate, .exact(1, unit: unit), at: range)
    }
  }
}
