import AttritionCore
import AttritionData
import AttritionSDK
import Testing

/// Rendering values for people (table format), as CSV and as Markdown.
@Suite("ValueRenderer: human, CSV and Markdown output")
struct ValueRendererTests {
  private let human = ValueRenderer(format: .table)

  private func unit(_ name: String) throws -> Unit {
    try #require(Unit.named(name), "no unit named \(name)")
  }

  private func day(_ text: String) throws -> Day {
    try #require(Day(iso: text), "not a day: \(text)")
  }

  private func oblasts() throws -> Table {
    try Table(
      columns: [
        Column(name: "region", data: .string(StringColumn(["Kharkiv", "Donetsk", nil]))),
        Column(name: "area", data: .number([31_415, 26_517, nil], unit: unit("km²"))),
      ], provenance: Provenance(sources: [Source(citation: "Ukrstat")]))
  }

  // MARK: - Human

  @Test("an estimate with a unit and a source: '9.597 km²/day  (source: X)'")
  func estimateWithUnitAndSource() throws {
    let area = Estimate.exact(5_000, unit: try unit("km²")).citing(Source(citation: "X"))
    let pace = try area.dividing(by: .exact(521, unit: try unit("day")))
    let text = human.human(.estimate(pace))
    #expect(text.hasSuffix(" km²/day  (source: X)"))
    #expect(text == "9.597 km²/day  (source: X)")
  }

  @Test("a range with bounds, and two sources joined by '; '")
  func estimateWithBoundsAndSources() throws {
    let ratio = try Estimate.exact(250_000).citing(Source(citation: "CSIS"))
      .dividing(by: Estimate.range(60_000, 100_000).citing(Source(citation: "Mediazona")))
    #expect(human.human(.estimate(ratio)) == "3.13 [2.50 – 4.17]  (sources: CSIS; Mediazona)")
  }

  @Test(
    "a lone time unit reads in the plural, other units as their symbol",
    arguments: [
      (521, "day", "521 days"), (1, "day", "1 day"), (3, "week", "3 weeks"), (2, "years", "2 years"),
      (0.5, "month", "0.5 months"), (5_000, "km²", "5,000 km²"), (1_800, "tanks", "1,800 tanks"),
    ] as [(Double, String, String)])
  func unitSpelling(_ value: Double, _ unitName: String, _ expected: String) throws {
    #expect(human.human(.estimate(.exact(value, unit: try unit(unitName)))) == expected)
  }

  @Test("a rate per day is not pluralised")
  func rateNotPlural() throws {
    let perDay = Unit.quotient(try unit("km"), try unit("day")).unit
    #expect(human.human(.estimate(.exact(2, unit: perDay))) == "2 km/day")
  }

  @Test("one-sided estimates with units")
  func oneSidedWithUnits() throws {
    #expect(human.human(.estimate(.atLeast(1_800, unit: try unit("tanks")))) == "at least 1,800 tanks")
    #expect(human.human(.estimate(.upTo(250_000, unit: try unit("killed")))) == "up to 250,000 killed")
  }

  @Test("days, periods, strings, booleans and lists")
  func otherValues() throws {
    let period = try #require(Period(start: try day("2024-01-01"), end: try day("2025-06-04")))
    #expect(human.human(.day(try day("2025-06-04"))) == "2025-06-04")
    #expect(human.human(.period(period)) == "2024-01-01..2025-06-04 (521 days)")
    #expect(human.human(.string("Kharkiv")) == "Kharkiv")
    #expect(human.human(.bool(true)) == "true")
    #expect(human.human(.list([.estimate(.exact(1)), .string("a"), .bool(false)])) == "[1, \"a\", false]")
  }

  @Test(
    "null renders nothing in the table, CSV and Markdown formats", arguments: [OutputFormat.table, .csv, .markdown])
  func nullRendersNothing(_ format: OutputFormat) {
    #expect(ValueRenderer(format: format).render(.null) == nil)
  }

