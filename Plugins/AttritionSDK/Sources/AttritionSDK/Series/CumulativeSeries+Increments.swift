extension CumulativeSeries {
  /// The change of a cumulative series from one held day to the next.
  public struct Increment: Sendable {
    /// The day the new total was reported.
    public let day: Day
    /// How many days the change covers: 1, or more after a gap.
    public let days: Int
    /// The change: the total on ``day`` minus the previous held total.
    public let value: Estimate

    /// Creates an increment.
    public init(day: Day, days: Int, value: Estimate) {
      self.day = day
      self.days = days
      self.value = value
    }

    /// Whether the total went down: the source revised an earlier figure.
    public var isRevision: Bool { value.value < 0 }
  }

  /// The increment of every held day but the first, whose own increment is unknown (its total is
  /// cumulative from before the series starts).
  public func increments() throws(ModuleError) -> [Increment] {
    var result: [Increment] = []
    result.reserveCapacity(points.count - 1)
    for index in points.indices.dropFirst() {
      result.append(try increment(at: index))
    }
    return result
  }

  /// The increment reported on `points[index]`, for `index ≥ 1`.
  public func increment(at index: Int) throws(ModuleError) -> Increment {
    let day = points[index].day
    let previous = points[index - 1].day
    do {
      let change = try estimate(at: index).subtracting(estimate(at: index - 1))
      return Increment(day: day, days: day.ordinal - previous.ordinal, value: change)
    } catch {
      throw ModuleError(error, computing: "the increment of '\(name)' on \(day)")
    }
  }

  /// The increments that are negative: revisions of earlier totals by the source.
  public func revisions() throws(ModuleError) -> [Increment] {
    try increments().filter(\.isRevision)
  }

  /// The runs of days without a value between the first held day and the last.
  public func gaps() -> [Period] {
    var result: [Period] = []
    for index in points.indices.dropFirst() {
      let previous = points[index - 1].day
      let day = points[index].day
      if day.ordinal - previous.ordinal > 1,
        let gap = Period(start: previous.adding(days: 1), end: day.adding(days: -1))
      {
        result.append(gap)
      }
    }
    return result
  }

  /// The warnings an analyst should see beside the increments: the revisions and the gaps, each
  /// naming its first few dates; empty for a clean series.
  public func warnings() throws(ModuleError) -> [String] {
    [Self.describe(revisions: try revisions(), of: name), Self.describe(gaps: gaps(), of: name)].compactMap(\.self)
  }

  /// A sentence naming the first few revisions, e.g. for a warning; nil when there are none.
  public static func describe(revisions: [Increment], of name: String, limit: Int = 5) -> String? {
    guard !revisions.isEmpty else { return nil }
    let shown = revisions.prefix(limit).map { "\($0.day) (\(SeriesJump.signed($0.value.value)))" }
    let more = revisions.count > limit ? " and \(revisions.count - limit) more" : ""
    let noun = revisions.count == 1 ? "a negative increment" : "\(revisions.count) negative increments"
    return "'\(name)' has \(noun) (revised totals): \(shown.joined(separator: ", "))\(more)"
  }

  /// A sentence naming the first few gaps, e.g. for a warning; nil when there are none.
  public static func describe(gaps: [Period], of name: String, limit: Int = 5) -> String? {
    guard !gaps.isEmpty else { return nil }
    let shown = gaps.prefix(limit).map { $0.dayCount == 1 ? "\($0.start)" : "\($0) (\($0.dayCount) days)" }
    let more = gaps.count > limit ? " and \(gaps.count - limit) more" : ""
    let missing = gaps.reduce(0) { $0 + $1.dayCount }
    return
      "'\(name)' has no value on \(missing) day\(missing == 1 ? "" : "s"): \(shown.joined(separator: ", "))\(more);"
      + " the increment after a gap covers the whole gap"
  }
}
