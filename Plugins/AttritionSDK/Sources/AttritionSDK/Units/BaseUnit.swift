/// A named unit that others are composed of: `m`, `km`, `ha`, `day`, `%`, `tanks`, …
public struct BaseUnit: Hashable, Sendable {
  /// The symbol printed for this unit.
  public let symbol: String
  /// The dimension one of this unit measures.
  public let dimension: Dimension
  /// How many base units of `dimension` one of this unit is (metres, days or items; `%` is 0.01).
  public let scale: Double

  /// Creates a base unit.
  public init(symbol: String, dimension: Dimension, scale: Double) {
    self.symbol = symbol
    self.dimension = dimension
    self.scale = scale
  }
}

extension BaseUnit {
  /// The metre.
  public static let metre = BaseUnit(symbol: "m", dimension: .length, scale: 1)
  /// The kilometre.
  public static let kilometre = BaseUnit(symbol: "km", dimension: .length, scale: 1_000)
  /// The hectare, 10,000 m².
  public static let hectare = BaseUnit(symbol: "ha", dimension: .length.power(2), scale: 10_000)
  /// The calendar day, the base unit of time.
  public static let day = BaseUnit(symbol: "day", dimension: .time, scale: 1)
  /// The week of 7 days.
  public static let week = BaseUnit(symbol: "week", dimension: .time, scale: 7)
  /// The mean Gregorian month, 365.2425 / 12 = 30.436875 days.
  public static let month = BaseUnit(symbol: "month", dimension: .time, scale: 365.2425 / 12)
  /// The mean Gregorian year, 365.2425 days.
  public static let year = BaseUnit(symbol: "year", dimension: .time, scale: 365.2425)
  /// The percent, a dimensionless hundredth.
  public static let percent = BaseUnit(symbol: "%", dimension: .none, scale: 0.01)

  /// A counted unit such as `tanks`, measuring the dimension `dimension` (defaults to its own name).
  public static func count(_ symbol: String, dimension: String? = nil) -> BaseUnit {
    BaseUnit(symbol: symbol, dimension: .count(dimension ?? symbol), scale: 1)
  }
}
