import AttritionData
import AttritionSDK
import Testing

@Suite("JSON records reader")
struct JSONRecordsReaderTests {
  @Test("NaN is a missing cell and 1.0 makes a number column")
  func nan() throws {
    let table = try TableLoader.load(path: Paths.fixture("nan-records.json"))
    #expect(table.rowCount == 3)
    #expect(try table.required("tank").integers == [80, 146, 150])
    #expect(try table.required("submarines").doubles == [nil, 1, nil])
    #expect(try table.required("rate").doubles == [1.5, -2, nil])
    #expect(try table.required("date").days == [day("2022-02-25"), day("2022-02-26"), day("2022-02-27")])
  }

  @Test(
    "Infinity, -Infinity and numbers past the largest double are refused with their line and column",
    arguments: ["Infinity", "-Infinity", "1e400", "-1.5E309"])
  func infinitiesAreRefused(_ number: String) throws {
    #expect(throws: DataError.unreadableCell(file: "<input>", place: "1:18", cell: number, problem: .notFinite)) {
      _ = try JSONRecordsReader().read("[{\"a\": 1}, {\"a\": \(number)}]")
    }
  }

  @Test("columns are the union of keys in first-seen order; a lacking key is a missing cell")
  func unionOfKeys() throws {
    let table = try TableLoader.load(path: Paths.fixture("union-of-keys.json"))
    #expect(table.columnNames == ["a", "b", "c", "d"])
    #expect(try table.required("a").integers == [1, nil, 2])
    #expect(try table.required("b").strings == ["x", nil, "y"])
    #expect(try table.required("c").bools == [nil, true, nil])
    #expect(try table.required("d").strings == [nil, nil, "{\"nested\": [1, 2]}"])
  }

  @Test("strings are inferred like CSV text, and mixed kinds make a string column")
  func stringInference() throws {
    let text = #"[{"d": "2024-01-01", "n": "12", "s": "about", "m": 1}, {"d": null, "n": "", "s": "more", "m": "x"}]"#
    let table = try JSONRecordsReader().read(text)
    #expect(try table.required("d").days == [day("2024-01-01"), nil])
    #expect(try table.required("n").integers == [12, nil])
    #expect(try table.required("s").strings == ["about", "more"])
    #expect(try table.required("m").strings == ["1", "x"])
  }

  @Test("escapes and surrogate pairs are decoded")
  func escapes() throws {
    let text = #"[{"s": "caf\u00e9 \"q\" \\ \/ \n\t \ud83d\ude00"}]"#
    let table = try JSONRecordsReader().read(text)
    #expect(try table.required("s").strings == ["café \"q\" \\ / \n\t 😀"])
  }

  @Test(
    "a lone surrogate is refused at its line and column, not replaced",
    arguments: [#"\ud800"#, #"\udc00"#, #"\ud83dx"#])
  func loneSurrogates(_ escape: String) throws {
    let text = "[{\"s\": \"a\(escape)\"}]"
    let cell = String(escape.prefix(6))
    #expect(throws: DataError.unreadableCell(file: "<input>", place: "1:10", cell: cell, problem: .loneSurrogate)) {
      _ = try JSONRecordsReader().read(text)
    }
  }

  @Test("an empty array is a table without columns or rows; empty records give empty rows")
  func emptyInputs() throws {
    #expect(try JSONRecordsReader().read(" [ ] ").columnNames.isEmpty)
    let table = try JSONRecordsReader().read("[{}, {\"a\": 1}, {}]")
    #expect(try table.required("a").integers == [nil, 1, nil])
  }

  @Test("overrides force a type, and a value that does not fit names its record")
  func overrides() throws {
    let text = #"[{"tank": 80.0, "code": 7}, {"tank": 81, "code": 8}]"#
    let table = try JSONRecordsReader(types: ["tank": .integer, "code": .string]).read(text)
    #expect(try table.required("tank").integers == [80, 81])
    #expect(try table.required("code").strings == ["7", "8"])
    let error = jsonError(#"[{"t": 1}, {"t": 1.5}]"#, types: ["t": .integer])
    #expect(error == .typeOverrideFailed(file: "test.json", row: 2, column: "t", type: .integer, cell: "1.5"))
    #expect(jsonError("[]", types: ["t": .integer]) == .unknownColumn(file: "test.json", column: "t", available: []))
  }

  @Test("a missing comma is reported at its line and column")
  func malformedWithLineAndColumn() throws {
    let error = try #require(loadError(Paths.fixture("malformed-missing-comma.json")))
    guard case .malformedJSON(_, let at, let expected, let found) = error else {
      Issue.record("expected malformed JSON, got \(error)")
      return
    }
    #expect((at.line, at.column) == (4, 3))
    #expect(expected == "',' or ']' after a record")
    #expect(found == "'{'")
    #expect(
      error.description.hasSuffix("malformed-missing-comma.json' at 4:3: expected ',' or ']' after a record, found '{'")
    )
    #expect(error.diagnostic.range?.start.line == 4)
  }

  @Test(
    "malformed JSON gives the line:column of the fault",
    arguments: [
      ("[{\"a\": 1,}]", 1, 10),
      ("[{\"a\": 1}", 1, 10),
      ("[{\"a\" 1}]", 1, 7),
      ("[{\"a\": 01}]", 1, 9),
      ("[{\"a\": tru}]", 1, 8),
      ("[{\"a\": \"open}]", 1, 8),
      ("[{\"a\": \"x\ny\"}]", 1, 10),
      ("[{\"a\": \"\\q\"}]", 1, 10),
      ("[{\"a\": 1.}]", 1, 10),
      ("[{\"a\": [1, 2}]", 1, 13),
      ("[{\"a\": 1}] x", 1, 12),
      ("", 1, 1),
      ("[\n  {\"é\": 1} {}", 2, 12),
    ] as [(String, Int, Int)]
  )
  func malformed(_ text: String, _ line: Int, _ column: Int) throws {
    let error = try #require(jsonError(text))
    guard case .malformedJSON(_, let at, _, _) = error else {
      Issue.record("expected malformed JSON, got \(error)")
      return
    }
    #expect((at.line, at.column) == (line, column), "\(error)")
    #expect(error.id.description == "input.malformed_json")
  }

  @Test("JSON that is not an array of objects says what it found")
  func notRecords() throws {
    let error = try #require(loadError(Paths.fixture("not-records.json")))
    guard case .notAnArrayOfRecords(_, let at, let found, let record) = error else {
      Issue.record("expected not-records, got \(error)")
      return
    }
    #expect((at.line, at.column, found, record) == (1, 2, "a number", 1))
    #expect(
      jsonError(#"{"a": 1}"#)
        == .notAnArrayOfRecords(
          file: "test.json", at: SourceLocation(line: 1, column: 1, offset: 0), found: "an object", record: nil))
  }

  @Test("a key repeated within one record is an error")
  func duplicateKey() throws {
    let error = try #require(loadError(Paths.fixture("duplicate-key.json")))
    guard case .duplicateKey(_, let at, let key, let record) = error else {
      Issue.record("expected a duplicate key, got \(error)")
      return
    }
    #expect((at.line, at.column, key, record) == (1, 21, "a", 2))
  }

  @Test("deep nesting is read without recursion: balanced it is text, unbalanced an error")
  func deepNesting() throws {
    let depth = 100_000
    let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let table = try JSONRecordsReader().read("[{\"deep\": \(nested)}]")
    #expect(try table.required("deep").strings?.first??.count == 2 * depth)
    let error = try #require(jsonError("[{\"deep\": " + String(repeating: "[", count: depth)))
    #expect(error.id.description == "input.malformed_json")
  }
}
