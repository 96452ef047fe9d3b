import Foundation
import Testing

@testable import AttritionData
@testable import AttritionSDK

/// The block reader: files read in blocks on two cores must give exactly the table a single pass
/// over the whole text gives, wherever the block ends and speculative splits fall.
@Suite("CSV read in blocks")
struct BlockReaderTests {
  /// A canonical dump of a table: its schema and every cell, as CSV text.
  static func dump(_ table: Table) -> String {
    table.columns.map { "\($0.name):\($0.data.typeName)" }.joined(separator: ",") + "\n"
      + TableWriter.text(table, format: .csv)
  }

  /// Reads text with a small block size, so blocks end and split everywhere.
  static func read(_ text: String, blockSize: Int, options: CSVOptions = .csv) throws -> Table {
    var reader = CSVReader(options: options)
    reader.blockSize = blockSize
    reader.parallelThreshold = max(16, blockSize / 4)
    return try reader.read(text, file: "blocks.csv")
  }

  /// Text with quoted commas, doubled quotes and quoted line breaks (LF and CRLF) scattered over it.
  static let tricky: String = {
    var text = "id,name,value,day,flag\r\n"
    for row in 0..<3_000 {
      let name: String
      switch row % 7 {
      case 0: name = "\"T-72B3, with ERA\""
      case 1: name = "\"line\nbreak\""
      case 2: name = "\"say \"\"hi\"\"\""
      case 3: name = "\"crlf\r\ninside\""
      case 4: name = ""
      default: name = "plain\(row % 13)"
      }
      let value = row % 11 == 0 ? "" : "\(row).5"
      text += "\(row),\(name),\(value),2024-01-\(String(format: "%02d", row % 28 + 1)),\(row % 2 == 0)"
      text += row % 3 == 0 ? "\r\n" : "\n"
    }
    return text
  }()

  @Test("every block size gives the table a single block gives", arguments: [64, 100, 257, 1_000, 4_096, 65_536])
  func blockSizesAgree(blockSize: Int) throws {
    let whole = try Self.read(Self.tricky, blockSize: 1 << 24)
    let blocks = try Self.read(Self.tricky, blockSize: blockSize)
    #expect(whole.rowCount == 3_000)
    #expect(Self.dump(blocks) == Self.dump(whole))
    let names = try #require(try blocks.required("name").strings)
    #expect(names[0] == "T-72B3, with ERA")
    #expect(names[1] == "line\nbreak")
    #expect(names[2] == "say \"hi\"")
    #expect(names[3] == "crlf\r\ninside")
    #expect(names[4] == nil)
    #expect(try blocks.required("value").data.typeName == "number")
    #expect(try blocks.required("day").data.typeName == "day")
    #expect(try blocks.required("flag").data.typeName == "bool")
  }

  @Test(
    "the real Oryx files read in small blocks equal one pass", arguments: ["daily_count.csv", "totals_by_type.csv"])
  func realFilesInSmallBlocks(name: String) throws {
    let text = try String(contentsOfFile: Paths.datasets + "/oryx/" + name, encoding: .utf8)
    #expect(Self.dump(try Self.read(text, blockSize: 512)) == Self.dump(try Self.read(text, blockSize: 1 << 26)))
  }

  @Test("a type inferred from the first block widens when a later block disagrees")
  func lateWidening() throws {
    var text = "a,b,c\n"
    for row in 0..<2_000 { text += "\(row),\(row),2024-01-01\n" }
    text += "2.5,x,early 2024\n"
    let table = try Self.read(text, blockSize: 1_024)
    #expect(try table.required("a").data.typeName == "number")
    #expect(try table.required("a").doubles?.last == 2.5)
    #expect(try table.required("a").doubles?.first == 0)
    #expect(try table.required("b").data.typeName == "string")
    #expect(try table.required("b").strings?.first == "0")
    #expect(try table.required("c").data.typeName == "string")
  }

  @Test("a column empty in the first block takes the type of its later cells")
  func lateFirstValue() throws {
    var text = "a,b\n"
    for row in 0..<1_000 { text += "\(row),\n" }
    text += "1000,7\n"
    let table = try Self.read(text, blockSize: 512)
    #expect(try table.required("b").integers?.last == 7)
    #expect(try table.required("b").integers?.first == .some(nil))
  }

  @Test("a column empty everywhere is a text column of missing cells, as with one block")
  func emptyEverywhere() throws {
    var text = "a,b\n"
    for row in 0..<500 { text += "\(row),\n" }
    let table = try Self.read(text, blockSize: 256)
    #expect(try table.required("b").data.typeName == "string")
  }

