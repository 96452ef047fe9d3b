import AttritionSDK
import Testing

/// Grouping through ``GroupAccumulator`` (whole tables and block by block) and joins, against
/// results computed by hand.
@Suite("Group accumulator and join")
struct GroupAndJoinTests {
  /// key: a, b, a, –, b; n: 1, 2, 3, 4, –; x: 1.5, –, 2.5, 1, 4; day: 1st … 5th of January 2024.
  static func sample() throws -> Table {
    try Table(columns: [
      Column(name: "key", data: .string(StringColumn(["a", "b", "a", nil, "b"]))),
      Column(name: "n", data: .integer([1, 2, 3, 4, nil])),
      Column(name: "x", data: .number([1.5, nil, 2.5, 1, 4], unit: .none)),
      Column(name: "day", data: .day((1...5).map { Day(year: 2024, month: 1, day: $0) })),
    ])
  }

  static func spec(_ function: AggregateFunction, _ column: String?, _ name: String) -> AggregateSpec {
    AggregateSpec(function: function, column: column, outputName: name)
  }

  @Test("sum, mean, min, max and count per key equal the hand-computed values; missing key last")
  func handComputed() throws {
    let grouped = try Self.sample().grouped(
      by: ["key"],
      aggregates: [
        Self.spec(.sum, "n", "sum_n"), Self.spec(.mean, "x", "mean_x"), Self.spec(.min, "x", "min_x"),
        Self.spec(.max, "n", "max_n"), Self.spec(.count, nil, "rows"), Self.spec(.count, "n", "count_n"),
        Self.spec(.min, "day", "first_day"),
      ])
    guard case .string(let keys) = try #require(grouped.column(named: "key")).data else {
      Issue.record("key is not text")
      return
    }
    #expect((0..<3).map { keys[$0] } == ["a", "b", nil])
    guard case .integer(let sums) = try #require(grouped.column(named: "sum_n")).data,
      case .number(let means, _) = try #require(grouped.column(named: "mean_x")).data,
      case .number(let minima, _) = try #require(grouped.column(named: "min_x")).data,
      case .integer(let maxima) = try #require(grouped.column(named: "max_n")).data,
      case .integer(let rows) = try #require(grouped.column(named: "rows")).data,
      case .integer(let counts) = try #require(grouped.column(named: "count_n")).data,
      case .day(let firstDays) = try #require(grouped.column(named: "first_day")).data
    else {
      Issue.record("unexpected column types: \(grouped.columns.map(\.data.typeName))")
      return
    }
    #expect(sums == [4, 2, 4])
    #expect(means == [2, 4, 1])
    #expect(minima == [1.5, 4, 1])
    #expect(maxima == [3, 2, 4])
    #expect(rows == [2, 2, 1])
    #expect(counts == [2, 1, 1])
    #expect(
      firstDays == [
        Day(year: 2024, month: 1, day: 1), Day(year: 2024, month: 1, day: 2), Day(year: 2024, month: 1, day: 4),
      ])
  }

  @Test("adding a table block by block, with different string dictionaries, gives the whole table's groups")
  func blocksEqualWhole() throws {
    let whole = try Self.sample()
    let first = whole.gathering([0, 1, 2])
    // The second block has its own dictionary, in another order.
    let second = try Table(columns: [
      Column(name: "key", data: .string(StringColumn([nil, "b"]))),
      Column(name: "n", data: .integer([4, nil])),
      Column(name: "x", data: .number([1, 4], unit: .none)),
      Column(name: "day", data: .day([Day(year: 2024, month: 1, day: 4), Day(year: 2024, month: 1, day: 5)])),
    ])
    let specs = [Self.spec(.sum, "n", "s"), Self.spec(.mean, "x", "m"), Self.spec(.count, nil, "c")]
    var accumulator = GroupAccumulator(keys: ["key"], aggregates: specs)
    try accumulator.add(first)
    try accumulator.add(second)
    let streamed = try accumulator.result()
    let direct = try whole.grouped(by: ["key"], aggregates: specs)
    #expect(streamed.rowCount == 3)
    for row in 0..<3 {
      for column in direct.columnNames {
        #expect(
          "\(try #require(streamed.column(named: column)).value(at: row))"
            == "\(try #require(direct.column(named: column)).value(at: row))")
      }
    }
  }

  @Test("two keys, a day and a string: one row per pair, in key order")
  func twoKeys() throws {
    let table = try Table(columns: [
      Column(
        name: "day",
        data: .day([
          Day(year: 2024, month: 1, day: 2), Day(year: 2024, month: 1, day: 1), Day(year: 2024, month: 1, day: 2),
        ])),
      Column(name: "cat", data: .string(StringColumn(["tank", "tank", "tank"]))),
      Column(name: "n", data: .integer([5, 7, 1])),
    ])
    let grouped = try table.grouped(by: ["day", "cat"], aggregates: [Self.spec(.sum, "n", "total")])
    guard case .integer(let totals) = try #require(grouped.column(named: "total")).data else { return }
    #expect(grouped.rowCount == 2)
    #expect(totals == [7, 6])
  }

  @Test("an integer sum past Int64 becomes a number column instead of trapping")
  func overflow() throws {
    let table = try Table(columns: [Column(name: "n", data: .integer([.max, 1]))])
    let grouped = try table.grouped(by: [], aggregates: [Self.spec(.sum, "n", "s")])
    guard case .number(let sums, _) = try #require(grouped.column(named: "s")).data else {
      Issue.record("expected a number column")
      return
    }
    #expect(sums == [Double(Int64.max) + 1])
  }

  static func left() throws -> Table {
    try Table(columns: [
      Column(name: "id", data: .integer([1, 2, 3, nil])),
      Column(name: "v", data: .string(StringColumn(["a", "b", "c", "d"]))),
    ])
  }

  static func right() throws -> Table {
    try Table(columns: [
      Column(name: "id", data: .integer([2, 1, 2, nil])),
      Column(name: "v", data: .string(StringColumn(["x", "y", "z", "w"]))),
    ])
  }

  @Test("an inner join pairs each row with every match, in left order then right order")
  func innerJoin() throws {
    let joined = try Self.left().joined(with: Self.right(), on: ["id"])
    #expect(joined.columnNames == ["id", "v", "v_2"])
    guard case .integer(let ids) = joined.columns[0].data, case .string(let mine) = joined.columns[1].data,
      case .string(let theirs) = joined.columns[2].data
    else { return }
    #expect(ids == [1, 2, 2])
    #expect((0..<3).map { mine[$0] } == ["a", "b", "b"])
    #expect((0..<3).map { theirs[$0] } == ["y", "x", "z"])
  }

  @Test("a left join keeps unmatched rows once with missing cells; missing keys match nothing")
  func leftJoin() throws {
    let joined = try Self.left().joined(with: Self.right(), on: ["id"], keepingUnmatched: true)
    guard case .string(let theirs) = joined.columns[2].data, case .integer(let ids) = joined.columns[0].data else {
      return
    }
    #expect(ids == [1, 2, 2, 3, nil])
    #expect((0..<5).map { theirs[$0] } == ["y", "x", "z", nil, nil])
  }

  @Test("a join key one table lacks is an unknown column")
  func joinUnknownKey() throws {
    #expect(throws: TableError.unknownColumn("nope", available: ["id", "v"])) {
      try Self.left().joined(with: Self.right(), on: ["nope"])
    }
  }
}
