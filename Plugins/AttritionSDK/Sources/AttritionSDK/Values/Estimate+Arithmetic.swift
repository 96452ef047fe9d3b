extension Estimate {
  /// The sum; `other` is converted to this estimate's unit first.
  ///
  /// - Throws: ``EstimateError/incompatibleUnits(_:_:)`` when the dimensions differ.
  public func adding(_ other: Estimate) throws(EstimateError) -> Estimate {
    let right = try aligned(other)
    return try combined(right, unit: unit, value: value + right.value, factor: 1, +)
  }

  /// The difference; `other` is converted to this estimate's unit first.
  public func subtracting(_ other: Estimate) throws(EstimateError) -> Estimate {
    let right = try aligned(other)
    return try combined(right, unit: unit, value: value - right.value, factor: 1, -)
  }

  /// The product; units multiply (`km × km` is `km²`).
  public func multiplying(_ other: Estimate) throws(EstimateError) -> Estimate {
    guard let (resultUnit, factor) = Unit.checkedProduct(unit, other.unit) else {
      throw .unitTooComplex(Unit.product(unit, other.unit).unit)
    }
    return try combined(other, unit: resultUnit, value: value * other.value * factor, factor: factor, *)
  }

  /// The quotient; units divide (`km² / day` is `km²/day`).
  ///
  /// - Throws: ``EstimateError/divisorRangeContainsZero(low:high:)`` when the divisor's range,
  ///   unknown bounds included, reaches zero.
  public func dividing(by other: Estimate) throws(EstimateError) -> Estimate {
    guard !Interval(other).containsZero, other.value != 0 else {
      throw .divisorRangeContainsZero(low: other.low, high: other.high)
    }
    guard let (resultUnit, factor) = Unit.checkedQuotient(unit, other.unit) else {
      throw .unitTooComplex(Unit.quotient(unit, other.unit).unit)
    }
    return try combined(other, unit: resultUnit, value: value / other.value * factor, factor: factor, /)
  }

  /// The negation; bounds swap.
  public func negated() -> Estimate {
    Estimate(value: -value, low: high.map { -$0 }, high: low.map { -$0 }, unit: unit, provenance: provenance)
  }

  /// The absolute value; a range across zero has lower bound 0.
  public func magnitude() -> Estimate {
    let interval = Interval(self).magnitude
    let bounds = interval.bounds
    return Estimate(value: Swift.abs(value), low: bounds.low, high: bounds.high, unit: unit, provenance: provenance)
  }

  /// The smaller of two estimates, bound by bound.
  public func minimum(_ other: Estimate) throws(EstimateError) -> Estimate {
    let right = try aligned(other)
    return try combined(right, unit: unit, value: Swift.min(value, right.value), factor: 1) { left, right in
      Interval(low: Swift.min(left.low, right.low), high: Swift.min(left.high, right.high))
    }
  }

  /// The larger of two estimates, bound by bound.
  public func maximum(_ other: Estimate) throws(EstimateError) -> Estimate {
    let right = try aligned(other)
    return try combined(right, unit: unit, value: Swift.max(value, right.value), factor: 1) { left, right in
      Interval(low: Swift.max(left.low, right.low), high: Swift.max(left.high, right.high))
    }
  }

  /// `other` in this estimate's unit; a dimension mismatch names this unit first.
  private func aligned(_ other: Estimate) throws(EstimateError) -> Estimate {
    guard other.unit.isCompatible(with: unit) else { throw .incompatibleUnits(unit, other.unit) }
    return try other.converted(to: unit)
  }

  /// Applies `operation` to the bounds and assembles the result.
  ///
  /// The operation runs twice: on the real bounds, where an unknown bound is ±∞ and stays unknown,
  /// and on finite stand-ins for the unknown bounds. A bound that is infinite in the second run
  /// grew from known figures, so it is an overflow, not an unknown, and is reported.
  private func combined(
    _ other: Estimate, unit resultUnit: Unit, value resultValue: Double, factor: Double,
    _ operation: (Interval, Interval) -> Interval
  ) throws(EstimateError) -> Estimate {
    guard resultValue.isFinite else { throw .notFinite }
    let interval = operation(Interval(self), Interval(other)).scaled(by: factor)
    let known = operation(Interval(knownPartOf: self), Interval(knownPartOf: other)).scaled(by: factor)
    guard known.low.isFinite, known.high.isFinite else { throw .notFinite }
    var bounds = interval.bounds
    if low == nil || high == nil || other.low == nil || other.high == nil {
      bounds = knownBounds(bounds, other, factor: factor, operation)
    }
    return Estimate(
      value: resultValue, low: bounds.low, high: bounds.high, unit: resultUnit,
      provenance: provenance.union(other.provenance))
  }

  /// The bounds that do not depend on an unknown bound of either operand.
  ///
  /// A finite result bound can still come from an unknown one: `4907 / atleast(1800)` reaches 0
  /// only as the divisor's unknown upper bound grows without limit, so its 0 is no known bound
  /// and the result is "up to 2.73". The operation runs twice more with each unknown bound stood
  /// in for by a finite figure beyond every known one, once near and once twice as far; a bound
  /// that moves with the stand-in rests on the unknown and becomes unknown too. A bound that does
  /// not move is a known figure (`min(atleast(5), 10)` is at most 10; `0 × atleast(5)` is 0).
  private func knownBounds(
    _ bounds: (low: Double?, high: Double?), _ other: Estimate, factor: Double,
    _ operation: (Interval, Interval) -> Interval
  ) -> (low: Double?, high: Double?) {
    let figures = [value, low, high, other.value, other.low, other.high].compactMap { $0 }
    let reach = figures.reduce(1.0) { Swift.max($0, Swift.abs($1)) }
    // Beyond this the stand-ins would overflow; such figures already fail as not finite.
    guard reach < 1e300 else { return bounds }
    let near = operation(Interval(self, standIn: 4 * reach), Interval(other, standIn: 4 * reach)).scaled(by: factor)
    let far = operation(Interval(self, standIn: 8 * reach), Interval(other, standIn: 8 * reach)).scaled(by: factor)
    return (near.low == far.low ? bounds.low : nil, near.high == far.high ? bounds.high : nil)
  }
}
