/// Why arithmetic on estimates failed.
public enum EstimateError: Error, Hashable, Sendable {
  /// The two units measure different dimensions (left, right).
  case incompatibleUnits(Unit, Unit)
  /// The divisor's range contains zero, so the quotient's bounds are unbounded.
  case divisorRangeContainsZero(low: Double?, high: Double?)
  /// The central value is not a finite number (overflow or 0/0).
  case notFinite
  /// The result's unit would raise a base unit past ``Unit/maximumExponent`` (the unit it would have).
  case unitTooComplex(Unit)
}
