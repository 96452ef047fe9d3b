import AttritionData
import AttritionSDK
import Foundation
import Testing

@Suite("Table loader")
struct TableLoaderTests {
  @Test("a CSV fixture with quotes, CRLF and a BOM loads with its file name and path as source")
  func loadsCSVFixture() throws {
    let path = Paths.fixture("quoted-fields-crlf-bom.csv")
    let table = try TableLoader.load(path: path)
    #expect(table.summary == "quoted-fields-crlf-bom.csv")
    #expect(table.provenance.sources.map(\.citation) == [path])
    #expect(table.columns.allSatisfy { $0.provenance.sources.map(\.citation) == [path] })
    #expect(table.columnNames == ["city", "note", "count"])
    #expect(try table.required("city").strings == ["Kyiv, city", "Kharkiv\nregion", "Sumy"])
    #expect(try table.required("note").strings == ["said \"hold\"", nil, nil])
    #expect(try table.required("count").integers == [3, nil, 12])
  }

  @Test("a .tsv file is read with a tab delimiter")
  func loadsTSV() throws {
    let table = try TableLoader.load(path: Paths.fixture("tab-separated.tsv"))
    #expect(table.columnNames == ["day", "area km2", "note"])
    #expect(try table.required("area km2").doubles == [12.5, 13])
    #expect(try table.required("note").strings == ["has, comma", nil])
  }

  @Test("overrides pass through to the reader")
  func loadsWithOverrides() throws {
    let table = try TableLoader.load(path: Paths.fixture("tab-separated.tsv"), types: ["area km2": .string])
    #expect(try table.required("area km2").strings == ["12.5", "13"])
  }

  @Test("CSV fixtures that provoke errors name the file and the row")
  func csvFixtureErrors() throws {
    let ragged = Paths.fixture("ragged-row.csv")
    #expect(
      loadError(ragged) == .malformedCSV(file: ragged, row: 3, line: 3, problem: .raggedRow(expected: 3, found: 2)))
    let unterminated = Paths.fixture("unterminated-quote.csv")
    #expect(loadError(unterminated) == .malformedCSV(file: unterminated, row: 3, line: 3, problem: .unterminatedQuote))
    let afterQuote = Paths.fixture("text-after-quote.csv")
    #expect(
      loadError(afterQuote)
        == .malformedCSV(file: afterQuote, row: 2, line: 2, problem: .textAfterQuote(field: 1, found: "x")))
  }

  @Test("invalid UTF-8 names the byte offset")
  func invalidUTF8() throws {
    let path = Paths.fixture("invalid-utf8.csv")
    let error = try #require(loadError(path))
    #expect(error == .invalidUTF8(file: path, offset: 19, line: 3))
    #expect(error.description.hasSuffix("invalid-utf8.csv' is not valid UTF-8 at byte offset 19 (line 3)"))
  }

  @Test("a missing file, a directory and an unknown extension are clear errors")
  func fileErrors() throws {
    let missing = Paths.fixture("no-such-file.csv")
    #expect(loadError(missing) == .fileNotFound(path: missing))
    #expect(loadError(missing)?.description == "no such file '\(missing)'")
    #expect(loadError(Paths.fixtures) == .isDirectory(path: Paths.fixtures))
    let spreadsheet = Paths.fixture("unsupported-format.xlsx")
    #expect(loadError(spreadsheet) == .unsupportedFormat(path: spreadsheet, fileExtension: "xlsx"))
    #expect(loadError(spreadsheet)?.id.description == "input.unsupported_format")
    let bare = Paths.root + "/Package.swift"
    #expect(loadError(bare) == .unsupportedFormat(path: bare, fileExtension: "swift"))
    #expect(
      loadError(Paths.root + "/.gitignore") == .unsupportedFormat(path: Paths.root + "/.gitignore", fileExtension: ""))
  }

  @Test(
    "the format follows the extension, in any letter case",
    arguments: [
      ("a/b.csv", TableLoader.Format.csv), ("B.TSV", .tsv), ("x.Json", .json), ("dir.json/", .json),
      ("a.jsonl", .jsonl), ("b.NDJSON", .jsonl),
      ("data", nil), (".csv", nil), ("a.csv.gz", nil),
    ] as [(String, TableLoader.Format?)]
  )
  func formats(_ path: String, _ format: TableLoader.Format?) {
    #expect(TableLoader.format(ofPath: path) == format)
  }

  @Test("a device or a pipe is refused before it is read: /dev/zero never ends, a pipe may never open")
  func refusesDevicesAndPipes() throws {
    let reason = "it is not a regular file but a device, a pipe or a socket; save what it gives to a file and load that"
    for path in ["/dev/null", "/dev/zero", "/dev/urandom"] {
      #expect(loadError(path) == .unreadable(path: path, reason: reason))
    }
    // A pipe without a writer, named as each kind of file: the CSV reader and the JSON readers open
    // files in one place, which must not wait for a writer.
    for name in ["csv", "json", "geojson"] {
      let fifo = NSTemporaryDirectory() + "attrition-fifo-\(UUID().uuidString).\(name)"
      #expect(mkfifo(fifo, 0o600) == 0)
      defer { unlink(fifo) }
      #expect(loadError(fifo) == .unreadable(path: fifo, reason: reason))
    }
  }
}
