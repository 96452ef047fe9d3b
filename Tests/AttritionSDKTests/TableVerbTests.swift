import AttritionSDK
import Testing

/// Table verbs: grouping with aggregates, stable sorting with missing cells last, prefix and errors.
@Suite("Table verbs: group by, sort, prefix and errors")
struct TableVerbTests {
  private static let source = Source(citation: "fixture")

  /// Eight rows; `id` is the row number, so reordered rows can be identified.
  private func fixture() throws -> Table {
    let area = try #require(Unit.named("km²"))
    return try Table(columns: [
      Column(name: "id", data: .integer([0, 1, 2, 3, 4, 5, 6, 7])),
      Column(name: "region", data: .string(StringColumn(["b", "a", "b", nil, "a", "b", "c", "a"]))),
      Column(name: "n", data: .integer([1, 2, nil, 4, 5, 6, nil, 8])),
      Column(
        name: "area", data: .number([1.5, nil, 2.5, 4, .nan, 3, 7, 0.5], unit: area),
        provenance: Provenance(sources: [Self.source])),
      Column(
        name: "est",
        data: .estimate([.range(1, 3), .exact(2), .atLeast(1), nil, .upTo(4), .exact(10), nil, .range(0, 2)])),
    ])
  }

  private func spec(_ function: AggregateFunction, _ column: String?) -> AggregateSpec {
    AggregateSpec(function: function, column: column, outputName: "\(function.rawValue)_\(column ?? "rows")")
  }

  private func ids(_ table: Table) throws -> [Int64?] {
    try integers(table, "id")
  }

  private func column(_ table: Table, _ name: String) throws -> Column {
    try #require(table.column(named: name), "no column \(name) in \(table.columnNames)")
  }

  private func integers(_ table: Table, _ name: String) throws -> [Int64?] {
    let column = try column(table, name)
    guard case .integer(let cells) = column.data else { throw TypeMismatch(column: name, found: column.data.typeName) }
    return cells
  }

  private func doubles(_ table: Table, _ name: String) throws -> [Double?] {
    let column = try column(table, name)
    guard case .number(let cells, _) = column.data else {
      throw TypeMismatch(column: name, found: column.data.typeName)
    }
    return cells
  }

  private func strings(_ table: Table, _ name: String) throws -> [String?] {
    let column = try column(table, name)
    guard case .string(let cells) = column.data else { throw TypeMismatch(column: name, found: column.data.typeName) }
    return (0..<cells.codes.count).map { cells[$0] }
  }

  private func estimates(_ table: Table, _ name: String) throws -> [Estimate?] {
    let column = try column(table, name)
    guard case .estimate(let cells) = column.data else { throw TypeMismatch(column: name, found: column.data.typeName) }
    return cells
  }

  /// A column of another type than the test expects.
  struct TypeMismatch: Error {
    var column: String
    var found: String
  }

  // MARK: - Grouping

  @Test("group keys come out ascending, a missing key last, with a row count per group")
  func groupKeysAndCounts() throws {
    let grouped = try fixture().grouped(by: ["region"], aggregates: [spec(.count, nil)])
    #expect(grouped.columnNames == ["region", "count_rows"])
    #expect(try strings(grouped, "region") == ["a", "b", "c", nil])
    #expect(try integers(grouped, "count_rows") == [3, 3, 1, 1])
  }

  @Test("integer column: sum, min, max stay integers, mean is a number, missing cells skipped")
  func groupIntegerColumn() throws {
    let functions: [AggregateFunction] = [.sum, .mean, .min, .max, .count]
    let grouped = try fixture().grouped(by: ["region"], aggregates: functions.map { spec($0, "n") })
    #expect(try integers(grouped, "sum_n") == [15, 7, 0, 4])
    #expect(try doubles(grouped, "mean_n") == [5, 3.5, nil, 4])
    #expect(try integers(grouped, "min_n") == [2, 1, nil, 4])
    #expect(try integers(grouped, "max_n") == [8, 6, nil, 4])
    #expect(try integers(grouped, "count_n") == [3, 2, 0, 1])
  }

  @Test("number column: aggregates keep the unit and sources; NaN and nil are both missing")
  func groupNumberColumn() throws {
    let functions: [AggregateFunction] = [.sum, .mean, .min, .max, .count]
    let grouped = try fixture().grouped(by: ["region"], aggregates: functions.map { spec($0, "area") })
    #expect(try doubles(grouped, "sum_area") == [0.5, 7, 7, 4])
    let sum = try column(grouped, "sum_area")
    #expect(sum.unit == Unit.named("km²"))
    #expect(sum.provenance.sources == [Self.source])
    let mean = try doubles(grouped, "mean_area")
    #expect(mean[0] == 0.5)
    #expect(abs((mean[1] ?? 0) - 7.0 / 3) < 1e-12)
    #expect(try doubles(grouped, "min_area") == [0.5, 1.5, 7, 4])
    #expect(try doubles(grouped, "max_area") == [0.5, 3, 7, 4])
    #expect(try integers(grouped, "count_area") == [1, 3, 1, 1])
  }

