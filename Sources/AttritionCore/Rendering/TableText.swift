import AttritionData
import AttritionSDK

/// Lays a table out as aligned text or as a Markdown pipe table.
struct TableText {
  let table: Table
  let rowLimit: Int

  /// The header of each column, with its unit: `area (km²)`.
  var headers: [String] {
    table.columns.map { $0.unit.isNone ? $0.name : "\($0.name) (\($0.unit))" }
  }

  var shownRows: Int { min(table.rowCount, rowLimit) }

  func cells(_ column: Column) -> [String] {
    // A line break inside a cell would break the row; it shows as '↵'.
    (0..<shownRows).map { TableText.cell(column, $0).replacingLineBreaks }
  }

  static func cell(_ column: Column, _ row: Int) -> String {
    switch column.data {
    case .integer(let values): return values[row].map { NumberFormat.exact(Double($0)) } ?? ""
    case .number(let values, _): return values[row].map(NumberFormat.cell) ?? ""
    case .estimate(let values):
      return values[row].map { NumberFormat.estimate(value: $0.value, low: $0.low, high: $0.high) } ?? ""
    case .day(let values): return values[row]?.description ?? ""
    case .string(let values): return values[row] ?? ""
    case .bool(let values): return values[row].map { $0 ? "true" : "false" } ?? ""
    case .geometry(let values): return values[row]?.description ?? ""
    }
  }

  static func isNumeric(_ column: Column) -> Bool {
    switch column.data {
    case .integer, .number, .estimate: true
    default: false
    }
  }

  /// Aligned columns, numbers to the right, and a line saying how many rows were left out.
  func render() -> String {
    // A tab would jump to the terminal's next tab stop and push the rest of the row out of line.
    let columnCells = table.columns.map { cells($0).map(\.replacingTabs) }
    let widths = zip(headers, columnCells).map { header, cells in
      max(header.count, cells.map(\.count).max() ?? 0)
    }
    let numeric = table.columns.map(TableText.isNumeric)
    func line(_ fields: [String]) -> String {
      zip(fields.indices, fields).map { index, field in
        let padding = String(repeating: " ", count: widths[index] - field.count)
        return numeric[index] ? padding + field : field + padding
      }.joined(separator: "  ")
    }
    var lines = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
    for row in 0..<shownRows {
      lines.append(line(columnCells.map { $0[row] }))
    }
    if table.rowCount > shownRows {
      lines.append(
        "… \(NumberFormat.exact(Double(table.rowCount - shownRows))) more rows (\(NumberFormat.exact(Double(table.rowCount))) in all)"
      )
    } else if table.columns.isEmpty || table.rowCount == 0 {
      lines.append("(no rows)")
    }
    return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n")
  }

  /// A Markdown pipe table with every row.
  func markdown() -> String {
    let escape = TableWriter.markdownCell
    let numeric = table.columns.map(TableText.isNumeric)
    var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |"]
    lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
    let columnCells = table.columns.map(cells)
    for row in 0..<shownRows {
      lines.append("| " + columnCells.map { escape($0[row]) }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate var replacingLineBreaks: String {
    guard unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\r" }.map { $0 == "\n" ? "↵" : $0 }))
  }

  fileprivate var replacingTabs: String {
    guard unicodeScalars.contains("\t") else { return self }
    return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" ? "→" : $0 }))
  }

  fileprivate var trailingSpacesRemoved: String {
    var copy = self
    while copy.hasSuffix(" ") { copy.removeLast() }
    return copy
  }

  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
