import AttritionSDK

/// The losses inside an inclusive period from irregular snapshots of a running total, as a range.
///
/// With S⁻(d) the last snapshot on or before day d and S⁺(d) the first on or after it, and b the
/// day before the period starts, the losses lie between total(S⁻(end)) − total(S⁺(b)) and
/// total(S⁺(end)) − total(S⁻(b)), as long as the total does not fall between snapshots. The
/// central value is the difference of the totals interpolated linearly by day at end and at b. A
/// day beyond the snapshots on one side leaves the bound that needs it unknown.
struct SnapshotWindow {
  /// One snapshot: its day and the total it shows (a range when two scrapes of the day disagree).
  struct Point: Equatable, Sendable {
    let day: Day
    let low: Double
    let high: Double

    /// The middle of the day's total.
    var middle: Double { low + (high - low) / 2 }
  }

  /// The snapshots, in ascending order of day, one per day.
  let points: [Point]

  /// The window's losses: central value and bounds, before units and sources.
  struct Result: Equatable {
    var value: Double
    var low: Double?
    var high: Double?
    /// The snapshot days the bounds and the central value were read from, in order.
    var days: [Day]
    /// Whether the period ends after the last snapshot (the central value then counts to it).
    var endsAfterLastSnapshot: Bool
    /// Consecutive snapshots inside the window between which the total fell.
    var falls: [(from: Point, to: Point)]

    static func == (lhs: Result, rhs: Result) -> Bool {
      lhs.value == rhs.value && lhs.low == rhs.low && lhs.high == rhs.high && lhs.days == rhs.days
    }
  }

  /// The losses inside `period`; nil when the day before it starts comes before the first snapshot
  /// (the total then is unknown, not 0).
  func losses(in period: Period) -> Result? {
    guard !points.isEmpty else { return nil }
    let before = period.start.adding(days: -1)
    let end = period.end
    let (beforeLow, beforeHigh) = neighbours(of: before)
    let (endLow, endHigh) = neighbours(of: end)
    var low: Double?
    if let endLow, let beforeHigh { low = endLow.low - beforeHigh.high }
    var high: Double?
    if let endHigh, let beforeLow { high = endHigh.high - beforeLow.low }
    guard let endTotal = interpolated(at: end), let beforeTotal = interpolated(at: before) else { return nil }
    var value = endTotal - beforeTotal
    // Where a bound is known the central value lies within it, whatever the interpolation gave.
    if let low { value = Swift.max(value, low) }
    if let high { value = Swift.min(value, high) }
    let used = [beforeLow, beforeHigh, endLow, endHigh].compactMap { $0?.day }
    var days: [Day] = []
    for day in used.sorted() where !days.contains(day) { days.append(day) }
    let inside = points.filter { $0.day >= (beforeLow?.day ?? before) && $0.day <= (endHigh?.day ?? end) }
    let falls = zip(inside, inside.dropFirst()).filter { $1.high < $0.low }.map { (from: $0, to: $1) }
    return Result(
      value: value, low: low, high: high, days: days, endsAfterLastSnapshot: endHigh == nil, falls: falls)
  }

  /// S⁻(day) and S⁺(day): the last snapshot on or before the day and the first on or after it.
  func neighbours(of day: Day) -> (onOrBefore: Point?, onOrAfter: Point?) {
    let later = points.firstIndex { $0.day >= day }
    if let later, points[later].day == day { return (points[later], points[later]) }
    let earlier = (later ?? points.count) - 1
    return (earlier >= 0 ? points[earlier] : nil, later.map { points[$0] })
  }

  /// The total at a day interpolated linearly by day between the snapshots around it: the last
  /// snapshot's total after the last snapshot, nil before the first.
  func interpolated(at day: Day) -> Double? {
    let (earlier, later) = neighbours(of: day)
    switch (earlier, later) {
    case (let earlier?, let later?):
      guard later.day != earlier.day else { return earlier.middle }
      let fraction = Double(day.ordinal - earlier.day.ordinal) / Double(later.day.ordinal - earlier.day.ordinal)
      return earlier.middle + (later.middle - earlier.middle) * fraction
    case (let earlier?, nil): return earlier.middle
    case (nil, _): return nil
    }
  }
}
