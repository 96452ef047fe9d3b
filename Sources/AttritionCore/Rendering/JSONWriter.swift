import AttritionData
public import AttritionSDK

/// Writes values as single-line JSON objects tagged with their `type`.
public enum JSONWriter {
  /// The JSON object for a value.
  public static func value(_ value: Value) -> String {
    switch value {
    case .estimate(let estimate):
      return object([
        ("type", quoted("estimate")), ("value", number(estimate.value)), ("low", number(estimate.low)),
        ("high", number(estimate.high)), ("unit", quoted(estimate.unit.description)),
        ("sources", array(estimate.provenance.citations.map(quoted))),
      ])
    case .string(let text): return object([("type", quoted("string")), ("value", quoted(text))])
    case .bool(let flag): return object([("type", quoted("bool")), ("value", flag ? "true" : "false")])
    case .day(let day): return object([("type", quoted("day")), ("value", quoted(day.description))])
    case .period(let period):
      return object([
        ("type", quoted("period")), ("start", quoted(period.start.description)),
        ("end", quoted(period.end.description)), ("days", String(period.dayCount)),
      ])
    case .list(let elements): return object([("type", quoted("list")), ("values", array(elements.map(Self.value)))])
    case .table(let table): return self.table(table)
    case .column(let column): return self.table(ValueRenderer.table(of: column))
    // `name` is the result's own member (the name a result answers for), so the function's is `function`.
    case .function(let function): return object([("type", quoted("function")), ("function", quoted(function.name))])
    case .chart(let chart): return self.chart(chart)
    case .null: return object([("type", quoted("null"))])
    }
  }

  /// The JSON object of a result: its value's members, then where it came from: `file`, `line`,
  /// `column` (from 1), `statement` (the source text) and `name` (null unless a bare name).
  public static func result(_ result: SessionResult) -> String {
    var text = value(result.value)
    // Every value is written as one object; its members go on with the result's own.
    guard text.hasSuffix("}") else { return text }
    text.removeLast()
    let members = [
      ("file", quoted(result.file)), ("line", String(result.line)), ("column", String(result.column)),
      ("statement", quoted(result.statement)), ("name", result.name.map(quoted) ?? "null"),
    ]
    return text + "," + members.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  static func chart(_ chart: Chart) -> String {
    let xs: [String] =
      switch chart.x {
      case .days(let days): days.map { quoted($0.description) }
      case .numbers(let numbers): numbers.map { number($0) }
      case .labels(let labels): labels.map(quoted)
      }
    return object([
      ("type", quoted("chart")), ("kind", quoted(chart.kind.rawValue)), ("title", quoted(chart.title)),
      ("x_label", quoted(chart.xLabel)), ("y_label", quoted(chart.yLabel)), ("x", array(xs)),
      ("y", array(chart.y.map { number($0) })),
      ("sources", array(chart.provenance.citations.map(quoted))),
    ])
  }

  static func table(_ table: Table) -> String {
    let rows = (0..<table.rowCount).map { row in
      object(table.columns.map { ($0.name, cell($0, row)) })
    }
    return object([
      ("type", quoted("table")), ("columns", array(table.columnNames.map(quoted))),
      ("units", array(table.columns.map { quoted($0.unit.description) })), ("rows", array(rows)),
      ("sources", array(table.provenance.citations.map(quoted))),
    ])
  }

  static func cell(_ column: Column, _ row: Int) -> String {
    switch column.data {
    case .integer(let values): return values[row].map { String($0) } ?? "null"
    case .number(let values, _): return number(values[row])
    case .estimate(let values):
      guard let estimate = values[row] else { return "null" }
      return object([("value", number(estimate.value)), ("low", number(estimate.low)), ("high", number(estimate.high))])
    case .day(let values): return values[row].map { quoted($0.description) } ?? "null"
    case .string(let values): return values[row].map(quoted) ?? "null"
    case .bool(let values): return values[row].map { $0 ? "true" : "false" } ?? "null"
    case .geometry(let values): return values[row].map { quoted($0.description) } ?? "null"
    }
  }

  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return NumberFormat.plain(value)
  }

  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  static func array(_ elements: [String]) -> String {
    "[" + elements.joined(separator: ",") + "]"
  }

  /// A JSON string literal.
  public static func quoted(_ text: String) -> String {
    TableWriter.jsonString(text)
  }
}
