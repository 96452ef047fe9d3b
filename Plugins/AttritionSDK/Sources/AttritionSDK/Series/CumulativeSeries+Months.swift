extension CumulativeSeries {
  /// What accrued in one calendar month.
  public struct MonthlyTotal: Sendable {
    /// The first day of the calendar month.
    public let month: Day
    /// The days the total covers: from the day after the last held day before the month to the
    /// month's last held day.
    public let covered: Period
    /// The total: cum(last held day of the month) − cum(last held day before it).
    public let total: Estimate
    /// The mean per day over ``covered``, in the series' unit per day.
    public let perDay: Estimate

    /// Creates a monthly total.
    public init(month: Day, covered: Period, total: Estimate, perDay: Estimate) {
      self.month = month
      self.covered = covered
      self.total = total
      self.perDay = perDay
    }

    /// The number of days covered.
    public var days: Int { covered.dayCount }

    /// Whether the total covers something other than exactly the calendar month: the series starts
    /// or ends inside it, or a gap at its edge moves days in or out.
    public var isPartial: Bool {
      let (year, month, _) = self.month.components
      let last = self.month.adding(days: Day.length(ofMonth: month, year: year) - 1)
      return covered.start != self.month || covered.end != last
    }
  }

  /// The total per calendar month, from the first month with an increment to the last.
  ///
  /// Each month's total is a difference of two held totals, so a revision inside the month nets
  /// out and the first day's unknown increment is never counted. A month without any held day
  /// has no row; its losses fall to the next month with one, which is then marked partial.
  public func monthlyTotals() throws(ModuleError) -> [MonthlyTotal] {
    var result: [MonthlyTotal] = []
    var index = 1
    while index < points.count {
      let month = Self.monthStart(of: points[index].day)
      var last = index
      while last + 1 < points.count, Self.monthStart(of: points[last + 1].day) == month { last += 1 }
      result.append(try monthlyTotal(month: month, from: index - 1, to: last))
      index = last + 1
    }
    return result
  }

  private func monthlyTotal(month: Day, from before: Int, to last: Int) throws(ModuleError) -> MonthlyTotal {
    guard let covered = Period(start: points[before].day.adding(days: 1), end: points[last].day) else {
      preconditionFailure("points are sorted by day")
    }
    do {
      let total = try estimate(at: last).subtracting(estimate(at: before))
      let perDay = try total.dividing(by: .exact(Double(covered.dayCount), unit: Unit(.day)))
      return MonthlyTotal(month: month, covered: covered, total: total, perDay: perDay)
    } catch {
      throw ModuleError(error, computing: "the total of '\(name)' in \(covered)")
    }
  }

  /// The first day of the calendar month a day falls in.
  public static func monthStart(of day: Day) -> Day {
    day.adding(days: 1 - day.components.day)
  }
}
