import AttritionSDK

/// Writes tables as RFC 4180 CSV: plain numbers, ISO days, fields quoted when they must be.
enum CSVText {
  static func render(_ table: Table) -> String {
    var lines = [table.columnNames.map(field).joined(separator: ",")]
    for row in 0..<table.rowCount {
      lines.append(table.columns.map { field(raw($0, row)) }.joined(separator: ","))
    }
    return lines.joined(separator: "\n")
  }

  /// A cell as other programs read it: no separators, full precision, empty when missing.
  static func raw(_ column: Column, _ row: Int) -> String {
    switch column.data {
    case .integer(let values): values[row].map { String($0) } ?? ""
    // A number column is floating point: "13.0" keeps that for pandas, Polars or DuckDB reading it back.
    case .number(let values, _): values[row].flatMap { $0.isNaN ? nil : "\($0)" } ?? ""
    case .estimate(let values): values[row].map { NumberFormat.plain($0.value) } ?? ""
    case .geometry(let values): values[row]?.description ?? ""
    case .day(let values): values[row]?.description ?? ""
    case .string(let values): values[row] ?? ""
    case .bool(let values): values[row].map { $0 ? "true" : "false" } ?? ""
    }
  }

  static func field(_ text: String) -> String {
    // Scalars, not Characters: "\r\n" is a single Character that equals neither "\r" nor "\n".
    guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