  @Test("a table: headers with units, numbers right-aligned, missing cells blank")
  func humanTable() throws {
    let lines = human.human(.table(try oblasts())).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines == [
        "region   area (km²)",
        "───────  ──────────",
        "Kharkiv      31,415",
        "Donetsk      26,517",
        "",
      ])
  }

  @Test("a tab inside a cell shows as '→', so the columns after it stay aligned")
  func humanTableTab() throws {
    let table = try Table(columns: [
      Column(name: "note", data: .string(StringColumn(["a\tb", "long text"]))),
      Column(name: "n", data: .integer([1, 2])),
    ])
    let lines = human.human(.table(table)).split(separator: "\n")
    #expect(lines == ["note       n", "─────────  ─", "a→b        1", "long text  2"])
    // Only the text table: CSV keeps the tab as it is.
    #expect(ValueRenderer(format: .csv).render(.table(table)) == "note,n\na\tb,1\nlong text,2")
  }

  @Test("a table longer than the row limit says how many rows it left out")
  func humanTableRowLimit() throws {
    let text = ValueRenderer(format: .table, rowLimit: 1).human(.table(try oblasts()))
    let lines = text.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.last?.hasPrefix("… 2 more rows") == true)
    #expect(text.contains("(3 in all)"))
  }

  @Test("an empty table says so")
  func emptyTable() throws {
    let table = try Table(columns: [Column(name: "a", data: .integer([]))])
    #expect(human.human(.table(table)).hasSuffix("(no rows)"))
  }

  // MARK: - CSV

  @Test(
    "CSV: fields with commas, quotes, CR or LF are quoted, quotes doubled; missing cells empty; bounds as save writes them"
  )
  func csvQuoting() throws {
    let table = try Table(columns: [
      Column(
        name: "name, full", data: .string(StringColumn(["Kyiv, city", "said \"hold\"", "two\nlines", "cr\rx", nil]))),
      Column(name: "n", data: .integer([1, nil, 3, 4, 5])),
      Column(name: "x", data: .number([0.1 + 0.2, 950_000, .nan, nil, -2.5], unit: .none)),
      Column(name: "d", data: .day([try day("2024-01-01"), nil, nil, nil, nil])),
      Column(name: "b", data: .bool([true, false, nil, nil, nil])),
      Column(name: "e", data: .estimate([.range(60_000, 100_000), nil, nil, nil, .atLeast(5)])),
    ])
    let csv = try #require(ValueRenderer(format: .csv).render(.table(table)))
    let expected = [
      #""name, full",n,x,d,b,e,e_low,e_high"#,
      #""Kyiv, city",1,0.30000000000000004,2024-01-01,true,80000.0,60000.0,100000.0"#,
      #""said ""hold""",,950000.0,,false,,,"#,
      "\"two\nlines\",3,,,,,,",
      "\"cr\rx\",4,,,,,,",
      ",5,-2.5,,,5.0,5.0,",
    ]
    #expect(csv == expected.joined(separator: "\n"))
    // `:format csv` and `save(t, "x.csv")` write the same text: one encoder.
    #expect(csv + "\n" == TableWriter.text(table, format: .csv))
  }

  @Test("CSV: a field holding a CRLF line break is quoted too")
  func csvQuotesCRLF() throws {
    let table = try Table(columns: [Column(name: "note", data: .string(StringColumn(["line one\r\nline two"])))])
    #expect(ValueRenderer(format: .csv).render(.table(table)) == "note\n\"line one\r\nline two\"")
  }

  @Test("CSV of an estimate: value, bounds, unit and sources, empty for unknown bounds")
  func csvEstimate() throws {
    let killed = Estimate.upTo(250_000, unit: try unit("killed")).citing(Source(citation: "CSIS, 2025"))
    let csv = ValueRenderer(format: .csv).render(.estimate(killed))
    #expect(csv == "value,low,high,unit,sources\n250000,,250000,killed,\"CSIS, 2025\"")
  }

  // MARK: - Markdown

  @Test("Markdown: a pipe table with units in headers, numbers right-aligned, pipes escaped, every row")
  func markdownTable() throws {
    let table = try Table(columns: [
      Column(name: "region", data: .string(StringColumn(["Kharkiv", "a|b"]))),
      Column(name: "area", data: .number([31_415, 0.5], unit: try unit("km²"))),
    ])
    let markdown = ValueRenderer(format: .markdown, rowLimit: 1).render(.table(table))
    #expect(
      markdown == """
        | region | area (km²) |
        | --- | ---: |
        | Kharkiv | 31,415 |
        | a\\|b | 0.5 |

        """)
  }

  @Test("Markdown: a backslash is escaped before the pipe, so 'a\\b' and 'a\\|b' keep their text")
  func markdownBackslash() throws {
    let table = try Table(columns: [Column(name: "s", data: .string(StringColumn(["back\\slash", "a\\|b"])))])
    #expect(
      ValueRenderer(format: .markdown).render(.table(table))
        == "| s |\n| --- |\n| back\\\\slash |\n| a\\\\\\|b |\n")
  }

  @Test("Markdown of a non-table value is its human form as a paragraph, Markdown's punctuation escaped")
  func markdownEstimate() throws {
    let value = Value.estimate(.exact(521, unit: try unit("day")))
    #expect(ValueRenderer(format: .markdown).render(value) == "521 days\n")
    #expect(ValueRenderer.markdownText("3.13 [2.50 – 4.17]") == "3.13 [2.50 – 4.17]")
    #expect(ValueRenderer.markdownText("*a* [x](y) # 1") == "\\*a\\* \\[x\\](y) # 1")
    #expect(ValueRenderer.markdownText("# title") == "\\# title")
    #expect(ValueRenderer.markdownText("12. point") == "12\\. point")
  }
}
