extension Unit {
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
        result[index].exponent += incoming.exponent
      } else if let index = result.firstIndex(where: {
        !$0.base.dimension.isNone && $0.base.dimension == incoming.base.dimension
      }) {
        factor *= pow(incoming.base.scale / result[index].base.scale, incoming.exponent)
        result[index].exponent += incoming.exponent
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
}
