/// A figure with a central value, optional low and high bounds, a unit and the sources it rests on.
///
/// A plain number is exact (low = high = value). A bound that nobody stated is `nil` and stays
/// unknown through arithmetic: it is never widened to infinity nor narrowed to the central value.
public struct Estimate: Hashable, Sendable {
  /// The central value, in ``unit``.
  public var value: Double
  /// The lower bound, in ``unit``, or nil when unknown.
  public var low: Double?
  /// The upper bound, in ``unit``, or nil when unknown.
  public var high: Double?
  /// The unit the three figures are expressed in.
  public var unit: Unit
  /// The sources the figure rests on.
  public var provenance: Provenance

  /// Creates an estimate from its parts.
  public init(value: Double, low: Double?, high: Double?, unit: Unit = .none, provenance: Provenance = .none) {
    self.value = value
    self.low = low
    self.high = high
    self.unit = unit
    self.provenance = provenance
  }

  /// An exact figure: both bounds equal the value.
  public static func exact(_ value: Double, unit: Unit = .none, provenance: Provenance = .none) -> Estimate {
    Estimate(value: value, low: value, high: value, unit: unit, provenance: provenance)
  }

  /// A range `low..high` whose central value is its midpoint.
  public static func range(_ low: Double, _ high: Double, unit: Unit = .none) -> Estimate {
    Estimate(value: low + (high - low) / 2, low: low, high: high, unit: unit)
  }

  /// "At least x": central value and lower bound x, upper bound unknown.
  public static func atLeast(_ value: Double, unit: Unit = .none) -> Estimate {
    Estimate(value: value, low: value, high: nil, unit: unit)
  }

  /// "Up to x": central value and upper bound x, lower bound unknown.
  public static func upTo(_ value: Double, unit: Unit = .none) -> Estimate {
    Estimate(value: value, low: nil, high: value, unit: unit)
  }

  /// Whether both bounds are known and equal the central value.
  public var isExact: Bool { low == value && high == value }

  /// The same figure with one more source.
  public func citing(_ source: Source) -> Estimate {
    var copy = self
    copy.provenance.insert(source)
    return copy
  }

  /// The figure expressed in another unit of the same dimension.
  ///
  /// - Throws: ``EstimateError/incompatibleUnits(_:_:)`` when the dimensions differ.
  public func converted(to target: Unit) throws(EstimateError) -> Estimate {
    guard let factor = unit.conversionFactor(to: target) else {
      throw .incompatibleUnits(unit, target)
    }
    return Estimate(
      value: value * factor, low: low.map { $0 * factor }, high: high.map { $0 * factor },
      unit: target, provenance: provenance)
  }
}
