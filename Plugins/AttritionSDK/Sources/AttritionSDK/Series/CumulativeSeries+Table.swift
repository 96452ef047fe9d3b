extension CumulativeSeries {
  /// Reads the cumulative series of `column` from a table, keyed by its day column.
  ///
  /// The day column is `dayColumn` when given; otherwise a day column named `date`, else the
  /// table's first day column. Rows whose value is missing (`NaN`, empty) are skipped and count
  /// as gaps; estimate cells keep their bounds and are converted to the first cell's unit.
  ///
  /// - Throws: ``ModuleError`` `unknown_column`, `no_day_column`, `not_numeric`, `empty_series`,
  ///   `missing_day`, `repeated_day`, `mixed_units` or `not_finite`, each naming the column, row or day.
  public init(table: Table, column name: String, dayColumn: String? = nil) throws(ModuleError) {
    guard let column = table.column(named: name) else { throw .unknownColumn(name, in: table) }
    switch column.data {
    case .integer, .number, .estimate: break
    case .day, .string, .bool, .geometry: throw .notNumeric(column)
    }
    guard table.rowCount > 0 else { throw .emptySeries(name, reason: "the table has no rows") }
    let days = try Self.dayColumn(of: table, named: dayColumn)
    guard case .day(let dayCells) = days.data else { throw .noDayColumn(in: table) }
    var reader = CellReader(column: column)
    var points: [Point] = []
    points.reserveCapacity(table.rowCount)
    var missing = 0
    for row in 0..<table.rowCount {
      guard let day = dayCells[row] else { throw .missingDay(row: row + 1, column: days.name) }
      if let point = try reader.point(row: row, day: day) {
        points.append(point)
      } else {
        missing += 1
      }
    }
    try Self.checkDistinct(dayCells, column: days.name)
    try self.init(
      name: name, points: points, unit: reader.unit ?? column.unit,
      provenance: table.provenance.union(column.provenance).union(reader.provenance), dayColumn: days.name,
      missingCells: missing)
  }

  /// The column a series is keyed by: the named one, else `date`, else the first day column.
  static func dayColumn(of table: Table, named name: String?) throws(ModuleError) -> Column {
    if let name {
      guard let column = table.column(named: name) else { throw .unknownColumn(name, in: table) }
      guard case .day = column.data else {
        throw ModuleError("no_day_column", "column '\(name)' holds \(column.data.typeName)s, not days")
      }
      return column
    }
    if let date = table.column(named: "date"), case .day = date.data { return date }
    for column in table.columns {
      if case .day = column.data { return column }
    }
    throw .noDayColumn(in: table)
  }

  /// Refuses a day that appears twice, missing values included: which row to trust is unknowable.
  private static func checkDistinct(_ days: [Day?], column: String) throws(ModuleError) {
    var isSorted = true
    for index in days.indices.dropFirst() {
      guard let previous = days[index - 1], let current = days[index] else { continue }
      if current == previous { throw .repeatedDay(current, column: column) }
      if current < previous { isSorted = false }
    }
    guard !isSorted else { return }
    let sorted = days.compactMap(\.self).sorted()
    for index in sorted.indices.dropFirst() where sorted[index] == sorted[index - 1] {
      throw .repeatedDay(sorted[index], column: column)
    }
  }
}

/// Turns one numeric column's cells into points, tracking the unit and sources of estimate cells.
private struct CellReader {
  let column: Column
  var unit: Unit?
  var provenance = Provenance.none

  init(column: Column) {
    self.column = column
  }

  /// The point of a row, or nil when its value is missing.
  mutating func point(row: Int, day: Day) throws(ModuleError) -> CumulativeSeries.Point? {
    switch column.data {
    case .integer(let cells):
      return cells[row].map { .exact(day, Double($0)) }
    case .number(let cells, _):
      guard let value = cells[row], !value.isNaN else { return nil }
      guard value.isFinite else { throw .notFinite(column: column.name, row: row + 1) }
      return .exact(day, value)
    case .estimate(let cells):
      guard var cell = cells[row] else { return nil }
      guard cell.value.isFinite else { throw .notFinite(column: column.name, row: row + 1) }
      if let unit {
        guard let converted = try? cell.converted(to: unit) else {
          throw ModuleError(
            "mixed_units",
            "column '\(column.name)' mixes units: row \(row + 1) is in '\(cell.unit)', earlier rows in '\(unit)'")
        }
        cell = converted
      } else {
        unit = cell.unit
      }
      provenance = provenance.union(cell.provenance)
      return CumulativeSeries.Point(day: day, value: cell.value, low: cell.low, high: cell.high)
    case .day, .string, .bool, .geometry:
      throw .notNumeric(column)
    }
  }
}
