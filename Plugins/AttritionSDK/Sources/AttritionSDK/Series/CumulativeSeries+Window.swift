extension CumulativeSeries {
  /// What accrued inside an inclusive period: cum(end) − cum(day before start).
  ///
  /// `2024-01-01..2025-06-04` is cum(2025-06-04) − cum(2023-12-31): subtracting cum(start) instead
  /// would drop the first day's losses. Both totals must be held by the series; nothing is
  /// interpolated, and a period starting on the series' first day is refused rather than read as
  /// starting from 0, because that first total is already cumulative from before the series began.
  ///
  /// - Throws: ``ModuleError`` `period_outside_series` when the period reaches past either end,
  ///   `missing_day_before_start` or `missing_end_day` when a total it needs is not held.
  public func window(_ period: Period) throws(ModuleError) -> Estimate {
    let (before, end) = try windowIndices(period)
    do {
      return try estimate(at: end).subtracting(estimate(at: before))
    } catch {
      throw ModuleError(error, computing: "the losses in \(period)")
    }
  }

  /// The positions of cum(day before start) and cum(end) in ``points``.
  ///
  /// - Throws: as ``window(_:)``.
  public func windowIndices(_ period: Period) throws(ModuleError) -> (before: Int, end: Int) {
    let dayBefore = period.start.adding(days: -1)
    if period.start < firstDay || period.end > lastDay {
      let relation =
        period.end < firstDay || period.start > lastDay
        ? "lies outside" : (period.start < firstDay ? "starts before" : "ends after")
      throw ModuleError(
        "period_outside_series", "period \(period) \(relation) the series '\(name)', which runs \(span)",
        notes: ["a window needs the totals on \(dayBefore) and \(period.end)"])
    }
    guard let end = index(of: period.end) else {
      throw ModuleError(
        "missing_end_day", "the series '\(name)' has no value on \(period.end), the last day of \(period)",
        notes: [nearby(period.end)])
    }
    guard let before = index(of: dayBefore) else {
      if period.start == firstDay {
        throw ModuleError(
          "missing_day_before_start",
          "the series '\(name)' has no value on \(dayBefore), the day before \(period) starts: it begins on "
            + "\(firstDay) with a total already cumulative from before then, which cannot be taken as 0",
          notes: [
            "start the period on \(firstDay.adding(days: 1)) or later, or take the total itself on \(period.end)"
          ])
      }
      throw ModuleError(
        "missing_day_before_start",
        "the series '\(name)' has no value on \(dayBefore), the day before \(period) starts",
        notes: [nearby(dayBefore)])
    }
    return (before, end)
  }

  /// The cumulative total on a day, as the series reports it.
  ///
  /// - Throws: ``ModuleError`` `no_value_on_day` naming the closest days that have a value.
  public func total(on day: Day) throws(ModuleError) -> Estimate {
    guard let index = index(of: day) else {
      throw ModuleError(
        "no_value_on_day", "the series '\(name)' has no value on \(day); it runs \(span)", notes: [nearby(day)])
    }
    return estimate(at: index)
  }

  /// A note naming the held days on either side of a day the series lacks.
  func nearby(_ day: Day) -> String {
    let earlier = lastIndex(onOrBefore: day).map { points[$0].day.description }
    let laterIndex = (lastIndex(onOrBefore: day) ?? -1) + 1
    let later = laterIndex < points.count ? points[laterIndex].day.description : nil
    let parts = [earlier.map { "the closest earlier day with a value is \($0)" }, later.map { "the next is \($0)" }]
    return parts.compactMap(\.self).joined(separator: "; ")
  }
}
