/// A change between two held days of a series that is too large to be an ordinary day's change: a
/// step (a new level that stays, such as NZZ's −16,619 km² change of method on 2024-03-14) or a
/// spike (a jump that is reverted within a few days, such as NZZ's whole-country glitch of
/// 2023-10-24..30).
///
/// Jumps are found by ``CumulativeSeries/jumps(_:)``; every series function that spans one reports
/// it, through ``CumulativeSeries/describe(jumps:threshold:revertDays:place:effect:)``, and marks the
/// rows it affects in a `flag` column.
public struct SeriesJump: Hashable, Sendable {
  /// What kind of jump it is.
  public enum Kind: String, Sendable {
    /// A new level that is not reverted within the rule's days.
    case step
    /// A jump that is reverted within the rule's days: the totals in between are out of line.
    case spike
  }

  /// Step or spike.
  public let kind: Kind
  /// The first day at the new level.
  public let day: Day
  /// The jump, in the series' unit: the total on ``day`` minus the previous held total.
  public let change: Double
  /// The days the jump's increment covers (more than 1 after a gap).
  public let days: Int
  /// For a spike, the first day back near the old level; nil for a step.
  public let revertedOn: Day?
  /// The positions in the series' points whose increments belong to the jump: the jump's own
  /// and, for a spike, every one up to the increment that reverts it.
  public let increments: ClosedRange<Int>
  /// For a spike, the positions of the totals that are out of line (from ``day`` to the day
  /// before ``revertedOn``); empty for a step.
  public let outOfLine: Range<Int>

  /// Creates a jump.
  public init(
    kind: Kind, day: Day, change: Double, days: Int, revertedOn: Day?, increments: ClosedRange<Int>,
    outOfLine: Range<Int>
  ) {
    self.kind = kind
    self.day = day
    self.change = change
    self.days = days
    self.revertedOn = revertedOn
    self.increments = increments
    self.outOfLine = outOfLine
  }

  /// Whether any of the increments at positions `range` belongs to the jump.
  public func touches(increments range: ClosedRange<Int>) -> Bool {
    increments.overlaps(range)
  }

  /// Whether the total at position `index` is out of line (inside a spike).
  public func holdsOutOfLine(_ index: Int) -> Bool {
    outOfLine.contains(index)
  }
}

/// How jumps are told from ordinary changes: a change between two held days of at least
/// ``threshold`` is a jump; it is a spike when the series comes back to within half of it within
/// ``revertDays`` days, and a step otherwise.
public struct JumpRule: Sendable {
  /// The smallest change that is a jump, in the series' unit; nil for the series' default
  /// (``CumulativeSeries/defaultJumpThreshold``).
  public var threshold: Double?
  /// How many days after the jump the series may take to come back for it to be a spike.
  public var revertDays: Int

  /// The days a spike may last by default: NZZ's glitch lasted 7.
  public static let defaultRevertDays = 10
  /// The default threshold of an area series, in km²: far above an ordinary day's change of the
  /// front (NZZ: median 32 km² on the days it changes), below NZZ's change of method.
  public static let defaultAreaThreshold = 1_000.0

  /// Creates a rule; without arguments, the defaults.
  public init(threshold: Double? = nil, revertDays: Int = JumpRule.defaultRevertDays) {
    self.threshold = threshold
    self.revertDays = revertDays
  }
}
