import AttritionSDK

/// The rows of the reference table `equipment_figures`, read by column name.
struct FigureRows {
  private let table: Table

  init(_ table: Table) throws(ModuleError) {
    let needed = ["source", "publisher", "measure", "side", "low", "central", "high", "unit"]
    let missing = needed.filter { table.column(named: $0) == nil }
    guard missing.isEmpty else {
      throw ModuleError("malformed_dataset", "'equipment_figures' lacks the columns \(missing.joined(separator: ", "))")
    }
    self.table = table
  }

  /// The distinct measures, in file order.
  var measures: [String] {
    var seen: [String] = []
    for row in 0..<table.rowCount {
      let measure = text("measure", row)
      if !seen.contains(measure) { seen.append(measure) }
    }
    return seen
  }

  /// The rows of a measure.
  func indices(measure: String) -> [Int] {
    (0..<table.rowCount).filter { text("measure", $0) == measure }
  }

  /// The side a row is about.
  func side(_ row: Int) -> String { text("side", row) }

  /// The citation of a row: `publisher, title, published`.
  func citation(_ row: Int) -> String {
    let published = day("published", row).map { ", \($0)" } ?? ""
    return "\(text("publisher", row)), \(text("source", row))\(published)"
  }

  /// A row as an estimate with its unit and source.
  func estimate(_ row: Int) throws(ModuleError) -> Estimate {
    let (low, central, high) = (number("low", row), number("central", row), number("high", row))
    guard let value = central ?? (low.flatMap { low in high.map { low + ($0 - low) / 2 } } ?? low ?? high) else {
      throw ModuleError("malformed_dataset", "row \(row + 1) of 'equipment_figures' has no figure")
    }
    let unitName = text("unit", row)
    guard let unit = FigureRows.unit(unitName) else {
      throw ModuleError("malformed_dataset", "row \(row + 1) of 'equipment_figures' has an unknown unit '\(unitName)'")
    }
    let confidence = text("confidence", row)
    let qualifier = text("qualifier", row)
    let note = [
      qualifier.isEmpty ? "" : "stated as '\(qualifier)'", confidence.isEmpty ? "" : "confidence \(confidence)",
      text("note", row),
    ]
    .filter { !$0.isEmpty }.joined(separator: "; ")
    let source = Source(
      citation: citation(row), publisher: text("publisher", row), published: day("published", row),
      url: text("url", row).isEmpty ? nil : text("url", row), note: note)
    // The publication is the source; the CSV that transcribes it would only repeat it.
    return Estimate(value: value, low: low, high: high, unit: unit, provenance: Provenance(sources: [source]))
  }

  /// A unit as the dataset writes it: `tanks`, `tanks/month`, or empty for a plain number.
  static func unit(_ name: String) -> Unit? {
    if name.isEmpty { return Unit.none }
    let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count <= 2 else { return nil }
    guard let numerator = parts[0].isEmpty ? Unit.none : Unit.named(parts[0]) else { return nil }
    guard parts.count == 2 else { return numerator }
    guard let denominator = Unit.named(parts[1]) else { return nil }
    return Unit.quotient(numerator, denominator).unit
  }

  /// A text cell; a column the reader typed otherwise (e.g. all empty) reads as empty text.
  private func text(_ name: String, _ row: Int) -> String {
    guard let column = table.column(named: name), case .string(let cells) = column.data else { return "" }
    return cells[row] ?? ""
  }

  private func number(_ name: String, _ row: Int) -> Double? {
    guard let numbers = table.column(named: name)?.numbers, let value = numbers[row], value.isFinite else { return nil }
    return value
  }

  private func day(_ name: String, _ row: Int) -> Day? {
    guard let column = table.column(named: name) else { return nil }
    if case .day(let cells) = column.data { return cells[row] }
    if case .string(let cells) = column.data { return cells[row].flatMap { Day(iso: $0) } }
    return nil
  }
}
