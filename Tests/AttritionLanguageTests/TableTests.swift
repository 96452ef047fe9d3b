import AttritionLanguage
import AttritionSDK
import Testing

/// Tables in the language: `table(...)`, pipelines, group-by aggregates and column aggregates.
@Suite("Tables and pipelines")
struct TableTests {
  /// Four rows of made-up daily losses, bound to `t`.
  static let losses = """
    let t = table(
      side: ["ru", "ua", "ru", "ua"],
      tank: [10, 4, 30, 6],
      day: [2024-01-01, 2024-01-01, 2024-01-02, 2024-01-02])
    """

  /// The table a program ends with.
  static func table(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Table {
    let value = try Script.value(losses + "\n" + source, sourceLocation: sourceLocation)
    return try #require(value.table, "expected a table, found a \(value.typeName)", sourceLocation: sourceLocation)
  }

  @Test("table(...) builds typed columns from lists, in argument order")
  func construction() throws {
    let table = try Self.table("t")
    #expect(table.columnNames == ["side", "tank", "day"])
    #expect(table.rowCount == 4)
    #expect(table.numbers("tank") == [10, 4, 30, 6])
    #expect(table.cells("day").first?.day == Day(iso: "2024-01-01"))
    #expect(table.cells("side").map { $0.string } == ["ru", "ua", "ru", "ua"])
  }

  @Test("table(...) refuses mixed cells, ragged columns and a column named twice")
  func constructionErrors() {
    #expect(Script.diagnosticID(#"table(a: [1, "x"])"#) == "evaluation.invalid_argument")
    #expect(Script.diagnosticID("table(a: [1], b: [1, 2])") == "evaluation.invalid_argument")
    #expect(Script.diagnosticID("table(a: [1], a: [2])") == "evaluation.duplicate_column")
    #expect(Script.diagnosticID("table(a: 1)") == "evaluation.wrong_type")
  }

  @Test("table(...) with a plain number and km² in one column names the mixed units, not the allowed kinds")
  func mixedUnits() throws {
    let units = try #require(Script.diagnostic("table(x: [1, 5 km²])"))
    #expect(units.id.description == "evaluation.invalid_argument")
    #expect(units.message == "invalid 'x' for 'table': its cells mix units: a plain number and 'km²'")
    let types = try #require(Script.diagnostic(#"table(x: [1, "a"])"#))
    #expect(
      types.message == "invalid 'x' for 'table': its cells mix types: a number and a string; a column holds one type")
    // Units of one dimension still convert to the first cell's.
    #expect(try Script.value("table(x: [5 km², 200 ha])").table?.column(named: "x")?.numbers == [5, 2])
  }

  @Test("select refuses a column named twice, as group does")
  func selectDuplicate() throws {
    let diagnostic = try #require(Script.diagnostic(Self.losses + "\nt | select tank, side, tank"))
    #expect(diagnostic.id.description == "evaluation.duplicate_column")
    #expect(diagnostic.message == "two columns would be named 'tank'")
    #expect(diagnostic.range?.start.column == 24)
  }

  @Test("where keeps the rows whose condition holds; columns are names inside it")
  func filter() throws {
    let table = try Self.table("t | where tank > 5 and side == \"ru\"")
    #expect(table.numbers("tank") == [10, 30])
    let byDay = try Self.table("t | where day >= 2024-01-02")
    #expect(byDay.rowCount == 2)
    let outer = try Self.table("let threshold = 5\nt | where tank < threshold")
    #expect(outer.numbers("tank") == [4])
    #expect(Script.diagnosticID(Self.losses + "\nt | where tank") == "evaluation.not_condition")
  }

  @Test("select keeps and orders columns; sort orders rows, desc reverses; limit keeps the first n")
  func selectSortLimit() throws {
    let table = try Self.table("t | select tank, side | sort tank desc | limit 2")
    #expect(table.columnNames == ["tank", "side"])
    #expect(table.numbers("tank") == [30, 10])
    let ascending = try Self.table("t | sort tank")
    #expect(ascending.numbers("tank") == [4, 6, 10, 30])
    let twoKeys = try Self.table("t | sort side desc, tank")
    #expect(twoKeys.numbers("tank") == [4, 6, 10, 30])
    #expect(try Self.table("t | limit 0").rowCount == 0)
    #expect(try Self.table("t | limit 100").rowCount == 4)
  }

