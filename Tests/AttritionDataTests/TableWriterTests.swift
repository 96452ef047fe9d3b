import Foundation
import Testing

@testable import AttritionData
@testable import AttritionSDK

/// Writers: CSV, TSV, JSON lines and Markdown text, atomic files, and CSV → table → CSV round trips.
@Suite("Table writers")
struct TableWriterTests {
  static func sample() throws -> Table {
    try Table(columns: [
      Column(name: "name", data: .string(StringColumn(["T-72B3, with ERA", "say \"hi\"", nil]))),
      Column(name: "n", data: .integer([1, nil, -3])),
      Column(name: "x", data: .number([13, 0.1, nil], unit: .none)),
      Column(name: "day", data: .day([Day(year: 2024, month: 2, day: 29), nil, Day(year: 2022, month: 2, day: 24)])),
      Column(name: "ok", data: .bool([true, false, nil])),
    ])
  }

  @Test("CSV quotes what must be quoted and writes number columns as doubles")
  func csv() throws {
    #expect(
      TableWriter.text(try Self.sample(), format: .csv) == #"""
        name,n,x,day,ok
        "T-72B3, with ERA",1,13.0,2024-02-29,true
        "say ""hi""",,0.1,,false
        ,-3,,2022-02-24,

        """#)
  }

  @Test("JSON lines: one object per row, null for missing cells")
  func jsonLines() throws {
    #expect(
      TableWriter.text(try Self.sample(), format: .jsonl) == #"""
        {"name":"T-72B3, with ERA","n":1,"x":13.0,"day":"2024-02-29","ok":true}
        {"name":"say \"hi\"","n":null,"x":0.1,"day":null,"ok":false}
        {"name":null,"n":-3,"x":null,"day":"2022-02-24","ok":null}

        """#)
  }

  /// Bounds of 100–200 km² around 150, an exact 5 km², and at least 3 km² (no high bound).
  static func bounded() throws -> Table {
    let km2 = try #require(Unit.named("km²"))
    return try Table(columns: [
      Column(
        name: "x",
        data: .estimate([
          Estimate(value: 150, low: 100, high: 200, unit: km2), .exact(5, unit: km2),
          Estimate(value: 3, low: 3, high: nil, unit: km2), nil,
        ])),
      Column(name: "n", data: .integer([1, 2, 3, 4])),
    ])
  }

  @Test("a column with bounds is written with NAME_low and NAME_high after it, empty where a bound is unknown")
  func boundColumns() throws {
    let table = try Self.bounded()
    #expect(
      TableWriter.text(table, format: .csv) == """
        x,x_low,x_high,n
        150.0,100.0,200.0,1
        5.0,5.0,5.0,2
        3.0,3.0,,3
        ,,,4

        """)
    #expect(TableWriter.text(table, format: .tsv).hasPrefix("x\tx_low\tx_high\tn\n150.0\t100.0\t200.0\t1\n"))
    #expect(
      TableWriter.text(table, format: .jsonl).hasPrefix(
        #"{"x":150.0,"x_low":100.0,"x_high":200.0,"n":1}"# + "\n" + #"{"x":5.0,"x_low":5.0,"x_high":5.0,"n":2}"#
          + "\n" + #"{"x":3.0,"x_low":3.0,"x_high":null,"n":3}"#))
    #expect(
      TableWriter.text(table, format: .markdown).hasPrefix(
        "| x (km²) | x_low (km²) | x_high (km²) | n |\n| ---: | ---: | ---: | ---: |\n| 150.0 | 100.0 | 200.0 | 1 |\n"))
  }

  @Test("bound columns take a free name when the table already has NAME_low")
  func boundColumnNamesDoNotCollide() throws {
    let table = try Table(columns: [
      Column(name: "x", data: .estimate([.range(1, 3)])), Column(name: "x_low", data: .integer([7])),
    ])
    #expect(TableWriter.text(table, format: .csv) == "x,x_low_2,x_high,x_low\n2.0,1.0,3.0,7\n")
  }

  @Test("save then load gives the central values and the bound columns", arguments: ["csv", "tsv", "jsonl"])
  func boundsRoundTrip(format: String) throws {
    let path = NSTemporaryDirectory() + "/attrition-bounds-\(UUID().uuidString).\(format)"
    defer { unlink(path) }
    try TableWriter.write(try Self.bounded(), to: path)
    let again = try TableLoader.load(path: path)
    #expect(again.columnNames == ["x", "x_low", "x_high", "n"])
    let numbers = again.columns.prefix(3).map { $0.numbers ?? [] }
    #expect(numbers == [[150, 5, 3, nil], [100, 5, 3, nil], [200, 5, nil, nil]])
  }

  @Test("save names the formats it writes, not the ones load reads, and suggests '.jsonl' for '.json'")
  func unsupportedWriteFormat() throws {
    let error = try #require(throws: DataError.self) { try TableWriter.write(try Self.sample(), to: "/tmp/x.json") }
    #expect(error == .unsupportedWriteFormat(path: "/tmp/x.json", fileExtension: "json"))
    #expect(error.id.description == "input.unsupported_format")
    #expect(
      error.description == "cannot save '/tmp/x.json': save writes '.csv', '.tsv', '.jsonl' or '.md', not '.json'")
    #expect(error.diagnostic.notes.contains { $0.contains("'.jsonl'") })
    #expect(!error.description.contains("geojson"))
    let bare = DataError.unsupportedWriteFormat(path: "out", fileExtension: "")
    #expect(
      bare.description
        == "cannot save 'out': it has no file extension, and save writes '.csv', '.tsv', '.jsonl' or '.md'")
  }

  @Test("a failed write is data.cannot_write naming the path and the reason; a path ending in '/' is refused")
  func cannotWrite() throws {
    let missing = "/nonexistent-\(UUID().uuidString)/x.csv"
    let error = try #require(throws: DataError.self) { try TableWriter.write(try Self.sample(), to: missing) }
    #expect(error == .cannotWrite(path: missing, reason: "No such file or directory", keptOldFile: false))
    #expect(error.id.description == "data.cannot_write")
    #expect(error.description == "cannot write '\(missing)': No such file or directory")
    let folder = NSTemporaryDirectory() + "/attrition-slash-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let slashed = try #require(throws: DataError.self) {
      try TableWriter.write(try Self.sample(), to: folder + "/x.csv/")
    }
    #expect(slashed.id.description == "data.cannot_write")
    #expect(slashed.description.hasSuffix("/x.csv/': a path that ends in '/' names a folder, not a file"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    // A directory in the way: the rename fails, and what was there stays.
    try FileManager.default.createDirectory(atPath: folder + "/blocked.csv", withIntermediateDirectories: true)
    let blocked = try #require(throws: DataError.self) {
      try TableWriter.write(try Self.sample(), to: folder + "/blocked.csv")
    }
    #expect(blocked.description.hasSuffix("; the existing file is unchanged"))
  }

  @Test("Markdown: backslashes are escaped before pipes, so 'a\\b' and 'a\\|b' render as written")
  func markdownBackslash() throws {
    let table = try Table(columns: [Column(name: "s", data: .string(StringColumn(["back\\slash", "a\\|b"])))])
    #expect(TableWriter.text(table, format: .markdown) == "| s |\n| --- |\n| back\\\\slash |\n| a\\\\\\|b |\n")
  }

  @Test("Markdown: numbers right-aligned, pipes escaped")
  func markdown() throws {
    let table = try Table(columns: [
      Column(name: "a|b", data: .string(StringColumn(["x|y"]))), Column(name: "n", data: .integer([2])),
    ])
    #expect(TableWriter.text(table, format: .markdown) == "| a\\|b | n |\n| --- | ---: |\n| x\\|y | 2 |\n")
  }

  @Test(
    "CSV → table → CSV, TSV or JSON lines → table gives the same table, for the real Oryx files",
    arguments: ["daily_count.csv", "totals_by_type.csv", "event_destroyed.csv"], ["csv", "tsv", "jsonl"])
  func roundTrip(name: String, format: String) throws {
    let original = try TableLoader.load(path: Paths.datasets + "/oryx/" + name)
    let path = NSTemporaryDirectory() + "/attrition-roundtrip-\(UUID().uuidString).\(format)"
    defer { unlink(path) }
    try TableWriter.write(original, to: path)
    let again = try TableLoader.load(path: path)
    #expect(BlockReaderTests.dump(again) == BlockReaderTests.dump(original))
    #expect(again.rowCount == original.rowCount)
  }

  @Test("a write replaces the file whole; a failed write leaves the old file and no temporary file")
  func atomic() throws {
    let folder = NSTemporaryDirectory() + "/attrition-writer-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/out.csv"
    try TableWriter.write(try Self.sample(), to: path)
    try TableWriter.write(try Self.sample().prefix(1), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 2)
    // A directory where the file should go: the rename fails and the directory stays as it was.
    let blocked = folder + "/blocked.csv"
    try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)
    #expect(throws: DataError.self) { try TableWriter.write(try Self.sample(), to: blocked) }
    #expect(FileManager.default.fileExists(atPath: blocked + "/inside"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["blocked.csv", "out.csv"])
    #expect(throws: DataError.unsupportedWriteFormat(path: folder + "/x.xlsx", fileExtension: "xlsx")) {
      try TableWriter.write(try Self.sample(), to: folder + "/x.xlsx")
    }
  }

  @Test(
    "the Oryx event files have the record and column counts Python's csv module finds",
    arguments: [
      ("daily_count.csv", 1_365, 18), ("event_abandoned.csv", 2_473, 10), ("event_captured.csv", 5_392, 10),
      ("event_damaged.csv", 3_389, 10), ("event_destroyed.csv", 26_251, 10), ("totals_by_system_wide.csv", 8_416, 7),
      ("totals_by_type.csv", 56, 7),
    ])
  func oryxCounts(name: String, rows: Int, columns: Int) throws {
    let table = try TableLoader.load(path: Paths.datasets + "/oryx/" + name)
    #expect(table.rowCount == rows)
    #expect(table.columns.count == columns)
  }

  @Test("progress: nothing in the first second or off a terminal; then bytes and rows, cleared at the end")
  func progressLine() {
    nonisolated(unsafe) var now = 100.0
    nonisolated(unsafe) var written: [String] = []
    let progress = LoadProgress(label: "x.csv", isTerminal: true, clock: { now }, output: { written.append($0) })
    progress.update(bytes: 1 << 20, total: 4 << 20, rows: 10)
    #expect(written.isEmpty)
    now += 1.5
    progress.update(bytes: 2 << 20, total: 4 << 20, rows: 20)
    #expect(written == ["\r\u{1B}[2Kloading x.csv: 2.0 MB of 4.0 MB, 20 rows"])
    progress.finish(bytes: 4 << 20, rows: 40)
    #expect(written.last == "\r\u{1B}[2K")
    var silent: [String] = []
    let quiet = LoadProgress(label: "x.csv", isTerminal: false, clock: { now }, output: { silent.append($0) })
    now += 5
    quiet.update(bytes: 1, total: nil, rows: 1)
    quiet.finish(bytes: 1, rows: 1)
    #expect(silent.isEmpty)
  }

  @Test("progress sizes read as megabytes with one decimal")
  func progressText() {
    #expect(LoadProgress.megabytes(0) == "0.0 MB")
    #expect(LoadProgress.megabytes(1 << 20) == "1.0 MB")
    #expect(LoadProgress.megabytes(1_108_624_015) == "1057.3 MB")
  }
}