  @Test("estimate column: bounds combine by interval arithmetic, unknown bounds stay unknown")
  func groupEstimateColumn() throws {
    let functions: [AggregateFunction] = [.sum, .mean, .min, .max, .count]
    let grouped = try fixture().grouped(by: ["region"], aggregates: functions.map { spec($0, "est") })
    let sums = try estimates(grouped, "sum_est")
    // a: exact 2 + up to 4 + 0..2; b: 1..3 + at least 1 + exact 10; c: nothing; missing key: nothing.
    #expect(sums[0].map { [$0.value, $0.low, $0.high] } == [7, nil, 8])
    #expect(sums[1].map { [$0.value, $0.low, $0.high] } == [13, 12, nil])
    #expect(sums[2]?.value == 0)
    let means = try estimates(grouped, "mean_est")
    #expect(means[0]?.low == nil)
    #expect(abs((means[0]?.high ?? 0) - 8.0 / 3) < 1e-12)
    #expect(means[2] == nil)
    let minimums = try estimates(grouped, "min_est")
    #expect(minimums[0].map { [$0.value, $0.low, $0.high] } == [1, nil, 2])
    let maximums = try estimates(grouped, "max_est")
    #expect(maximums[0].map { [$0.value, $0.low, $0.high] } == [4, 2, 4])
    #expect(maximums[1].map { [$0.value, $0.low, $0.high] } == [10, 10, nil])
    #expect(try integers(grouped, "count_est") == [3, 3, 0, 0])
  }

  @Test("grouping by two keys, integer keys in numeric order (9 before 10)")
  func groupByTwoKeys() throws {
    let table = try Table(columns: [
      Column(name: "year", data: .integer([10, 9, 10, 9, 10])),
      Column(name: "side", data: .string(StringColumn(["ru", "ua", "ua", "ua", "ru"]))),
      Column(name: "tanks", data: .integer([3, 4, 5, 6, 7])),
    ])
    let grouped = try table.grouped(by: ["year", "side"], aggregates: [spec(.sum, "tanks")])
    #expect(try integers(grouped, "year") == [9, 10, 10])
    #expect(try strings(grouped, "side") == ["ua", "ru", "ua"])
    #expect(try integers(grouped, "sum_tanks") == [10, 10, 5])
  }

  @Test("grouping by no key gives one row over the whole table")
  func groupByNothing() throws {
    let grouped = try fixture().grouped(by: [], aggregates: [spec(.sum, "n"), spec(.count, nil)])
    #expect(grouped.rowCount == 1)
    #expect(try integers(grouped, "sum_n") == [26])
    #expect(try integers(grouped, "count_rows") == [8])
  }

  @Test("integer min and max return a cell exactly, even past 2^53")
  func integerExtremesAreExact() throws {
    let big: Int64 = 9_007_199_254_740_993
    let table = try Table(columns: [
      Column(name: "k", data: .bool([true, true, true])), Column(name: "n", data: .integer([big, 1, big - 2])),
    ])
    let grouped = try table.grouped(by: ["k"], aggregates: [spec(.max, "n"), spec(.min, "n")])
    #expect(try integers(grouped, "max_n") == [big])
    #expect(try integers(grouped, "min_n") == [1])
  }

  @Test("an integer sum past Int64's range does not trap")
  func integerSumOverflow() throws {
    let table = try Table(columns: [
      Column(name: "k", data: .bool([true, true])), Column(name: "n", data: .integer([Int64.max, Int64.max])),
    ])
    let grouped = try table.grouped(by: ["k"], aggregates: [spec(.sum, "n")])
    let sum = try #require(try column(grouped, "sum_n").numbers?.first ?? nil)
    #expect(sum > 1.8e19)
  }

  @Test("Column.aggregate directly: count on strings, nil for non-numeric sums, estimates of mixed units")
  func columnAggregate() throws {
    let strings = Column(name: "s", data: .string(StringColumn(["x", nil, "y"])))
    #expect(strings.aggregate(.count, rows: 0..<3)?.value == 2)
    #expect(strings.aggregate(.sum, rows: 0..<3) == nil)
    let numbers = Column(name: "x", data: .number([nil, .nan], unit: .none))
    #expect(numbers.aggregate(.sum, rows: 0..<2)?.value == 0)
    #expect(numbers.aggregate(.mean, rows: 0..<2) == nil)
    let km = try #require(Unit.named("km"))
    let metres = try #require(Unit.named("m"))
    let lengths = Column(name: "d", data: .estimate([.exact(1, unit: km), .exact(500, unit: metres)]))
    #expect(lengths.aggregate(.sum, rows: 0..<2) == .exact(1.5, unit: km))
    let day = try #require(Unit.named("day"))
    let mixed = Column(name: "d", data: .estimate([.exact(1, unit: km), .exact(2, unit: day)]))
    #expect(mixed.aggregate(.sum, rows: 0..<2) == nil)
  }