  @Test("a pipeline may span lines, each continuing with '|'")
  func multiline() throws {
    let table = try Self.table(
      """
      t
        | where side == "ua"
        | sort tank desc
        | select tank
      """)
    #expect(table.columnNames == ["tank"])
    #expect(table.numbers("tank") == [6, 4])
  }

  @Test("group … by: sum, mean, min, max and count per key, with default and 'as' names")
  func group() throws {
    let table = try Self.table("t | group sum(tank), mean(tank), min(tank), max(tank), count() by side | sort side")
    #expect(table.columnNames == ["side", "sum_tank", "mean_tank", "min_tank", "max_tank", "count"])
    #expect(table.cells("side").map { $0.string } == ["ru", "ua"])
    #expect(table.numbers("sum_tank") == [40, 10])
    #expect(table.numbers("mean_tank") == [20, 5])
    #expect(table.numbers("min_tank") == [10, 4])
    #expect(table.numbers("max_tank") == [30, 6])
    #expect(table.numbers("count") == [2, 2])
    let aliased = try Self.table("t | group sum(tank) as total by side | sort total desc")
    #expect(aliased.columnNames == ["side", "total"])
    #expect(aliased.numbers("total") == [40, 10])
    let byDay = try Self.table("t | group count() as n by day, side")
    #expect(byDay.rowCount == 4)
  }

  @Test("stages name unknown columns, with a suggestion")
  func unknownColumns() throws {
    let error = try #require(try Script.evaluationError(Self.losses + "\nt | select tanks"))
    #expect(error.diagnostic.id.description == "evaluation.unknown_column")
    #expect(error.notes.contains("did you mean 'tank'?"))
    #expect(Script.diagnosticID(Self.losses + "\nt | sort nope") == "evaluation.unknown_column")
    #expect(Script.diagnosticID(Self.losses + "\nt | group sum(nope) by side") == "evaluation.unknown_column")
    #expect(Script.diagnosticID(Self.losses + "\nt.nope") == "evaluation.unknown_column")
    #expect(Script.diagnosticID("5 | limit 1") == "evaluation.wrong_type")
    #expect(Script.diagnosticID(Self.losses + "\nt | limit -1") == "evaluation.wrong_type")
  }

  @Test("column aggregates: sum, mean, min, max, first, last, count")
  func columnAggregates() throws {
    let values = try Script.values(
      Self.losses + "\nsum(t.tank)\nmean(t.tank)\nmin(t.tank)\nmax(t.tank)\nfirst(t.tank)\nlast(t.tank)\ncount(t)")
    #expect(values.map { $0.estimate?.value } == [50, 12.5, 4, 30, 10, 6, 4])
    #expect(try Script.value(Self.losses + "\nlast(t.day)").day == Day(iso: "2024-01-02"))
    #expect(try Script.value(Self.losses + "\nfirst(t.side)").string == "ru")
    #expect(try Script.estimate(Self.losses + "\ncount(t | where tank > 5)").value == 3)
    #expect(try Script.estimate("sum([1, 2, 3])").value == 6)
    #expect(try Script.estimate("count([1, 2, 3])").value == 3)
    #expect(try Script.estimate("max(2 km, 3 m)").value == 2)
  }

  @Test("aggregates of nothing, or of text, are errors")
  func aggregateErrors() {
    let empty = Self.losses + "\nlet none = t | where tank > 1000\n"
    #expect(Script.diagnosticID(empty + "mean(none.tank)") == "evaluation.empty_aggregate")
    #expect(Script.diagnosticID(empty + "first(none.tank)") == "evaluation.empty_aggregate")
    #expect(Script.diagnosticID(empty + "min(none.tank)") == "evaluation.empty_aggregate")
    #expect(Script.diagnosticID("last([])") == "evaluation.empty_aggregate")
    #expect(Script.diagnosticID(Self.losses + "\nsum(t.side)") == "evaluation.invalid_argument")
    #expect(Script.diagnosticID("sum(5)") == "evaluation.wrong_type")
  }

  @Test("a cited table's sources reach its columns and their aggregates")
  func tableProvenance() throws {
    let source = Self.losses + "\nlet c = cite(t, \"General Staff\")\nsources(sum(c.tank))"
    #expect(try Script.value(source).list?.compactMap(\.string) == ["General Staff"])
    #expect(try Script.value(Self.losses + "\nsources(cite(t, \"GS\"))").list?.compactMap(\.string) == ["GS"])
  }
}
