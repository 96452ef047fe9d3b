extension Estimate {
  /// The sum; `other` is converted to this estimate's unit first.
  ///
  /// - Throws: ``EstimateError/incompatibleUnits(_:_:)`` when the dimensions differ.
  public func adding(_ other: Estimate) throws(EstimateError) -> Estimate {
    let right = try aligned(other)
    return try combined(right, unit: unit, value: value + right.value, interval: Interval(self) + Interval(right))
  }

  /// The difference; `other` is converted to this estimate's unit first.
  public func subtracting(_ other: Estimate) throws(EstimateError) -> Estimate {
    let right = try aligned(other)
    return try combined(right, unit: unit, value: value - right.value, interval: Interval(self) - Interval(right))
  }

  /// The product; units multiply (`km × km` is `km²`).
  public func multiplying(_ other: Estimate) throws(EstimateError) -> Estimate {
    let (resultUnit, factor) = Unit.product(unit, other.unit)
    let interval = (Interval(self) * Interval(other)).scaled(by: factor)
    return try combined(other, unit: resultUnit, value: value * other.value * factor, interval: interval)
  }

  /// The quotient; units divide (`km² / day` is `km²/day`).
  ///
  /// - Throws: ``EstimateError/divisorRangeContainsZero(low:high:)`` when the divisor's range,
  ///   unknown bounds included, reaches zero.
  public func dividing(by other: Estimate) throws(EstimateError) -> Estimate {
    let divisor = Interval(other)
    guard !divisor.containsZero, other.value != 0 else {
      throw .divisorRangeContainsZero(low: other.low, high: other.high)
    }
    let (resultUnit, factor) = Unit.quotient(unit, other.unit)
    let interval = (Interval(self) / divisor).scaled(by: factor)
    return try combined(other, unit: resultUnit, value: value / other.value * factor, interval: interval)
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
    let (left, rightInterval) = (Interval(self), Interval(right))
    let interval = Interval(low: Swift.min(left.low, rightInterval.low), high: Swift.min(left.high, rightInterval.high))
    return try combined(right, unit: unit, value: Swift.min(value, right.value), interval: interval)
  }

  /// The larger of two estimates, bound by bound.
  public func maximum(_ other: Estimate) throws(EstimateError) -> Estimate {
    let right = try aligned(other)
    let (left, rightInterval) = (Interval(self), Interval(right))
    let interval = Interval(low: Swift.max(left.low, rightInterval.low), high: Swift.max(left.high, rightInterval.high))
    return try combined(right, unit: unit, value: Swift.max(value, right.value), interval: interval)
  }

  /// `other` in this estimate's unit; a dimension mismatch names this unit first.
  private func aligned(_ other: Estimate) throws(EstimateError) -> Estimate {
    guard other.unit.isCompatible(with: unit) else { throw .incompatibleUnits(unit, other.unit) }
    return try other.converted(to: unit)
  }

  private func combined(
    _ other: Estimate, unit resultUnit: Unit, value resultValue: Double, interval: Interval
  ) throws(EstimateError) -> Estimate {
    guard resultValue.isFinite else { throw .notFinite }
    // Known bounds that overflow would otherwise pass for unknown ones.
    let inputsBounded = [low, high, other.low, other.high].allSatisfy { $0 != nil }
    guard !inputsBounded || (interval.low.isFinite && interval.high.isFinite) else { throw .notFinite }
    let bounds = interval.bounds
    return Estimate(
      value: resultValue, low: bounds.low, high: bounds.high, unit: resultUnit,
      provenance: provenance.union(other.provenance))
  }
}
