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

  @Test("Markdown: numbers right-aligned, pipes escaped")
  func markdown() throws {
    let table = try Table(columns: [
      Column(name: "a|b", data: .string(StringColumn(["x|y"]))), Column(name: "n", data: .integer([2])),
    ])
    #expect(TableWriter.text(table, format: .markdown) == "| a\\|b | n |\n| --- | ---: |\n| x\\|y | 2 |\n")
  }

  @Test(
    "CSV → table → CSV → table gives the same table, for the real Oryx files",
    arguments: ["daily_count.csv", "totals_by_type.csv", "event_destroyed.csv"])
  func roundTrip(name: String) throws {
    let original = try TableLoader.load(path: Paths.datasets + "/oryx/" + name)
    let path = NSTemporaryDirectory() + "/attrition-roundtrip-\(UUID().uuidString).csv"
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
    #expect(throws: DataError.unsupportedFormat(path: folder + "/x.xlsx", fileExtension: "xlsx")) {
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
