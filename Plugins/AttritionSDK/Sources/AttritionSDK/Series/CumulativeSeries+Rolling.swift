extension CumulativeSeries {
  /// What accrued over the `days` days ending on a held day.
  public struct RollingSum: Sendable {
    /// The last day of the window.
    public let day: Day
    /// cum(day) − cum(day − N), or nil when the series holds no value N days earlier.
    public let sum: Estimate?
    /// ``sum`` over N days, in the series' unit per day.
    public let perDay: Estimate?

    /// Creates a rolling sum.
    public init(day: Day, sum: Estimate?, perDay: Estimate?) {
      self.day = day
      self.sum = sum
      self.perDay = perDay
    }
  }

  /// The N-day sum ending on each held day from the first day that has N days behind it.
  ///
  /// The window ending on day d is d−N+1…d, i.e. cum(d) − cum(d−N); where the series holds no
  /// value on d−N (a gap) the sum is nil rather than stretched over more days.
  ///
  /// - Throws: ``ModuleError`` `invalid_window` when `days` is less than 1 or longer than the series.
  public func rolling(days: Int) throws(ModuleError) -> [RollingSum] {
    guard days >= 1 else { throw ModuleError("invalid_window", "a rolling window needs at least 1 day, not \(days)") }
    guard days < span.dayCount else {
      throw ModuleError(
        "invalid_window",
        "a \(days)-day window does not fit in the series '\(name)', which runs \(span) (\(span.dayCount) days)",
        notes: ["the first window would end on \(firstDay.adding(days: days)), after the series' last day"])
    }
    let length = Estimate.exact(Double(days), unit: Unit(.day))
    var result: [RollingSum] = []
    let first = firstDay.adding(days: days)
    for index in points.indices where points[index].day >= first {
      let day = points[index].day
      guard let start = self.index(of: day.adding(days: -days)) else {
        result.append(RollingSum(day: day, sum: nil, perDay: nil))
        continue
      }
      do {
        let sum = try estimate(at: index).subtracting(estimate(at: start))
        result.append(RollingSum(day: day, sum: sum, perDay: try sum.dividing(by: length)))
      } catch {
        throw ModuleError(error, computing: "the \(days)-day sum of '\(name)' ending \(day)")
      }
    }
    return result
  }

  /// The first held day whose total (central value) reaches `threshold`, in the series' unit, or
  /// nil when it never does.
  ///
  /// After a gap the day found is the first one *reported* at or above the threshold; the
  /// crossing may lie inside the gap before it.
  public func firstIndex(reaching threshold: Double) -> Int? {
    points.firstIndex { $0.value >= threshold }
  }

  /// The first held day whose total reaches `threshold` and is not out of line inside one of
  /// `jumps`' spikes, and the spikes whose out-of-line totals reached it earlier (which are no
  /// crossing: the series came back below).
  public func firstSustainedIndex(reaching threshold: Double, jumps: [SeriesJump]) -> (
    index: Int?, skipped: [SeriesJump]
  ) {
    let spikes = jumps.filter { $0.kind == .spike }
    var skipped: [SeriesJump] = []
    for index in points.indices where points[index].value >= threshold {
      guard let spike = spikes.first(where: { $0.holdsOutOfLine(index) }) else { return (index, skipped) }
      if skipped.last != spike { skipped.append(spike) }
    }
    return (nil, skipped)
  }
}
