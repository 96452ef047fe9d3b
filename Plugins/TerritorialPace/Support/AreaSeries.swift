import AttritionSDK

/// A daily series of an area (occupied km² per day, like NZZ's `territory.csv`) read through the
/// SDK's ``CumulativeSeries``: its gain over a period is level(end) − level(day before start).
struct AreaSeries {
  /// The series, in km².
  let series: CumulativeSeries
  /// The function reading it, as messages name it.
  let function: String

  /// Reads the area column of a table keyed by its day column.
  ///
  /// The column is `column` when given, else `area`, else the table's only numeric column. A plain
  /// number column is read as km²; a column with an area unit is converted to km².
  init(table: Table, column: String?, function: String) throws {
    self.function = function
    let name = try AreaSeries.columnName(table, column, function: function)
    let raw = try CumulativeSeries(table: table, column: name)
    var factor = 1.0
    if !raw.unit.isNone {
      guard raw.unit.isArea, let conversion = raw.unit.conversionFactor(to: .squareKilometres) else {
        throw ModuleError(
          "unit_mismatch", "'\(function)': column '\(name)' must hold areas, found figures in '\(raw.unit)'")
      }
      factor = conversion
    }
    let points =
      factor == 1
      ? raw.points
      : raw.points.map { point in
        CumulativeSeries.Point(
          day: point.day, value: point.value * factor, low: point.low.map { $0 * factor },
          high: point.high.map { $0 * factor })
      }
    series = try CumulativeSeries(
      name: raw.name, points: points, unit: .squareKilometres, provenance: raw.provenance, dayColumn: raw.dayColumn,
      missingCells: raw.missingCells)
  }

  /// The column to read: the one named, else `area`, else the only numeric column.
  private static func columnName(_ table: Table, _ column: String?, function: String) throws -> String {
    if let column { return column }
    if table.column(named: "area") != nil { return "area" }
    let numeric = table.columns.filter { $0.numbers != nil }.map(\.name)
    guard numeric.count == 1, let only = numeric.first else {
      throw ModuleError(
        "ambiguous_column",
        "'\(function)': say which column holds the area with 'column:'; the table has "
          + (numeric.isEmpty ? "no numeric column" : "numeric columns " + numeric.joined(separator: ", ")),
        notes: ["columns: " + table.columnNames.joined(separator: ", ")])
    }
    return only
  }

  /// The gain over a period, level(end) − level(day before start), in km²; warns through `context`
  /// about every step or spike of `rule` among the days the gain spans.
  func gain(over period: Period, rule: JumpRule, context: (any ModuleContext)?) throws -> Estimate {
    let (before, end) = try series.windowIndices(period)
    let gain: Estimate
    do {
      gain = try series.estimate(at: end).subtracting(series.estimate(at: before))
    } catch {
      throw ModuleError(error, computing: "the gain over \(period)")
    }
    series.warnAboutJumps(between: before, and: end, period: period, rule: rule, context: context)
    return gain
  }
}
