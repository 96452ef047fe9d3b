import AttritionSDK

extension Unit {
  /// km², the unit areas are reported in.
  static let squareKilometres = Unit(.kilometre, exponent: 2)
  /// The metre.
  static let metres = Unit(.metre)
  /// The day.
  static let days = Unit(.day)
  /// km²/day, the unit of area paces.
  static let squareKilometresPerDay = Unit(factors: [
    Factor(base: .kilometre, exponent: 2), Factor(base: .day, exponent: -1),
  ])
  /// m/day, the unit of advance rates.
  static let metresPerDay = Unit(factors: [Factor(base: .metre, exponent: 1), Factor(base: .day, exponent: -1)])
  /// The percent.
  static let percent = Unit(.percent)

  /// Whether the unit measures an area (length²).
  var isArea: Bool { dimension == Dimension.length.power(2) }
  /// Whether the unit measures a length.
  var isLength: Bool { dimension == .length }
  /// Whether the unit measures a duration.
  var isTime: Bool { dimension == .time }
  /// Whether the unit measures an area per unit of time.
  var isAreaRate: Bool { dimension == Dimension.length.power(2) * Dimension.time.power(-1) }
  /// Whether the unit measures a length per unit of time.
  var isSpeed: Bool { dimension == Dimension.length * Dimension.time.power(-1) }

  /// The unit as messages name it: `'km²'`, or "a plain number".
  var named: String { isNone ? "a plain number" : "'\(self)'" }
}
