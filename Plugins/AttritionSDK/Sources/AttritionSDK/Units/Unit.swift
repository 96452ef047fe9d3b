/// A unit of measure: a product of base units raised to integer powers, such as `km²/day`.
///
/// The empty unit is that of a plain number. Units with the same ``dimension`` convert into each
/// other by the ratio of their ``scale``s.
public struct Unit: Hashable, Sendable {
  /// One base unit and its exponent within a unit.
  public struct Factor: Hashable, Sendable {
    /// The base unit.
    public var base: BaseUnit
    /// Its (non-zero) exponent.
    public var exponent: Int

    /// Creates a factor.
    public init(base: BaseUnit, exponent: Int) {
      self.base = base
      self.exponent = exponent
    }
  }

  /// The factors, in the order they were first written; no two share a base unit.
  public private(set) var factors: [Factor]

  /// The unit of plain numbers.
  public static let none = Unit(factors: [])

  /// Creates a unit from factors, merging repeated base units and dropping zero exponents.
  public init(factors: [Factor]) {
    var merged: [Factor] = []
    for factor in factors {
      if let index = merged.firstIndex(where: { $0.base == factor.base }) {
        merged[index].exponent = Unit.saturatingSum(merged[index].exponent, factor.exponent)
      } else {
        merged.append(factor)
      }
    }
    self.factors = merged.filter { $0.exponent != 0 }
  }

  /// A unit made of one base unit, optionally raised to a power.
  public init(_ base: BaseUnit, exponent: Int = 1) {
    self.init(factors: [Factor(base: base, exponent: exponent)])
  }

  /// Whether this is the unit of a plain number.
  public var isNone: Bool { factors.isEmpty }

  /// The dimension this unit measures.
  public var dimension: Dimension {
    factors.reduce(Dimension.none) { $0 * $1.base.dimension.power($1.exponent) }
  }

  /// How many base units (metres, days, items) one of this unit is.
  public var scale: Double {
    factors.reduce(1.0) { $0 * pow($1.base.scale, $1.exponent) }
  }

  /// Whether values in this unit can be converted to `other`.
  public func isCompatible(with other: Unit) -> Bool {
    dimension == other.dimension
  }

  /// The factor that turns a value in this unit into one in `other`, or nil when dimensions differ.
  public func conversionFactor(to other: Unit) -> Double? {
    guard isCompatible(with: other) else { return nil }
    return scale / other.scale
  }

  /// This unit raised to an integer power.
  public func power(_ exponent: Int) -> Unit {
    Unit(
      factors: factors.map { factor in
        let (power, overflow) = factor.exponent.multipliedReportingOverflow(by: exponent)
        return Factor(base: factor.base, exponent: overflow ? (power < 0 ? .max : .min) : power)
      })
  }
}

/// Integer power of a double without Foundation, by repeated squaring.
func pow(_ base: Double, _ exponent: Int) -> Double {
  var result = 1.0
  var square = base
  var remaining = exponent.magnitude
  while remaining > 0 {
    if remaining & 1 == 1 { result *= square }
    square *= square
    remaining >>= 1
  }
  return exponent < 0 ? 1 / result : result
}
