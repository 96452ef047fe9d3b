import AttritionLanguage
import AttritionSDK
import Testing

/// derive, join, month/year/round and rolling_mean in the language, against hand-computed results.
@Suite("Data verbs in the language")
struct DataVerbTests {
  static let losses = """
    let t = table(
      side: ["ru", "ua", "ru", "ua", "ru"],
      tank: [10, 4, 30, 6, 1],
      date: [2024-01-31, 2024-01-31, 2024-02-01, 2024-02-02, 2024-03-01])
    """

  static func table(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Table {
    let value = try Script.value(losses + "\n" + source, sourceLocation: sourceLocation)
    return try #require(value.table, "expected a table, found a \(value.typeName)", sourceLocation: sourceLocation)
  }

  static func texts(_ table: Table, _ column: String) -> [String] {
    guard let column = table.column(named: column) else { return [] }
    return (0..<table.rowCount).map { row in
      if case .string(let text) = column.value(at: row) { return text }
      return "\(column.value(at: row))"
    }
  }

  @Test("derive adds a computed column; month(date) is 'YYYY-MM' text, year(date) a number")
  func deriveMonth() throws {
    let table = try Self.table(#"t | derive month = month(date), y = year(date), double = tank * 2"#)
    #expect(table.columnNames == ["side", "tank", "date", "month", "y", "double"])
    #expect(Self.texts(table, "month") == ["2024-01", "2024-01", "2024-02", "2024-02", "2024-03"])
    #expect(table.numbers("y") == [2024, 2024, 2024, 2024, 2024])
    #expect(table.numbers("double") == [20, 8, 60, 12, 2])
  }

  @Test("monthly totals per side: derive then group, equal to the sums by hand")
  func monthlyTotals() throws {
    let table = try Self.table(
      #"t | where side == "ru" | derive month = month(date) | group sum(tank) as total by month"#)
    #expect(Self.texts(table, "month") == ["2024-01", "2024-02", "2024-03"])
    #expect(table.numbers("total") == [10, 30, 1])
  }

  @Test("a vectorised where keeps the rows that row-by-row evaluation keeps")
  func vectorisedWhereAgrees() throws {
    for condition in [
      #"side == "ru""#, #"side != "ru""#, "tank > 5", "tank <= 6", "date >= 2024-02-01", "6 < tank",
      #"side == "ru" and date < 2024-03-01"#, #"side == "zz" or tank == 4"#,
    ] {
      // `or false` makes the condition one the evaluator can only run row by row.
      let fast = try Self.table("t | where \(condition)")
      let slow = try Self.table("t | where (\(condition)) or false")
      #expect(fast.numbers("tank") == slow.numbers("tank"), "\(condition)")
    }
  }

  @Test("join pairs rows on keys; join left keeps unmatched rows")
  func join() throws {
    let names = #"let names = table(side: ["ru", "ua"], name: ["Russia", "Ukraine"])"#
    let inner = try Self.table(names + "\n" + #"t | join names on side | select name, tank"#)
    #expect(Self.texts(inner, "name") == ["Russia", "Ukraine", "Russia", "Ukraine", "Russia"])
    let only = #"let only = table(side: ["ua"], name: ["Ukraine"])"#
    let left = try Self.table(only + "\n" + "t | join left only on side")
    #expect(left.rowCount == 5)
    #expect(Self.texts(left, "name").filter { $0 == "Ukraine" }.count == 2)
    #expect(Script.diagnosticID(Self.losses + "\n" + only + "\nt | join only on nope") == "evaluation.unknown_column")
    #expect(Script.diagnosticID(Self.losses + "\nt | join \"names\" on side") == "evaluation.wrong_type")
  }

  @Test("join on keys of different types is an error naming both columns and their types, not zero rows")
  func joinKeyTypes() throws {
    let text = #"let codes = table(tank: ["10", "4"], name: ["ten", "four"])"#
    let diagnostic = try #require(Script.diagnostic(Self.losses + "\n" + text + "\nt | join codes on tank"))
    #expect(diagnostic.id.description == "evaluation.incompatible_operands")
    #expect(
      diagnostic.message
        == "cannot join on 'tank' of the left table (number) and 'tank' of the right table (string)")
    let days = "let d = table(date: [2024-01-31], n: [1])"
    #expect(Script.diagnosticID(Self.losses + "\n" + days + "\nd | join t on date") == nil)
  }

  @Test("round to decimals, halves away from zero, bounds too")
  func rounding() throws {
    #expect(try Script.estimate("round(2.3456, 2)").value == 2.35)
    #expect(try Script.estimate("round(-2.5)").value == -3)
    let range = try Script.estimate("round(1.04..2.06, 1)")
    #expect(range.low == 1.0)
    #expect(range.high == 2.1)
  }

  @Test("rolling_mean: dense calendar, missing days count 0, short windows at the start, per group")
  func rollingMean() throws {
    let table = try Self.table(#"rolling_mean(t, "tank", 2, by: "side", as: "avg")"#)
    // 2024-01-31 .. 2024-03-01 is 31 days; two sides.
    #expect(table.rowCount == 62)
    #expect(table.columnNames == ["side", "date", "tank", "avg"])
    let avg = table.numbers("avg")
    // ru: day 0 = 10 → 10; day 1 = 30 → (10+30)/2 = 20; day 2 = 0 → 15; day 30 = 1 → 0.5.
    #expect(Array(avg.prefix(3)) == [10, 20, 15])
    #expect(avg[30] == 0.5)
    // ua: day 0 = 4 → 4; day 1 = 0 → 2; day 2 = 6 → 3.
    #expect(Array(avg[31..<34]) == [4, 2, 3])
  }

  @Test("bad uses of the new stages and functions are diagnostics")
  func errors() {
    #expect(Script.diagnosticID(Self.losses + "\nt | derive x = nope") == "evaluation.unknown_name")
    #expect(Script.diagnosticID("month(3)") == "evaluation.wrong_type")
    #expect(Script.diagnosticID(Self.losses + #"\#nrolling_mean(t, "side", 2)"#) == "evaluation.invalid_argument")
    #expect(Script.diagnosticID(Self.losses + #"\#nrolling_mean(t, "tank", 0)"#) == "evaluation.invalid_argument")
  }

  @Test(
    "an aggregate its column cannot give is an error at the aggregate, not a column of blanks",
    arguments: [
      #"t | derive s = side | group sum(s) by side"#, #"t | derive s = side | group mean(s) by side"#,
      #"t | group sum(date) by side"#, #"t | derive b = tank > 5 | group max(b) by side"#,
    ])
  func aggregateOfWrongType(source: String) throws {
    let error = try #require(try Script.evaluationError(Self.losses + "\n" + source))
    #expect(error.diagnostic.id.description == "evaluation.wrong_type")
    #expect(error.diagnostic.message.contains("expects a column of numbers"), "\(error.diagnostic.message)")
    #expect(error.range.start.line == 5, "at the aggregate, on the pipeline's line")
  }

  @Test("count takes any column; min and max take days")
  func aggregatesThatFit() throws {
    let table = try Self.table(#"t | group count(side) as n, min(date) as first, max(date) as last by side"#)
    #expect(table.numbers("n") == [3, 2])
    #expect(Self.texts(table, "first") == ["day(2024-01-31)", "day(2024-01-31)"])
    #expect(Self.texts(table, "last") == ["day(2024-03-01)", "day(2024-02-02)"])
  }

  @Test("a join that would multiply past the row limit is refused before it is built; one within it is made")
  func joinRowLimit() throws {
    let evaluator = Evaluator()
    evaluator.joinRowLimit = 10
    let setup = """
      let a = table(k: [1, 1, 1, 2], x: [1, 2, 3, 4])
      let b = table(k: [1, 1, 1, 3], y: [5, 6, 7, 8])
      """
    _ = try Script.values(setup, evaluator: evaluator)
    // Key 1: 3 × 3 = 9 rows, within 10; with the unmatched left row of key 2, 10.
    let inner = try #require(try Script.values("a | join b on k", evaluator: evaluator).last?.table)
    #expect(inner.rowCount == 9)
    let left = try #require(try Script.values("a | join left b on k", evaluator: evaluator).last?.table)
    #expect(left.rowCount == 10)
    let error = try #require(
      try Script.evaluationError("a | join (b | derive k = 1) on k", evaluator: evaluator))
    #expect(error.diagnostic.id.description == "evaluation.too_large")
    #expect(error.diagnostic.message == "the join would be 12 rows, more than the limit of 10 rows")
  }
}
