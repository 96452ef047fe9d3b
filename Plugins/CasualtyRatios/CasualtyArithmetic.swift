import AttritionSDK

/// The arithmetic the casualty functions share: reading counts, dividing by positive figures,
/// keeping shares inside their definitional range.
///
/// Bounds follow the SDK's interval arithmetic: the result holds every value the inputs' ranges
/// allow, and an unknown bound stays unknown.
enum CasualtyArithmetic {
  /// Argument `index` as a count of people: a number in a personnel unit (`casualties`, `killed`, …)
  /// or a plain number, none of whose known figures is negative. A dimensionless unit such as `%`
  /// is turned into a plain number.
  static func count(_ arguments: FunctionArguments, _ index: Int) throws -> Estimate {
    let figure = try arguments.estimate(index)
    let name = arguments.parameterNames[index]
    guard figure.unit.countsPeople else {
      throw ModuleError.unitMismatch(
        arguments.functionName, "'\(name)' must count people (casualties, killed, troops…) or be a plain number",
        [(name, figure.unit)])
    }
    if [figure.value, figure.low, figure.high].contains(where: { ($0 ?? 0) < 0 }) {
      throw arguments.invalid(index, "a count cannot be negative (\(figure.rangeText))")
    }
    return figure.unit.dimension.isNone ? try figure.converted(to: .none) : figure
  }

  /// `a / b` where `b` is a positive figure (a count, an area, a duration).
  ///
  /// A divisor whose lower bound is unknown is taken as some positive number: the quotient's upper
  /// bound is then unknown rather than an error, so "about 400,000" can divide. A divisor whose
  /// stated range reaches zero is an error, as the quotient would have no bound.
  static func quotient(
    _ a: Estimate, _ b: Estimate, function: String, divisor: String
  ) throws(ModuleError) -> Estimate {
    let reachesZero = b.value == 0 || (b.low.map { $0 <= 0 } ?? false) && (b.high ?? .infinity) >= 0
    if reachesZero { throw .divisorContainsZero(function, divisor, b) }
    guard b.value > 0 else { throw .divisorNotPositive(function, divisor, b) }
    let (unit, factor) = Unit.quotient(a.unit, b.unit)
    let value = a.value / b.value * factor
    guard value.isFinite else { throw ModuleError("not_finite", "'\(function)': the result is not a finite number") }
    let divisorHigh = b.high ?? .infinity
    // The smallest quotient takes the largest divisor when the dividend is positive, the smallest otherwise.
    let low = a.low.flatMap { low in low >= 0 ? low / divisorHigh : b.low.map { low / $0 } }
    let high = a.high.flatMap { high in high >= 0 ? b.low.map { high / $0 } : high / divisorHigh }
    return Estimate(
      value: value, low: finite(low.map { $0 * factor }), high: finite(high.map { $0 * factor }), unit: unit,
      provenance: a.provenance.union(b.provenance))
  }

  /// Two figures of the same dimension in the unit of the first, or both as plain numbers when one
  /// of them is plain; a ratio of them is then a plain number.
  static func commensurable(
    _ a: Estimate, _ b: Estimate, _ arguments: FunctionArguments
  ) throws -> (Estimate, Estimate) {
    if a.unit.dimension.isNone || b.unit.dimension.isNone {
      return (stripped(a), stripped(b))
    }
    guard a.unit.isCompatible(with: b.unit) else {
      let names = arguments.parameterNames
      throw ModuleError.unitMismatch(
        arguments.functionName, "cannot divide \(a.unit.spelled) by \(b.unit.spelled)",
        [(names[0], a.unit), (names[1], b.unit)])
    }
    return (a, try b.converted(to: a.unit))
  }

  /// The figure with its known bounds kept inside `range`; unknown bounds stay unknown.
  ///
  /// Used where a result has a definitional range (a share lies in 0…1) that interval arithmetic
  /// over independent inputs can overshoot.
  static func clamped(_ figure: Estimate, to range: ClosedRange<Double>) -> Estimate {
    var result = figure
    result.low = figure.low.map { min(max($0, range.lowerBound), range.upperBound) }
    result.high = figure.high.map { min(max($0, range.lowerBound), range.upperBound) }
    return result
  }

  /// The figure plus an exact number, bounds shifted alike.
  static func shifted(_ figure: Estimate, by offset: Double) -> Estimate {
    var result = figure
    result.value += offset
    result.low = figure.low.map { $0 + offset }
    result.high = figure.high.map { $0 + offset }
    return result
  }

  /// The figure as a plain number, dropping its unit (converting `%` to a fraction first).
  static func stripped(_ figure: Estimate) -> Estimate {
    let plain = figure.unit.dimension.isNone ? ((try? figure.converted(to: .none)) ?? figure) : figure
    return Estimate(value: plain.value, low: plain.low, high: plain.high, unit: .none, provenance: plain.provenance)
  }

  private static func finite(_ value: Double?) -> Double? {
    value.flatMap { $0.isFinite ? $0 : nil }
  }
}
