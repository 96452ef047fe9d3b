import AttritionSDK

/// A daily series of an area (occupied km² per day, like NZZ's `territory.csv`) read through the
/// SDK's ``CumulativeSeries``: its gain over a period is level(end) − level(day before start).
struct AreaSeries {
  /// The jump, in km², above which a single day's change is reported.
  static let defaultThreshold = 1_000.0

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
  /// about every change between two held days inside the window larger than `threshold` km².
  func gain(over period: Period, threshold: Double, context: (any ModuleContext)?) throws -> Estimate {
    let (before, end) = try series.windowIndices(period)
    let gain: Estimate
    do {
      gain = try series.estimate(at: end).subtracting(series.estimate(at: before))
    } catch {
      throw ModuleError(error, computing: "the gain over \(period)")
    }
    if let warning = try jumps(from: before, to: end, threshold: threshold, period: period) {
      context?.warn(warning)
    }
    return gain
  }

  /// A warning naming the changes larger than `threshold` between points `before` and `end`, or nil.
  func jumps(from before: Int, to end: Int, threshold: Double, period: Period) throws -> String? {
    guard before < end else { return nil }
    var shown: [String] = []
    var count = 0
    for index in (before + 1)...end {
      let increment = try series.increment(at: index)
      guard abs(increment.value.value) > threshold else { continue }
      count += 1
      if shown.count < 8 {
        let span = increment.days == 1 ? "" : " over \(increment.days) days"
        shown.append("\(increment.day) (\(TerritoryFormat.signed(increment.value.value)) km²\(span))")
      }
    }
    guard count > 0 else { return nil }
    let more = count > shown.count ? " and \(count - shown.count) more" : ""
    let noun = count == 1 ? "a single-day change" : "\(count) single-day changes"
    let limit = TerritoryFormat.number(threshold)
    return "'\(function)': the series '\(series.name)' has \(noun) larger than \(limit) km² inside \(period): "
      + "\(shown.joined(separator: ", "))\(more); a glitch or a change of method makes the gain meaningless "
      + "across it: split the period there or check the source"
  }
}