  @Test("a ragged row far from the start is reported at its row and line")
  func raggedRowLate() throws {
    var text = "a,\"b\"\n"
    for row in 0..<1_000 { text += "\(row),\"x\ny\"\n" }
    text += "1,2,3\n"
    do {
      _ = try Self.read(text, blockSize: 300)
      Issue.record("expected an error")
    } catch {
      // Row 1,002 (the header is row 1); each record before it spans two lines.
      #expect(
        error as? DataError
          == .malformedCSV(file: "blocks.csv", row: 1_002, line: 2_002, problem: .raggedRow(expected: 2, found: 3)))
    }
  }

  @Test("an unterminated quote at the end of a long file names the row and line where it opens")
  func unterminatedLate() throws {
    var text = "a,b\n"
    for row in 0..<1_000 { text += "\(row),x\n" }
    text += "1,\"never closed\n2,3\n"
    do {
      _ = try Self.read(text, blockSize: 200)
      Issue.record("expected an error")
    } catch {
      #expect(
        error as? DataError == .malformedCSV(file: "blocks.csv", row: 1_002, line: 1_002, problem: .unterminatedQuote))
    }
  }

  @Test("invalid UTF-8 far into a file gives its byte offset and line")
  func invalidUTF8Late() throws {
    var bytes = Array("a,b\n".utf8)
    for row in 0..<1_000 { bytes += Array("\(row),x\n".utf8) }
    let offset = bytes.count + 2
    bytes += [0x31, 0x2C, 0xFF, 0x0A]
    var reader = CSVReader()
    reader.blockSize = 256
    reader.parallelThreshold = 64
    #expect(throws: DataError.invalidUTF8(file: "u.csv", offset: offset, line: 1_002)) {
      try reader.read(bytes, file: "u.csv")
    }
  }

  @Test("a 100 MB quoted field is read whole")
  func hugeField() throws {
    let size = 100 << 20
    var bytes = Array("a,b\n1,\"".utf8)
    bytes.reserveCapacity(size + 32)
    bytes += [UInt8](repeating: UInt8(ascii: "x"), count: size)
    bytes += Array("\"\n2,y\n".utf8)
    let table = try CSVReader().read(bytes, file: "huge.csv")
    #expect(table.rowCount == 2)
    let cells = try #require(try table.required("b").strings)
    #expect(cells[0]?.utf8.count == size)
    #expect(cells[1] == "y")
  }

  @Test("only the named columns are read")
  func projection() throws {
    let path = try Self.temporaryFile("id,name,value\n1,a,2.5\n2,b,3\n")
    defer { unlink(path) }
    let table = try TableLoader.load(path: path, options: LoadOptions(columns: ["value", "id", "absent"]))
    #expect(table.columnNames == ["id", "value"])
    #expect(try table.required("value").doubles == [2.5, 3])
  }

  @Test("streaming hands over blocks whose rows add up to the file's")
  func streaming() throws {
    var text = "id,side\n"
    for row in 0..<50_000 { text += "\(row),\(row % 3 == 0 ? "Russia" : "Ukraine")\n" }
    let path = try Self.temporaryFile(text)
    defer { unlink(path) }
    var rows = 0
    var russia = 0
    var blocks = 0
    let options = LoadOptions(columns: ["side"])
    let streamed = try TableLoader.stream(
      path: path, options: options, restart: {},
      each: { block in
        blocks += 1
        rows += block.rowCount
        #expect(block.columnNames == ["side"])
        russia += try #require(try block.required("side").strings).filter { $0 == "Russia" }.count
      })
    #expect(streamed)
    #expect(rows == 50_000)
    #expect(russia == 16_667)
  }

  @Test("a file that shrinks while it is read is an error, not a crash")
  func shrinkingFile() throws {
    let path = try Self.temporaryFile(String(repeating: "1,2\n", count: 1 << 18))
    defer { unlink(path) }
    let source = try ByteSource(path: path)
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
    defer { buffer.deallocate() }
    _ = try source.read(into: buffer)
    #expect(truncate(path, 1 << 10) == 0)
    #expect {
      while try source.read(into: buffer) > 0 {}
    } throws: { error in
      guard case DataError.unreadable(let file, let reason) = error else { return false }
      return file == path && reason.contains("shrank")
    }
  }

  @Test("an empty file is an error naming it")
  func emptyFile() throws {
    let path = try Self.temporaryFile("")
    defer { unlink(path) }
    #expect(throws: DataError.emptyFile(path: path)) { try TableLoader.load(path: path) }
    #expect(DataError.emptyFile(path: path).id.description == "input.empty_file")
  }

  /// A new file in the temporary folder with `text`.
  static func temporaryFile(_ text: String, suffix: String = ".csv") throws -> String {
    let path = NSTemporaryDirectory() + "/attrition-blocks-\(UUID().uuidString)" + suffix
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }
}
