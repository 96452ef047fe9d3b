import AttritionSDK

/// A reference dataset of the module (one row per sourced figure) with typed access to its cells.
///
/// The table is read from the session's catalog on every call rather than cached, so a session
/// that loads its own file under the dataset's name (same columns) is used instead.
struct ReferenceTable {
  /// The dataset's name, for messages.
  let name: String
  /// The table.
  let table: Table

  /// The dataset `name` of the session a function runs in.
  init(_ name: String, for arguments: FunctionArguments) throws {
    self.name = name
    table = try arguments.referenceTable(name)
  }

  /// The column with a name.
  ///
  /// - Throws: ``ModuleError`` `invalid_reference_table` when the table lacks it.
  func column(_ column: String) throws(ModuleError) -> Column {
    guard let found = table.column(named: column) else {
      throw .missingReferenceColumn(name, column, columns: table.columnNames)
    }
    return found
  }

  /// A cell as text, whatever the column's type; nil when missing or blank.
  static func text(_ column: Column, _ row: Int) -> String? {
    let text: String? =
      switch column.value(at: row) {
      case .string(let value): value
      case .day(let day): day.description
      case .estimate(let figure): TerritoryFormat.plain(figure.value)
      case .bool(let flag): flag ? "true" : "false"
      default: nil
      }
    guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
    return text
  }

  /// A numeric cell; nil when missing.
  static func number(_ column: Column, _ row: Int) -> Double? {
    guard case .estimate(let figure) = column.value(at: row), figure.value.isFinite else { return nil }
    return figure.value
  }

  /// A day cell (or text `YYYY-MM-DD`); nil when missing.
  static func day(_ column: Column, _ row: Int) -> Day? {
    switch column.value(at: row) {
    case .day(let day): day
    case .string(let text): Day(iso: text)
    default: nil
    }
  }

  /// The source of a row, from its `source`, `publisher`, `published`, `url` and `note` cells:
  /// cited as `publisher, source, published`.
  func source(row: Int) throws(ModuleError) -> Source {
    let title = Self.text(try column("source"), row)
    let publisher = Self.text(try column("publisher"), row)
    let published = Self.day(try column("published"), row)
    let citation = [publisher, title, published?.description].compactMap(\.self).joined(separator: ", ")
    return Source(
      citation: citation.isEmpty ? "\(name), row \(row + 1)" : citation, publisher: publisher, published: published,
      url: Self.text(try column("url"), row), note: Self.text(try column("note"), row))
  }

  /// The figure of a row from its low, central and high cells, in `unit`, citing the row's source.
  ///
  /// Only stated numbers are bounds: a figure with neither bound nor qualifier is exact; `about X`
  /// keeps its bounds unknown; `up to X` and `under X` have X as upper bound, `over X` and
  /// `at least X` as lower bound.
  func figure(row: Int, low: String, central: String, high: String, unit: Unit) throws(ModuleError) -> Estimate? {
    guard let value = Self.number(try column(central), row) else { return nil }
    var lowBound = Self.number(try column(low), row)
    var highBound = Self.number(try column(high), row)
    let qualifier = table.column(named: "qualifier").flatMap { Self.text($0, row) }?.lowercased() ?? ""
    switch qualifier {
    case "", "exact":
      if lowBound == nil && highBound == nil { (lowBound, highBound) = (value, value) }
    case "up to", "up_to", "under", "less than":
      highBound = highBound ?? value
    case "over", "at least", "at_least", "more than":
      lowBound = lowBound ?? value
    default:
      break
    }
    return Estimate(
      value: value, low: lowBound, high: highBound, unit: unit, provenance: Provenance(sources: [try source(row: row)]))
  }
}
