import AttritionSDK

extension Column {
  /// A cell as text, whatever the column's type; nil when missing or blank.
  ///
  /// The dataset is read by type inference, so a column of dates may arrive as days or as strings
  /// (when some dates are months only); reading cells as text accepts either.
  func text(at row: Int) -> String? {
    guard !isMissing(row) else { return nil }
    let text: String
    switch data {
    case .string(let cells): text = cells[row] ?? ""
    case .day(let cells): text = cells[row]?.description ?? ""
    case .integer(let cells): text = cells[row].map { String($0) } ?? ""
    case .number(let cells, _): text = cells[row].map { "\($0)" } ?? ""
    case .bool(let cells): text = cells[row].map { $0 ? "true" : "false" } ?? ""
    case .estimate(let cells): text = cells[row].map { "\($0.value)" } ?? ""
    case .geometry(let cells): text = cells[row]?.description ?? ""
    }
    let trimmed = text.trimmingSpaces
    return trimmed.isEmpty ? nil : trimmed
  }

  /// A cell as a number: nil when missing; `.nan` when the cell holds text that is not a number.
  func number(at row: Int) -> Double? {
    guard !isMissing(row) else { return nil }
    switch data {
    case .integer(let cells): return cells[row].map(Double.init)
    case .number(let cells, _): return cells[row]
    case .estimate(let cells): return cells[row]?.value
    default: return text(at: row).map { Double($0) ?? .nan }
    }
  }
}
