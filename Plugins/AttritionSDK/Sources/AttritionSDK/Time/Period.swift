/// An inclusive range of calendar days: `2024-01-01..2025-06-04` holds 521 days.
public struct Period: Hashable, Sendable, CustomStringConvertible {
  /// The first day of the period.
  public let start: Day
  /// The last day of the period (inclusive).
  public let end: Day

  /// Creates a period, or nil when `end` comes before `start`.
  public init?(start: Day, end: Day) {
    guard start <= end else { return nil }
    self.start = start
    self.end = end
  }

  /// The number of days in the period, both ends counted.
  public var dayCount: Int { end.ordinal - start.ordinal + 1 }

  /// Whether the period contains a day.
  public func contains(_ day: Day) -> Bool {
    start <= day && day <= end
  }

  /// The period as `start..end`.
  public var description: String { "\(start)..\(end)" }
}
