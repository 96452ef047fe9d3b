import AttritionData
import AttritionSDK
import Testing

@Suite("CSV reader: type inference and overrides")
struct TypeInferenceTests {
  /// Reads cells as the one column `x` of a CSV file.
  private func column(_ cells: [String], options: CSVOptions = .csv) throws -> Column {
    try CSVReader(options: options).read((["x"] + cells).joined(separator: "\n") + "\n").required("x")
  }

  @Test(
    "a column's type is the narrowest that all its non-empty cells admit",
    arguments: [
      (["1", "-2", "+3", "", "007"], ColumnType.integer),
      (["-9223372036854775808", "9223372036854775807"], .integer),
      (["9223372036854775808"], .number),
      (["1", "2.5"], .number),
      (["1e3", "-.5", "5.", "2E-2"], .number),
      (["NaN", "1"], .number),
      (["nan", "1.5", "NaN"], .number),
      (["2022-02-24", "2024-02-29"], .day),
      (["2022-02-24 00:00:00", "2022-02-25 00:00:00"], .day),
      (["2022-02-24", "2022-02-25 00:00:00"], .day),
      (["2022-02-24 12:00:00"], .string),
      (["2023-02-2"], .string),
      (["true", "false", "True", "FALSE"], .bool),
      (["true", "1"], .string),
      (["abc", "1"], .string),
      (["1,5"], .string),
      (["1.2.3"], .string),
      (["-"], .string),
      (["0x10"], .string),
    ] as [([String], ColumnType)]
  )
  func inference(_ cells: [String], _ expected: ColumnType) throws {
    let quoted = cells.map { $0.contains(",") ? "\"\($0)\"" : $0 }
    #expect(try column(quoted).data.typeName == expected.description)
  }

  @Test("a column without any value is a string column of missing cells")
  func allMissing() throws {
    let table = try CSVReader().read("a,b\n1,\n2,\n")
    #expect(try table.required("b").strings == [nil, nil])
  }

  @Test("integer cells keep their exact value, Int64.min included")
  func integerValues() throws {
    #expect(try column(["-9223372036854775808", "", "+42", " 7 "]).integers == [.min, nil, 42, 7])
  }

  @Test("NaN is stored as a missing cell, never as NaN")
  func nanIsMissing() throws {
    let cells = try #require(try column(["1.5", "NaN", "nan", "1e3"]).doubles)
    #expect(cells == [1.5, nil, nil, 1000])
    #expect(!cells.contains { $0?.isNaN == true })
  }

  @Test(
    "an infinite number, or one past the largest double, is refused with its row and column",
    arguments: ["inf", "-inf", "Infinity", "1e309", "-2E400"])
  func infinitiesAreRefused(_ cell: String) throws {
    #expect(
      throws: DataError.unreadableCell(file: "<input>", place: "row 3, column 'x'", cell: cell, problem: .notFinite)
    ) {
      _ = try column(["1.5", cell])
    }
    // Forced to text, the cell is kept as written.
    #expect(try column(["1.5", cell], options: CSVOptions(types: ["x": .string])).strings == ["1.5", cell])
  }

  @Test(
    "a day of no calendar among days is refused with its row and column, not read as text",
    arguments: ["2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10"])
  func impossibleDaysAreRefused(_ cell: String) throws {
    #expect(
      throws: DataError.unreadableCell(file: "<input>", place: "row 3, column 'x'", cell: cell, problem: .invalidDay)
    ) {
      _ = try column(["2024-01-01", cell])
    }
    #expect(
      try column(["2024-01-01", cell], options: CSVOptions(types: ["x": .string])).strings == ["2024-01-01", cell])
  }

  @Test("days, midnight timestamps and bools are parsed")
  func dayAndBoolValues() throws {
    #expect(try column(["2022-02-24 00:00:00", "", "2024-12-31"]).days == [day("2022-02-24"), nil, day("2024-12-31")])
    #expect(try column(["true", "FALSE", "", "True"]).bools == [true, false, nil, true])
  }

  @Test("the inferred-types fixture gives one type per column")
  func fixtureTypes() throws {
    let table = try TableLoader.load(path: Paths.fixture("inferred-types.csv"))
    let types = table.columns.map(\.data.typeName)
    #expect(types == ["integer", "number", "day", "bool", "string", "day", "string"])
    #expect(try table.required("num").doubles == [1.5, nil, 1e300])
    #expect(try table.required("text").strings == ["alpha", "beta", "alpha"])
  }

  @Test("an override keeps leading zeros as text and widens integers to numbers")
  func overrides() throws {
    let options = CSVOptions(types: ["code": .string, "count": .number])
    let table = try CSVReader(options: options).read("code,count\n007,1\n010,\n")
    #expect(try table.required("code").strings == ["007", "010"])
    #expect(try table.required("count").doubles == [1, nil])
  }

  @Test("an override a cell cannot satisfy names the row, the column and the cell")
  func overrideFails() throws {
    let options = CSVOptions(types: ["tank": .integer])
    let error = try #require(csvError("date,tank\n2024-01-01,5\n2024-01-02,5.5\n", options: options, file: "gs.csv"))
    #expect(error == .typeOverrideFailed(file: "gs.csv", row: 3, column: "tank", type: .integer, cell: "5.5"))
    #expect(error.description == "cannot read '5.5' as integer in column 'tank' of 'gs.csv' at row 3")
    #expect(error.id.description == "input.type_override_failed")
  }

  @Test("without a header, override errors count rows from 1")
  func overrideFailsWithoutHeader() throws {
    let options = CSVOptions(hasHeader: false, types: ["column2": .day])
    let error = try #require(csvError("1,2024-01-01\n2,soon\n", options: options))
    #expect(error == .typeOverrideFailed(file: "test.csv", row: 2, column: "column2", type: .day, cell: "soon"))
  }

  @Test("an override for a column the file lacks is an error listing the columns")
  func overrideUnknownColumn() throws {
    let error = try #require(csvError("date,tank\n2024-01-01,5\n", options: CSVOptions(types: ["tnak": .number])))
    #expect(error == .unknownColumn(file: "test.csv", column: "tnak", available: ["date", "tank"]))
    #expect(error.diagnostic.notes == ["the columns are 'date', 'tank'"])
  }

  @Test("every type can be forced on matching cells", arguments: ColumnType.allCases)
  func everyOverride(_ type: ColumnType) throws {
    let sample =
      switch type {
      case .integer: "12"
      case .number: "12.5"
      case .day: "2024-01-01"
      case .bool: "true"
      case .string: "12"
      }
    let options = CSVOptions(types: ["x": type])
    #expect(try column([sample, ""], options: options).data.typeName == type.description)
  }
}
