extension CumulativeSeries {
  /// One row per held day: `date`, `increment`, `days` (how many days the increment covers) and
  /// `revision` (the increment is negative). The first row's increment is missing: the first total
  /// is cumulative from before the series starts, so its own increment is unknown.
  public func incrementsTable() throws(ModuleError) -> Table {
    let increments = try increments()
    return try table(
      [
        Column(name: "date", data: .day(points.map(\.day))),
        column("increment", [nil] + increments.map(\.value), unit: unit),
        Column(name: "days", data: .integer([nil] + increments.map { Int64($0.days) })),
        Column(name: "revision", data: .bool([nil] + increments.map(\.isRevision))),
      ], summary: "daily increments of '\(name)'")
  }

  /// One row per calendar month: `month` (its first day), `total`, `days` covered, `per_day` and
  /// `partial` (the total does not cover exactly the calendar month).
  public func monthlyTable() throws(ModuleError) -> Table {
    let months = try monthlyTotals()
    return try table(
      [
        Column(name: "month", data: .day(months.map(\.month))),
        column("total", months.map(\.total), unit: unit),
        Column(name: "days", data: .integer(months.map { Int64($0.days) })),
        column("per_day", months.map(\.perDay), unit: perDayUnit),
        Column(name: "partial", data: .bool(months.map(\.isPartial))),
      ], summary: "monthly totals of '\(name)'")
  }

  /// One row per held day with N days behind it: `date`, `sum` over the last N days, `per_day`.
  public func rollingTable(days: Int) throws(ModuleError) -> Table {
    let sums = try rolling(days: days)
    return try table(
      [
        Column(name: "date", data: .day(sums.map(\.day))),
        column("sum", sums.map(\.sum), unit: unit),
        column("per_day", sums.map(\.perDay), unit: perDayUnit),
      ], summary: "\(days)-day rolling sums of '\(name)'")
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
