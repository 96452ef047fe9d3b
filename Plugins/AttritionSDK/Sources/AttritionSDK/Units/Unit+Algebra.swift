extension Unit {
  /// The largest power any base unit may have in a unit: km²⁰ is far beyond any quantity, and a
  /// bound keeps arithmetic that squares a unit over and over from overflowing its exponents.
  public static let maximumExponent = 20

  /// The unit of a product and its factor, or nil when an exponent would pass
  /// ``maximumExponent``.
  public static func checkedProduct(_ lhs: Unit, _ rhs: Unit) -> (unit: Unit, factor: Double)? {
    let result = product(lhs, rhs)
    return result.unit.withinLimits ? result : nil
  }

  /// The unit of a quotient and its factor, or nil when an exponent would pass
  /// ``maximumExponent``.
  public static func checkedQuotient(_ lhs: Unit, _ rhs: Unit) -> (unit: Unit, factor: Double)? {
    guard let inverse = rhs.checkedPower(-1) else { return nil }
    return checkedProduct(lhs, inverse)
  }

  /// This unit raised to a power, or nil when an exponent would pass ``maximumExponent``.
  public func checkedPower(_ exponent: Int) -> Unit? {
    var raised: [Factor] = []
    for factor in factors {
      let (power, overflow) = factor.exponent.multipliedReportingOverflow(by: exponent)
      guard !overflow, Swift.abs(power) <= Self.maximumExponent else { return nil }
      raised.append(Factor(base: factor.base, exponent: power))
    }
    return Unit(factors: raised)
  }

  /// Whether every exponent is within ``maximumExponent``.
  var withinLimits: Bool {
    factors.allSatisfy { Swift.abs($0.exponent) <= Self.maximumExponent }
  }

  /// The unit of a product, and the factor the product's value must be multiplied by.
  ///
  /// Factors of the same dimension are brought to the left operand's base unit, so
  /// `km × m` is `km²` (times 0.001) and `km/week × day` is `km` (times 1/7). A percentage
  /// next to another unit is absorbed as 0.01, so 5 % of 1,000 tanks is 50 tanks.
  public static func product(_ lhs: Unit, _ rhs: Unit) -> (unit: Unit, factor: Double) {
    var factor = 1.0
    let left = lhs.absorbingPercent(next: rhs, into: &factor)
    let right = rhs.absorbingPercent(next: lhs, into: &factor)
    var result = left.factors
    for incoming in right.factors {
      if let index = result.firstIndex(where: { $0.base == incoming.base }) {
        result[index].exponent = Unit.saturatingSum(result[index].exponent, incoming.exponent)
      } else if let index = result.firstIndex(where: {
        !$0.base.dimension.isNone && $0.base.dimension == incoming.base.dimension
      }) {
        factor *= pow(incoming.base.scale / result[index].base.scale, incoming.exponent)
        result[index].exponent = Unit.saturatingSum(result[index].exponent, incoming.exponent)
      } else {
        result.append(incoming)
      }
    }
    return (Unit(factors: result), factor)
  }

  /// The unit of a quotient, and the factor the quotient's value must be multiplied by.
  public static func quotient(_ lhs: Unit, _ rhs: Unit) -> (unit: Unit, factor: Double) {
    product(lhs, rhs.power(-1))
  }

  private func absorbingPercent(next other: Unit, into factor: inout Double) -> Unit {
    guard !other.isNone, factors.contains(where: { $0.base == .percent }) else { return self }
    var kept: [Factor] = []
    for item in factors {
      if item.base == .percent {
        factor *= pow(BaseUnit.percent.scale, item.exponent)
      } else {
        kept.append(item)
      }
    }
    return Unit(factors: kept)
  }

  /// A sum of exponents that stops at the ends of `Int` instead of trapping; ``checkedProduct(_:_:)``
  /// refuses any result past ``maximumExponent`` long before.
  static func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? .max : .min) : sum
  }
}
