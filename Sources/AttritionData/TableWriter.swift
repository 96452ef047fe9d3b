import AttritionSDK

/// Writes tables as CSV, TSV, JSON lines or Markdown, so results flow into pandas, R or a
/// spreadsheet.
///
/// CSV follows RFC 4180 (fields quoted when they hold the delimiter, a quote or a line break),
/// integer columns as integers, number columns as the shortest text that reads back to the same
/// double (`13.0`, `0.1`), days as `YYYY-MM-DD`, estimates by their central value, missing cells
/// empty. JSON lines write one object per row (`null` for missing cells). Files are written to a
/// temporary file beside the target and renamed over it, so a failed write never leaves a
/// half-written file in place of the old one.
///
/// ```swift
/// try TableWriter.write(table, to: "monthly.csv")
/// ```
public enum TableWriter {
  /// A format tables are written in.
  public enum Format: String, CaseIterable, Sendable {
    /// Comma-separated values.
    case csv
    /// Tab-separated values.
    case tsv
    /// One JSON object per line.
    case jsonl
    /// A Markdown (GitHub) table.
    case markdown

    /// The format a path's extension names: `.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.md`/`.markdown`.
    public static func of(path: String) -> Format? {
      switch TableLoader.fileExtension(of: path).lowercased() {
      case "csv": .csv
      case "tsv": .tsv
      case "jsonl", "ndjson": .jsonl
      case "md", "markdown": .markdown
      default: nil
      }
    }
  }

  /// The table as text in a format.
  public static func text(_ table: Table, format: Format) -> String {
    let table = withBoundColumns(table)
    return switch format {
    case .csv: delimited(table, separator: ",")
    case .tsv: delimited(table, separator: "\t")
    case .jsonl: jsonLines(table)
    case .markdown: markdown(table)
    }
  }

  /// Writes the table to `path` in `format` (by default the one its extension names), replacing
  /// the file atomically.
  ///
  /// - Throws: ``DataError/unsupportedWriteFormat(path:fileExtension:)`` when no format is given
  ///   or named, ``DataError/cannotWrite(path:reason:keptOldFile:)`` when the path ends in `/` (a
  ///   folder) or the file cannot be written.
  public static func write(_ table: Table, to path: String, format: Format? = nil) throws(DataError) {
    try checkNamesAFile(path)
    guard let format = format ?? Format.of(path: path) else {
      throw .unsupportedWriteFormat(path: path, fileExtension: TableLoader.fileExtension(of: path))
    }
    do {
      try AtomicFile.write(Array(text(table, format: format).utf8), to: path)
    } catch {
      throw .cannotWrite(path: path, reason: error.reason, keptOldFile: error.keptOldFile)
    }
  }

  /// Refuses a path that ends in `/`: it names a folder, and writing `out.csv` for `out.csv/`
  /// would put the file where nobody asked for it.
  ///
  /// - Throws: ``DataError/cannotWrite(path:reason:keptOldFile:)`` naming the path.
  public static func checkNamesAFile(_ path: String) throws(DataError) {
    guard path.hasSuffix("/") else { return }
    throw .cannotWrite(path: path, reason: "a path that ends in '/' names a folder, not a file", keptOldFile: false)
  }

  static func delimited(_ table: Table, separator: Character) -> String {
    var text = table.columnNames.map { field($0, separator) }.joined(separator: String(separator)) + "\n"
    for row in 0..<table.rowCount {
      text += table.columns.map { field(cell($0, row), separator) }.joined(separator: String(separator)) + "\n"
    }
    return text
  }

  static func jsonLines(_ table: Table) -> String {
    var text = ""
    for row in 0..<table.rowCount {
      let members = table.columns.map { column in jsonString(column.name) + ":" + jsonValue(column, row) }
      text += "{" + members.joined(separator: ",") + "}\n"
    }
    return text
  }

  /// Text from data made safe in a Markdown table cell: backslashes first (they escape in
  /// Markdown, so 'a\b' would lose one and '\|' its pipe), HTML's special characters (Markdown
  /// renders inline HTML), the cell separator, and line breaks as spaces.
  public static func markdownCell(_ text: String) -> String {
    text.replacingAll("\\", with: "\\\\").replacingAll("&", with: "&amp;").replacingAll("<", with: "&lt;")
      .replacingAll(">", with: "&gt;").replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
      .replacingAll("\r", with: " ")
  }

