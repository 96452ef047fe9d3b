/// A cumulative daily series: the running total of one numeric column of a table, keyed by the
/// table's day column, such as the General Staff's daily claims of losses since 2022-02-24.
///
/// Only days with a value are kept, in ascending order; a day the table lacks, or whose cell is
/// missing, is a gap. The first value is cumulative from before the series starts (from the start
/// of the war, for most sources), so the series never assumes a total of 0 on any day it does not
/// hold: windows, increments and months are differences of two held values only.
public struct CumulativeSeries: Sendable {
  /// One day of the series that has a value: the cumulative total on that day.
  public struct Point: Hashable, Sendable {
    /// The day.
    public let day: Day
    /// The central cumulative total, in the series' ``CumulativeSeries/unit``.
    public let value: Double
    /// The lower bound of the total, or nil when unknown.
    public let low: Double?
    /// The upper bound of the total, or nil when unknown.
    public let high: Double?

    /// Creates a point; an exact total has `low == high == value`.
    public init(day: Day, value: Double, low: Double?, high: Double?) {
      self.day = day
      self.value = value
      self.low = low
      self.high = high
    }

    /// An exact total on a day.
    public static func exact(_ day: Day, _ value: Double) -> Point {
      Point(day: day, value: value, low: value, high: value)
    }
  }

  /// The name of the cumulative column, as diagnostics and result tables name it.
  public let name: String
  /// The name of the day column the series is keyed by.
  public let dayColumn: String
  /// The days with a value, in ascending order, without repeats; never empty.
  public let points: [Point]
  /// The unit of the totals (the empty unit for a plain count).
  public let unit: Unit
  /// The sources of the totals: the table's and the column's.
  public let provenance: Provenance
  /// How many rows had a day but no value (skipped, and treated like missing days).
  public let missingCells: Int

  /// Creates a series from points, which are sorted by day.
  ///
  /// - Throws: ``ModuleError`` `empty_series` when there is no point, `repeated_day` when two points
  ///   share a day.
  public init(
    name: String, points: [Point], unit: Unit = .none, provenance: Provenance = .none, dayColumn: String = "date",
    missingCells: Int = 0
  ) throws(ModuleError) {
    guard !points.isEmpty else { throw .emptySeries(name, reason: "it has no values") }
    let sorted = points.sorted { $0.day < $1.day }
    for index in sorted.indices.dropFirst() where sorted[index].day == sorted[index - 1].day {
      throw .repeatedDay(sorted[index].day, column: dayColumn)
    }
    self.name = name
    self.dayColumn = dayColumn
    self.points = sorted
    self.unit = unit
    self.provenance = provenance
    self.missingCells = missingCells
  }

  /// The first day with a value.
  public var firstDay: Day { points[0].day }

  /// The last day with a value.
  public var lastDay: Day { points[points.count - 1].day }

  /// The days from the first value to the last, both counted.
  public var span: Period {
    guard let period = Period(start: firstDay, end: lastDay) else { preconditionFailure("points are sorted by day") }
    return period
  }

  /// The position of a day in ``points``, or nil when the series holds no value on it.
  public func index(of day: Day) -> Int? {
    var lower = 0
    var upper = points.count
    while lower < upper {
      let middle = (lower + upper) / 2
      if points[middle].day < day {
        lower = middle + 1
      } else {
        upper = middle
      }
    }
    return lower < points.count && points[lower].day == day ? lower : nil
  }

  /// The cumulative total on a day, with its bounds, unit and sources; nil when the day has no value.
  public func value(on day: Day) -> Estimate? {
    index(of: day).map(estimate(at:))
  }

  /// The total at a position of ``points`` as an estimate carrying the series' unit and sources.
  public func estimate(at index: Int) -> Estimate {
    let point = points[index]
    return Estimate(value: point.value, low: point.low, high: point.high, unit: unit, provenance: provenance)
  }

  /// The last point on or before a day, or nil when the series starts after it.
  public func lastIndex(onOrBefore day: Day) -> Int? {
    var lower = 0
    var upper = points.count
    while lower < upper {
      let middle = (lower + upper) / 2
      if points[middle].day <= day {
        lower = middle + 1
      } else {
        upper = middle
      }
    }
    return lower == 0 ? nil : lower - 1
  }
}
