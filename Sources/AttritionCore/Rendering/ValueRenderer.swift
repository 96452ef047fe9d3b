public import AttritionSDK

/// Writes values in one of the ``OutputFormat``s.
public struct ValueRenderer: Sendable {
  /// The format written.
  public var format: OutputFormat
  /// How many rows of a table the `table` format shows before it says how many it left out.
  public var rowLimit: Int
  /// Whether the `table` format says what each result answers (`--echo on`): its name or short
  /// statement before it (``labelled(_:_:)``).
  public var labelsResults = false

  /// Creates a renderer.
  public init(format: OutputFormat, rowLimit: Int = 50) {
    self.format = format
    self.rowLimit = rowLimit
  }

  /// The text for one result, or nil for a value that shows nothing (`null`).
  public func render(_ value: Value) -> String? {
    // JSON keeps one line per expression statement; the other formats show nothing for null.
    if case .null = value, format != .json { return nil }
    switch format {
    case .table: return human(value)
    case .json: return JSONWriter.value(value)
    case .csv: return csv(value)
    case .markdown: return markdown(value)
    }
  }

  /// The text for one result event: as ``render(_:)`` renders its value, and in JSON with where
  /// it came from (`line`, `column`, `statement`, `name`).
  public func render(_ result: SessionResult) -> String? {
    if format == .json { return JSONWriter.result(result) }
    guard let text = render(result.value) else { return nil }
    guard format == .table, labelsResults, let label = result.label() else { return text }
    return ValueRenderer.labelled(text, label)
  }

  /// A result after what it answers: `ratio = 2.375` on one line; a table or a chart under
  /// `label:` on a line of its own.
  public static func labelled(_ text: String, _ label: String) -> String {
    text.contains("\n") ? label + ":\n" + text : label + " = " + text
  }

  /// The human form of a value.
  public func human(_ value: Value) -> String {
    switch value {
    case .estimate(let estimate): return ValueRenderer.human(estimate)
    case .string(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    case .day(let day): return day.description
    case .period(let period): return "\(period) (\(NumberFormat.exact(Double(period.dayCount))) days)"
    case .list(let elements): return "[" + elements.map(brief).joined(separator: ", ") + "]"
    case .table(let table): return TableText(table: table, rowLimit: rowLimit).render()
    case .column(let column): return human(.table(ValueRenderer.table(of: column)))
    case .function(let function):
      return "<function \(function.name)(\(function.parameterNames.joined(separator: ", ")))>"
    case .chart(let chart): return ChartText(chart: chart).render()
    case .null: return "null"
    }
  }

  /// An estimate for people: `3.13 [2.50 – 4.17] km²/day  (source: …)`.
  public static func human(_ estimate: Estimate) -> String {
    var text = NumberFormat.estimate(value: estimate.value, low: estimate.low, high: estimate.high)
    if !estimate.unit.isNone { text += " " + spelled(estimate.unit, plural: estimate.value != 1) }
    let sources = estimate.provenance.citations
    if !sources.isEmpty {
      text += "  (source\(sources.count == 1 ? "" : "s"): \(sources.joined(separator: "; ")))"
    }
    return text
  }

  /// A lone time unit reads in the plural (`521 days`); every other unit prints as its symbol.
  static func spelled(_ unit: Unit, plural: Bool) -> String {
    let timeUnits: Set<String> = ["day", "week", "month", "year"]
    if plural, unit.factors.count == 1, let factor = unit.factors.first, factor.exponent == 1,
      timeUnits.contains(factor.base.symbol)
    {
      return factor.base.symbol + "s"
    }
    return unit.description
  }

  private func brief(_ value: Value) -> String {
    if case .string(let text) = value { return JSONWriter.quoted(text) }
    if case .table(let table) = value { return "<table \(table.rowCount)×\(table.columns.count)>" }
    return human(value)
  }

  /// A column as a table of one column, keeping its sources.
  public static func table(of column: Column) -> Table {
    (try? Table(columns: [column], provenance: column.provenance)) ?? (try? Table(columns: [])) ?? emptyTable
  }

  private static let emptyTable: Table = {
    guard let table = try? Table(columns: []) else { preconditionFailure("an empty table is always valid") }
    return table
  }()

  private func csv(_ value: Value) -> String {
    switch value {
    case .table(let table): return CSVText.render(table)
    case .column(let column): return CSVText.render(ValueRenderer.table(of: column))
    case .estimate(let estimate):
      let fields = [
        NumberFormat.plain(estimate.value), estimate.low.map(NumberFormat.plain) ?? "",
        estimate.high.map(NumberFormat.plain) ?? "", estimate.unit.description,
        estimate.provenance.citations.joined(separator: "; "),
      ]
      return "value,low,high,unit,sources\n" + fields.map(CSVText.field).joined(separator: ",")
    default: return CSVText.field(human(value))
    }
  }

  /// A result as a block of GitHub-flavoured Markdown, ending in a blank line so that results
  /// stay separate blocks: a table as a pipe table with a sources line under it, anything else
  /// as a paragraph of escaped text.
  private func markdown(_ value: Value) -> String {
    switch value {
    case .table(let table): return ValueRenderer.markdown(table)
    case .column(let column): return ValueRenderer.markdown(ValueRenderer.table(of: column))
    default:
      let lines = human(value).split(separator: "\n", omittingEmptySubsequences: false).map {
        ValueRenderer.markdownText(String($0))
      }
      // A hard line break (two spaces) keeps a multi-line value one paragraph, its lines kept.
      return lines.joined(separator: "  \n") + "\n"
    }
  }

  /// A table as a Markdown pipe table, every row, numbers right-aligned; no sources line.
  public static func pipeTable(_ table: Table) -> String {
    TableText(table: table, rowLimit: Int.max).markdown()
  }

  private static func markdown(_ table: Table) -> String {
    var text = pipeTable(table) + "\n"
    let sources = table.provenance.citations
    if !sources.isEmpty {
      text +=
        "\n" + "Source\(sources.count == 1 ? "" : "s"): " + sources.map(markdownText).joined(separator: "; ") + "\n"
    }
    return text
  }

  /// Text that Markdown shows as written: its punctuation escaped, and a line that would start a
  /// heading, a list, a quote or a rule escaped at its start.
  public static func markdownText(_ text: String) -> String {
    var escaped = ""
    // Brackets only make a link followed by a target, so `3.13 [2.50 – 4.17]` stays as it is.
    let linkLike = text.contains("](")
    for character in text {
      if "\\`*_<>|".contains(character) || (linkLike && (character == "[" || character == "]")) {
        escaped.append("\\")
      }
      escaped.append(character)
    }
    if let first = escaped.first, "-+=#~".contains(first) { escaped = "\\" + escaped }
    if let dot = escaped.firstIndex(where: { !$0.isNumber }), dot != escaped.startIndex,
      escaped[dot] == "." || escaped[dot] == ")",
      escaped.index(after: dot) == escaped.endIndex || escaped[escaped.index(after: dot)] == " "
    {
      escaped.insert("\\", at: dot)
    }
    return escaped
  }
}