  static func markdown(_ table: Table) -> String {
    let headers = table.columns.map { $0.unit.isNone ? $0.name : "\($0.name) (\($0.unit))" }
    var text = "| " + headers.map(markdownCell).joined(separator: " | ") + " |\n"
    let alignments = table.columns.map { column -> String in
      switch column.data {
      case .integer, .number, .estimate: "---:"
      default: "---"
      }
    }
    text += "| " + alignments.joined(separator: " | ") + " |\n"
    for row in 0..<table.rowCount {
      text += "| " + table.columns.map { markdownCell(cell($0, row)) }.joined(separator: " | ") + " |\n"
    }
    return text
  }

  /// The table with each column of estimates that have bounds followed by two number columns,
  /// `NAME_low` and `NAME_high` (missing where a bound is unknown), and the column itself as its
  /// central values; a name already taken gets `_2`, `_3`, … as join's columns do.
  static func withBoundColumns(_ table: Table) -> Table {
    var taken = Set(table.columnNames)
    func free(_ name: String) -> String {
      var candidate = name
      var suffix = 2
      while taken.contains(candidate) {
        candidate = "\(name)_\(suffix)"
        suffix += 1
      }
      taken.insert(candidate)
      return candidate
    }
    var columns: [Column] = []
    for column in table.columns {
      guard case .estimate(let cells) = column.data, cells.contains(where: { !($0?.isExact ?? true) }) else {
        columns.append(column)
        continue
      }
      let unit = column.unit
      func number(_ name: String, _ part: (Estimate) -> Double?) -> Column {
        Column(name: name, data: .number(cells.map { $0.flatMap(part) }, unit: unit), provenance: column.provenance)
      }
      columns.append(number(column.name) { $0.value })
      columns.append(number(free(column.name + "_low")) { $0.low })
      columns.append(number(free(column.name + "_high")) { $0.high })
    }
    // The names are distinct and the lengths equal, so this cannot fail.
    return (try? Table(columns: columns, provenance: table.provenance, summary: table.summary)) ?? table
  }

  /// A cell as text; empty when missing.
  static func cell(_ column: Column, _ row: Int) -> String {
    switch column.data {
    case .integer(let cells): cells[row].map { String($0) } ?? ""
    case .number(let cells, _): cells[row].flatMap { $0.isNaN ? nil : "\($0)" } ?? ""
    case .estimate(let cells): cells[row].map { "\($0.value)" } ?? ""
    case .day(let cells): cells[row]?.description ?? ""
    case .string(let column): column[row] ?? ""
    case .bool(let cells): cells[row].map { $0 ? "true" : "false" } ?? ""
    case .geometry(let cells): cells[row]?.description ?? ""
    }
  }

  static func field(_ text: String, _ separator: Character) -> String {
    let needsQuotes = text.unicodeScalars.contains {
      $0 == "\"" || $0 == "\n" || $0 == "\r" || Character($0) == separator
    }
    return needsQuotes ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
  }

  static func jsonValue(_ column: Column, _ row: Int) -> String {
    switch column.data {
    case .integer(let cells): return cells[row].map { String($0) } ?? "null"
    case .number(let cells, _): return cells[row].flatMap { $0.isFinite ? "\($0)" : nil } ?? "null"
    case .estimate(let cells): return cells[row].flatMap { $0.value.isFinite ? "\($0.value)" : nil } ?? "null"
    case .bool(let cells): return cells[row].map { $0 ? "true" : "false" } ?? "null"
    case .day, .string, .geometry:
      return column.isMissing(row) ? "null" : jsonString(cell(column, row))
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
  public static func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case let control where control.value < 0x20:
        let hex = String(control.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension String {
  /// The text with every occurrence of `target` replaced, without Foundation.
  func replacingAll(_ target: Character, with replacement: String) -> String {
    guard contains(target) else { return self }
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
