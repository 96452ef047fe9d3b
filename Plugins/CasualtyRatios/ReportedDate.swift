import AttritionSDK

/// A date as a source gives it: a day (`2025-06-04`), a month (`2025-03`) or a year (`2025`).
///
/// Sources often date a figure only to the month ("UK MoD, March 2025"). Turning that into a day would
/// invent a precision nobody stated, so the date keeps the span of days it may stand for.
struct ReportedDate: Hashable, Sendable, CustomStringConvertible {
  /// The date as written in the dataset.
  let text: String
  /// The first day the date may stand for.
  let first: Day
  /// The last day the date may stand for; equals ``first`` for a day.
  let last: Day

  /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil for anything else.
  init?(_ text: String) {
    let trimmed = text.trimmingSpaces
    if let day = Day(iso: trimmed) {
      self.init(text: trimmed, first: day, last: day)
      return
    }
    let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
    if parts.count == 1 {
      guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else {
        return nil
      }
      self.init(text: trimmed, first: first, last: last)
      return
    }
    guard parts[1].count == 2, let month = Int(parts[1]), let first = Day(year: year, month: month, day: 1),
      let last = Day(year: year, month: month, day: Day.length(ofMonth: month, year: year))
    else { return nil }
    self.init(text: trimmed, first: first, last: last)
  }

  /// A date that is exactly one day.
  init(day: Day) {
    self.init(text: day.description, first: day, last: day)
  }

  private init(text: String, first: Day, last: Day) {
    self.text = text
    self.first = first
    self.last = last
  }

  /// Whether the date names a single day.
  var isDay: Bool { first == last }

  /// The day, when the date names exactly one.
  var day: Day? { isDay ? first : nil }

  /// The date as written.
  var description: String { text }

  /// The days from `start` to this date as a duration: exact for a day, a range over a month or year.
  ///
  /// `inclusive` counts both ends (a cumulative total since the start of `start`); otherwise the
  /// count is the difference of the ordinals (the days between two cumulative totals).
  func days(since start: Day, inclusive: Bool) -> Estimate {
    let extra = inclusive ? 1 : 0
    let low = Double(first.ordinal - start.ordinal + extra)
    let high = Double(last.ordinal - start.ordinal + extra)
    return Estimate(value: low + (high - low) / 2, low: low, high: high, unit: Unit(.day))
  }

  /// The days from this date to a later one, as a duration with the spread of both dates.
  func days(until later: ReportedDate) -> Estimate {
    let low = Double(later.first.ordinal - last.ordinal)
    let high = Double(later.last.ordinal - first.ordinal)
    let middle = Double(later.first.ordinal + later.last.ordinal - first.ordinal - last.ordinal) / 2
    return Estimate(value: middle, low: low, high: high, unit: Unit(.day))
  }
}
