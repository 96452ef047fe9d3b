import Foundation
import Testing

@testable import AttritionREPL

@Suite("History file format")
struct HistoryFormatTests {
  @Test("entries with line breaks and backslashes come back whole")
  func roundTrip() throws {
    let entries = ["950k / 400k", "gs\n| where date > 2024-01-01\n| limit 5", "\"a\\\\b\"", "km² ✓"]
    #expect(try HistoryFormat.entries(in: HistoryFormat.file(entries)) == entries)
  }

  @Test("a file without the header is not a history")
  func garbage() {
    #expect(throws: HistoryFormat.Problem.notAHistory) {
      try HistoryFormat.entries(in: Data("_HiStOrY_V2_\nfoo\n".utf8))
    }
    #expect(throws: HistoryFormat.Problem.notAHistory) {
      try HistoryFormat.entries(in: Data([0xFF, 0x00, 0x13]))
    }
  }

  @Test("malformed lines are skipped, repeats in a row dropped")
  func tolerant() throws {
    var data = Data((HistoryFormat.header + "\na\na\nbad\\q\n").utf8)
    data.append(contentsOf: [0xFF, 0xFE, 0x0A, 0x62, 0x00, 0x0A])
    data.append(contentsOf: Array("c\n".utf8))
    #expect(try HistoryFormat.entries(in: data) == ["a", "c"])
  }
}
