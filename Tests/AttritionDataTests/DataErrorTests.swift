import AttritionData
import AttritionSDK
import Testing

@Suite("Data errors as diagnostics")
struct DataErrorTests {
  static let at = SourceLocation(line: 2, column: 5, offset: 9)
  static let all: [DataError] = [
    .fileNotFound(path: "a.csv"),
    .isDirectory(path: "dir"),
    .unreadable(path: "a.csv", reason: "permission denied"),
    .invalidUTF8(file: "a.csv", offset: 3, line: 1),
    .unsupportedFormat(path: "a.xlsx", fileExtension: "xlsx"),
    .unsupportedFormat(path: "data", fileExtension: ""),
    .unsupportedDelimiter(file: "a.csv", delimiter: "\""),
    .malformedCSV(file: "a.csv", row: 3, line: 3, problem: .unterminatedQuote),
    .malformedCSV(file: "a.csv", row: 3, line: 4, problem: .raggedRow(expected: 2, found: 3)),
    .malformedCSV(file: "a.csv", row: 3, line: 3, problem: .textAfterQuote(field: 1, found: "x")),
    .malformedJSON(file: "a.json", at: at, expected: "a value", found: "end of file"),
    .notAnArrayOfRecords(file: "a.json", at: at, found: "an object", record: nil),
    .notAnArrayOfRecords(file: "a.json", at: at, found: "a number", record: 2),
    .duplicateKey(file: "a.json", at: at, key: "date", record: 2),
    .typeOverrideFailed(file: "a.csv", row: 4, column: "tank", type: .integer, cell: "x"),
    .unknownColumn(file: "a.csv", column: "tnak", available: ["tank"]),
    .invalidTable(file: "a.csv", reason: "columns differ in length"),
  ]

  @Test("messages name the file, start in lower case or with a quote, and end without a period", arguments: all)
  func messageStyle(_ error: DataError) {
    let message = error.diagnostic.message
    #expect(
      message.contains("'a.csv'") || message.contains("'a.json'") || message.contains("'a.xlsx'")
        || message.contains("'dir'") || message.contains("'data'"))
    let first = message.first ?? " "
    #expect(first == "'" || first.isLowercase)
    #expect(!message.hasSuffix("."))
    #expect(error.diagnostic.severity == .error)
    #expect(error.diagnostic.id.phase == "input")
  }

  @Test("IDs are stable and name the kind of problem")
  func stableIDs() {
    let names = Self.all.map(\.id.name)
    #expect(
      names == [
        "file_not_found", "is_directory", "unreadable", "invalid_utf8", "unsupported_format", "unsupported_format",
        "unsupported_delimiter", "unterminated_quote", "ragged_row", "text_after_quote", "malformed_json",
        "not_records", "not_records", "duplicate_key", "type_override_failed", "unknown_column", "invalid_table",
      ])
  }

  @Test("JSON errors carry their location as the diagnostic's range; CSV errors give the row in the message")
  func ranges() {
    let json = DataError.malformedJSON(file: "a.json", at: Self.at, expected: "a value", found: "'x'")
    #expect(json.diagnostic.range?.start == Self.at)
    #expect(json.description == "malformed JSON in 'a.json' at 2:5: expected a value, found 'x'")
    let csv = DataError.malformedCSV(file: "a.csv", row: 3, line: 3, problem: .unterminatedQuote)
    #expect(csv.diagnostic.range == nil)
    #expect(csv.description.contains("at row 3"))
  }

  @Test("long or multi-line values are shortened and escaped in messages")
  func quotedValues() {
    let cell = String(repeating: "x", count: 100) + "\n"
    let error = DataError.typeOverrideFailed(file: "a.csv", row: 2, column: "a\nb", type: .day, cell: cell)
    #expect(error.description.contains("'a\\nb'"))
    #expect(error.description.contains("x…'"))
  }
}
