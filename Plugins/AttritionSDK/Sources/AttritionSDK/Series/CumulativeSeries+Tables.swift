extension CumulativeSeries {
  /// One row per held day: `date`, `increment`, `days` (how many days the increment covers),
  /// `revision` (the increment is negative) and `flag` (`step` or `spike` where the increment
  /// belongs to a jump of `jumps`, or the day's total is out of line inside a spike). The first
  /// row's increment is missing: the first total is cumulative from before the series starts, so
  /// its own increment is unknown.
  public func incrementsTable(jumps: [SeriesJump] = []) throws(ModuleError) -> Table {
    let increments = try increments()
    let flags = points.indices.map { index in
      jumps.first { $0.touches(increments: index...index) || $0.holdsOutOfLine(index) }?.kind.rawValue
    }
    return try table(
      [
        Column(name: "date", data: .day(points.map(\.day))),
        column("increment", [nil] + increments.map(\.value), unit: unit),
        Column(name: "days", data: .number([nil] + increments.map { Double($0.days) }, unit: Unit(.day))),
        Column(name: "revision", data: .bool([nil] + increments.map(\.isRevision))),
        Column(name: "flag", data: .string(StringColumn(flags))),
      ], summary: "daily increments of '\(name)'")
  }

  /// One row per calendar month: `month` (its first day), `total`, `days` covered, `per_day`,
  /// `partial` (the total does not cover exactly the calendar month) and `flag` (`step` or
  /// `spike` when a jump of `jumps` falls in the days the total covers).
  public func monthlyTable(jumps: [SeriesJump] = []) throws(ModuleError) -> Table {
    let months = try monthlyTotals()
    let flags = months.map { month -> String? in
      guard let before = index(of: month.covered.start.adding(days: -1)), let last = index(of: month.covered.end),
        before < last
      else { return nil }
      return flag(jumps, increments: (before + 1)...last)
    }
    return try table(
      [
        Column(name: "month", data: .day(months.map(\.month))),
        column("total", months.map(\.total), unit: unit),
        Column(name: "days", data: .number(months.map { Double($0.days) }, unit: Unit(.day))),
        column("per_day", months.map(\.perDay), unit: perDayUnit),
        Column(name: "partial", data: .bool(months.map(\.isPartial))),
        Column(name: "flag", data: .string(StringColumn(flags))),
      ], summary: "monthly totals of '\(name)'")
  }

  /// One row per held day with N days behind it: `date`, `sum` over the last N days, `per_day`
  /// and `flag` (`step` or `spike` when a jump of `jumps` falls inside the N days).
  public func rollingTable(days: Int, jumps: [SeriesJump] = []) throws(ModuleError) -> Table {
    let sums = try rolling(days: days)
    let flags = sums.map { sum -> String? in
      guard let end = index(of: sum.day) else { return nil }
      let start = lastIndex(onOrBefore: sum.day.adding(days: -days)) ?? 0
      return start < end ? flag(jumps, increments: (start + 1)...end) : nil
    }
    return try table(
      [
        Column(name: "date", data: .day(sums.map(\.day))),
        column("sum", sums.map(\.sum), unit: unit),
        column("per_day", sums.map(\.perDay), unit: perDayUnit),
        Column(name: "flag", data: .string(StringColumn(flags))),
      ], summary: "\(days)-day rolling sums of '\(name)'")
  }

  /// The jumps whose increments fall at positions `range` (the increments a result sums).
  public func jumps(_ jumps: [SeriesJump], touching range: ClosedRange<Int>) -> [SeriesJump] {
    jumps.filter { $0.touches(increments: range) }
  }

  /// `step` or `spike` for the first jump touching the increments at `range`, else nil.
  private func flag(_ jumps: [SeriesJump], increments range: ClosedRange<Int>) -> String? {
    jumps.first { $0.touches(increments: range) }?.kind.rawValue
  }

  /// The unit of a daily rate of this series: `/day`, `tanks/day`.
  public var perDayUnit: Unit {
    Unit.quotient(unit, Unit(.day)).unit
  }

  /// Exact figures as a number column in `unit`; any figure with bounds makes it an estimate column.
  private func column(_ name: String, _ cells: [Estimate?], unit: Unit) -> Column {
    let data: ColumnData =
      cells.allSatisfy { $0?.isExact ?? true }
      ? .number(cells.map { $0?.value }, unit: unit) : .estimate(cells)
    return Column(name: name, data: data, provenance: provenance)
  }

  private func table(_ columns: [Column], summary: String) throws(ModuleError) -> Table {
    var sourced = columns
    for index in sourced.indices { sourced[index].provenance = provenance }
    do {
      return try Table(columns: sourced, provenance: provenance, summary: summary)
    } catch {
      // Every column above has one cell per row of the same list, so this cannot happen.
      throw ModuleError("internal_error", "could not build the result table: \(error)")
    }
  }
}