  @Test("an unknown key or aggregate column throws unknownColumn with the names available")
  func groupingUnknownColumns() throws {
    let table = try fixture()
    let names = table.columnNames
    #expect(throws: TableError.unknownColumn("nope", available: names)) {
      try table.grouped(by: ["nope"], aggregates: [])
    }
    #expect(throws: TableError.unknownColumn("nope", available: names)) {
      try table.grouped(by: ["region"], aggregates: [spec(.sum, "nope")])
    }
  }

  // MARK: - Sorting

  @Test(
    "sorting is stable and puts missing cells last in both directions",
    arguments: [
      ("n", false, [0, 1, 3, 4, 5, 7, 2, 6]), ("n", true, [7, 5, 4, 3, 1, 0, 2, 6]),
      ("region", false, [1, 4, 7, 0, 2, 5, 6, 3]), ("region", true, [6, 0, 2, 5, 1, 4, 7, 3]),
      ("area", false, [7, 0, 2, 5, 3, 6, 1, 4]), ("area", true, [6, 3, 5, 2, 0, 7, 1, 4]),
      ("est", false, [2, 7, 0, 1, 4, 5, 3, 6]), ("est", true, [5, 4, 0, 1, 2, 7, 3, 6]),
    ] as [(String, Bool, [Int64])])
  func sortOneKey(_ key: String, _ descending: Bool, _ expected: [Int64]) throws {
    let sorted = try fixture().sorted(by: [(key, descending)])
    #expect(try ids(sorted) == expected)
  }

  @Test("sorting by two keys: region ascending, then n descending with missing n last inside a region")
  func sortTwoKeys() throws {
    let sorted = try fixture().sorted(by: [("region", false), ("n", true)])
    #expect(try ids(sorted) == [7, 4, 1, 5, 0, 2, 6, 3])
  }

  @Test("sorting ties keep the original order")
  func sortTies() throws {
    let table = try Table(columns: [
      Column(name: "id", data: .integer([0, 1, 2, 3, 4, 5])),
      Column(name: "k", data: .bool([true, false, true, nil, false, true])),
    ])
    #expect(try ids(table.sorted(by: [("k", false)])) == [1, 4, 0, 2, 5, 3])
    #expect(try ids(table.sorted(by: [("k", true)])) == [0, 2, 5, 1, 4, 3])
  }

  @Test("days sort chronologically")
  func sortDays() throws {
    let days = ["2025-06-04", "2022-02-24", "2024-01-01"].map { Day(iso: $0) }
    let table = try Table(columns: [
      Column(name: "id", data: .integer([0, 1, 2, 3])), Column(name: "date", data: .day(days + [nil])),
    ])
    #expect(try ids(table.sorted(by: [("date", false)])) == [1, 2, 0, 3])
    #expect(try ids(table.sorted(by: [("date", true)])) == [0, 2, 1, 3])
  }

  @Test("sorting by an unknown column throws")
  func sortUnknownColumn() throws {
    let table = try fixture()
    #expect(throws: TableError.unknownColumn("nope", available: table.columnNames)) {
      try table.sorted(by: [("region", false), ("nope", true)])
    }
  }

  // MARK: - Prefix, selection and construction

  @Test("prefix takes the first rows, clamped to 0…rowCount", arguments: [(3, 3), (0, 0), (-1, 0), (8, 8), (100, 8)])
  func prefix(_ count: Int, _ expected: Int) throws {
    let table = try fixture()
    let head = table.prefix(count)
    #expect(head.rowCount == expected)
    #expect(head.columnNames == table.columnNames)
    #expect(try ids(head) == (0..<Int64(expected)).map { $0 })
  }

  @Test("selecting keeps the order given and rejects unknown names")
  func selecting() throws {
    let table = try fixture()
    #expect(try table.selecting(["n", "id"]).columnNames == ["n", "id"])
    #expect(throws: TableError.unknownColumn("nope", available: table.columnNames)) {
      try table.selecting(["id", "nope"])
    }
  }

  @Test("columns of different lengths or with one name twice are rejected")
  func constructionErrors() {
    #expect(throws: TableError.columnLengthMismatch(column: "b", expected: 2, found: 1)) {
      try Table(columns: [Column(name: "a", data: .integer([1, 2])), Column(name: "b", data: .integer([1]))])
    }
    #expect(throws: TableError.duplicateColumn("a")) {
      try Table(columns: [Column(name: "a", data: .integer([1])), Column(name: "a", data: .bool([true]))])
    }
  }
}
