/// The physical or counted dimension of a quantity, as exponents of base dimensions.
///
/// Base dimensions are `length`, `time` and one per kind of counted thing (`personnel`, `tanks`, …).
/// A plain number has the empty dimension.
public struct Dimension: Hashable, Sendable, CustomStringConvertible {
  /// Exponent per base dimension; never holds a zero exponent.
  public private(set) var exponents: [String: Int]

  /// The dimension of plain numbers and percentages.
  public static let none = Dimension(exponents: [:])
  /// Length, whose base unit is the metre.
  public static let length = Dimension(exponents: ["length": 1])
  /// Time, whose base unit is the day.
  public static let time = Dimension(exponents: ["time": 1])

  /// Creates a dimension from exponents, dropping zero entries.
  public init(exponents: [String: Int]) {
    self.exponents = exponents.filter { $0.value != 0 }
  }

  /// A counted dimension such as `personnel` or `tanks`.
  public static func count(_ name: String) -> Dimension {
    Dimension(exponents: [name: 1])
  }

  /// Whether this is the dimension of a plain number.
  public var isNone: Bool { exponents.isEmpty }

  /// The product of two dimensions (exponents add).
  public static func * (lhs: Dimension, rhs: Dimension) -> Dimension {
    Dimension(exponents: lhs.exponents.merging(rhs.exponents, uniquingKeysWith: Unit.saturatingSum))
  }

  /// This dimension raised to an integer power.
  public func power(_ exponent: Int) -> Dimension {
    Dimension(
      exponents: exponents.mapValues { value in
        let (power, overflow) = value.multipliedReportingOverflow(by: exponent)
        return overflow ? ((value < 0) != (exponent < 0) ? .min : .max) : power
      })
  }

  /// A readable form such as `length^2·time^-1`.
  public var description: String {
    if exponents.isEmpty { return "dimensionless" }
    return exponents.sorted { $0.key < $1.key }
      .map { $0.value == 1 ? $0.key : "\($0.key)^\($0.value)" }
      .joined(separator: "·")
  }
}
