/// Completion candidates laid out in columns, down then across (as `ls` does), within the
/// terminal's width and at most its height less a few lines, with a count of what did not fit.
struct CandidateListing {
  /// What to list, in order.
  var candidates: [String]
  /// The terminal's size.
  var size: (rows: Int, columns: Int)

  /// The listing, lines joined with `\n`.
  func render() -> String {
    guard !candidates.isEmpty else { return "" }
    let widest = candidates.map(\.count).max() ?? 0
    let columnWidth = widest + 2
    let columns = max(1, min(candidates.count, (size.columns + 2) / columnWidth))
    let rows = (candidates.count + columns - 1) / columns
    let shownRows = min(rows, max(1, size.rows - 3))
    var lines: [String] = []
    for row in 0..<shownRows {
      var line = ""
      for column in 0..<columns {
        let index = column * rows + row
        guard index < candidates.count else { break }
        let name = candidates[index]
        line += column == columns - 1 ? name : name + String(repeating: " ", count: max(0, columnWidth - name.count))
      }
      while line.hasSuffix(" ") { line.removeLast() }
      lines.append(line)
    }
    if shownRows < rows {
      let shown = (0..<shownRows).reduce(0) { total, row in
        total + (0..<columns).filter { $0 * rows + row < candidates.count }.count
      }
      lines.append("… and \(candidates.count - shown) more")
    }
    return lines.joined(separator: "\n")
  }
}
