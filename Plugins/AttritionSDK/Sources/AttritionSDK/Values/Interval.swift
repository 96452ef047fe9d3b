/// Closed interval arithmetic over the extended reals, where ±infinity stands for an unknown bound.
///
/// Each corner is computed with correctly rounded floating point, which is monotone, so a result
/// computed from any exact inputs inside the operands lies inside the result's bounds.
struct Interval: Sendable {
  var low: Double
  var high: Double

  init(low: Double, high: Double) {
    self.low = low
    self.high = high
  }

  init(_ estimate: Estimate) {
    low = estimate.low ?? -.infinity
    high = estimate.high ?? .infinity
  }

  /// The estimate's known figures only: an unknown bound stands in as the nearest known figure
  /// (the other bound or the central value), so overflow can be told apart from "unknown".
  init(knownPartOf estimate: Estimate) {
    let low = estimate.low ?? Swift.min(estimate.value, estimate.high ?? estimate.value)
    let high = estimate.high ?? Swift.max(estimate.value, estimate.low ?? estimate.value)
    self.init(low: low, high: high)
  }

  /// The estimate with each unknown bound stood in for by a finite figure: `-reach` below,
  /// `reach` above (the caller makes `reach` exceed every known figure).
  init(_ estimate: Estimate, standIn reach: Double) {
    self.init(low: estimate.low ?? -reach, high: estimate.high ?? reach)
  }

  /// The bounds as an estimate sees them: infinite bounds are unknown.
  var bounds: (low: Double?, high: Double?) {
    (low.isFinite ? low : nil, high.isFinite ? high : nil)
  }

  var containsZero: Bool { low <= 0 && high >= 0 }

  static func + (lhs: Interval, rhs: Interval) -> Interval {
    Interval(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
  }

  static func - (lhs: Interval, rhs: Interval) -> Interval {
    Interval(low: lhs.low - rhs.high, high: lhs.high - rhs.low)
  }

  static func * (lhs: Interval, rhs: Interval) -> Interval {
    corners(lhs, rhs) { left, right in
      // 0 × ±∞ is 0 here: every finite value the unknown bound stands for gives 0.
      left == 0 || right == 0 ? 0 : left * right
    }
  }

  /// The quotient; the caller must first check that `rhs` does not contain zero.
  static func / (lhs: Interval, rhs: Interval) -> Interval {
    corners(lhs, rhs) { left, right in
      left.isInfinite && right.isInfinite ? .nan : left / right
    }
  }

  func scaled(by factor: Double) -> Interval {
    let a = low * factor
    let b = high * factor
    return Interval(low: Swift.min(a, b), high: Swift.max(a, b))
  }

  var magnitude: Interval {
    if low >= 0 { return self }
    if high <= 0 { return Interval(low: -high, high: -low) }
    return Interval(low: 0, high: Swift.max(-low, high))
  }

  private static func corners(
    _ lhs: Interval, _ rhs: Interval, _ operation: (Double, Double) -> Double
  ) -> Interval {
    let values = [
      operation(lhs.low, rhs.low), operation(lhs.low, rhs.high),
      operation(lhs.high, rhs.low), operation(lhs.high, rhs.high),
    ].filter { !$0.isNaN }
    // ∞/∞ corners are dropped: the remaining corners already reach 0 and ∞ on that side.
    return Interval(low: values.min() ?? -.infinity, high: values.max() ?? .infinity)
  }
}
