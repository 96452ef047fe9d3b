/// Cuts the tables in a block of output to the terminal's width.
///
/// A table as Attrition renders it is a header line, a rule of `─` runs separated by two spaces
/// (one run per column), then rows aligned to the rule. Whole columns that do not fit are left
/// out, and a line after the table names them, so no row wraps into an unreadable zigzag.
struct TableFitter {
  /// The screen's width in characters.
  var width: Int

  /// The text with each table narrowed to ``width``; other lines are unchanged.
  func fit(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var index = 1
    while index < lines.count {
      guard let spans = TableFitter.columnSpans(ofRule: lines[index]), lines[index].count > width else {
        index += 1
        continue
      }
      let header = lines[index - 1]
      var end = index + 1
      while end < lines.count, TableFitter.isRow(lines[end]) { end += 1 }
      let kept = keptColumns(spans)
      // A first column too wide for the screen is cut inside, like a last one.
      let whole = kept < spans.count && spans[kept - 1].upperBound + 3 <= width
      let cut = whole ? spans[kept - 1].upperBound : width - 1
      for line in (index - 1)..<end {
        // With columns left out, every row has cells there (empty ones too): every line is marked.
        lines[line] = TableFitter.cut(
          lines[line], at: cut, marker: whole ? "  …" : "…", always: kept < spans.count)
      }
      if kept < spans.count {
        let names = spans[kept...].map { TableFitter.slice(header, $0).trimmingCharacters(in: " ") }
        var note = "… \(names.count) more column\(names.count == 1 ? "" : "s"): " + names.joined(separator: ", ")
        if note.count > width { note = String(note.prefix(max(1, width - 1))) + "…" }
        var noteLine = end
        if noteLine < lines.count, lines[noteLine].hasPrefix("… ") { noteLine += 1 }
        lines.insert(note, at: noteLine)
        end = noteLine + 1
      }
      index = end + 1
    }
    return lines.joined(separator: "\n")
  }

  /// How many whole columns fit, leaving room for the `  …` marker; at least one.
  private func keptColumns(_ spans: [Range<Int>]) -> Int {
    var kept = 0
    while kept < spans.count, spans[kept].upperBound + 3 <= width { kept += 1 }
    return max(kept, 1)
  }

  /// The character ranges of the columns, when `line` is a table rule (`───  ─────`).
  static func columnSpans(ofRule line: String) -> [Range<Int>]? {
    guard line.first == "─" else { return nil }
    var spans: [Range<Int>] = []
    var start: Int?
    var spaces = 0
    for (offset, character) in line.enumerated() {
      if character == "─" {
        if start == nil {
          guard spans.isEmpty || spaces == 2 else { return nil }
          start = offset
        }
        spaces = 0
      } else if character == " " {
        if let begun = start {
          spans.append(begun..<offset)
          start = nil
        }
        spaces += 1
      } else {
        return nil
      }
    }
    if let begun = start { spans.append(begun..<line.count) }
    return spans.isEmpty ? nil : spans
  }

  /// Whether a line after a rule is still a row of that table.
  static func isRow(_ line: String) -> Bool {
    !line.isEmpty && !line.hasPrefix("… ") && line != "(no rows)"
  }

  /// The line cut, or padded, to `column` characters, then `marker`: padded, not trimmed, so
  /// that an empty cell keeps its width and the markers of all lines stand in one column. A line
  /// that ends before `column` is left alone unless `always`.
  static func cut(_ line: String, at column: Int, marker: String, always: Bool = false) -> String {
    guard always || line.count > column else { return line }
    let kept = String(line.prefix(column))
    return kept + String(repeating: " ", count: column - kept.count) + marker
  }

  static func slice(_ line: String, _ span: Range<Int>) -> String {
    let characters = Array(line)
    guard span.lowerBound < characters.count else { return "" }
    return String(characters[span.lowerBound..<min(span.upperBound, characters.count)])
  }
}

extension String {
  /// The string without the given character at either end.
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
