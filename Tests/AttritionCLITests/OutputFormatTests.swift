import Foundation
import Testing

/// One mixed script (tables, a scalar, a string, a period) in every output format: golden files,
/// and the Markdown read back by a CommonMark parser with GitHub's tables.
@Suite("Output formats of one mixed script")
struct OutputFormatTests {
  static let folder = FixturePaths.fixtures.appendingPathComponent("formats")

  @Test(
    "each format prints the recorded output",
    arguments: [
      ("table", [String]()), ("json", []), ("markdown", []), ("csv", ["--all"]),
    ])
  func golden(format: String, extra: [String]) throws {
    let outcome = try AttritionProcess.run(["run", "mixed.atn", "--format", format] + extra, directory: Self.folder)
    Expect.success(outcome)
    try GoldenFile.check(
      outcome.stdout, against: Self.folder.appendingPathComponent("mixed.\(format).expected"), filter: "OutputFormat")
  }

  /// One top-level block of a Markdown document, as markdown-it-py parsed it.
  struct Block: Decodable, Equatable {
    var block: String
    var rows: Int
    var text: String
  }

  @Test("--format markdown is GitHub-flavoured Markdown: a table and its sources line each, scalars as paragraphs")
  func markdownParses() throws {
    let outcome = try AttritionProcess.run(["run", "mixed.atn", "--format", "markdown"], directory: Self.folder)
    Expect.success(outcome)
    let file = try FixturePaths.scratchFolder().appendingPathComponent("mixed.md")
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    try Data(outcome.stdout.utf8).write(to: file)
    let data = try PythonClient.run("markdown_blocks.py", [file.path])
    let blocks = try data.split(separator: UInt8(ascii: "\n")).map {
      try JSONDecoder().decode(Block.self, from: Data($0))
    }
    let kinds = blocks.map(\.block)
    try #require(
      kinds == ["table", "paragraph", "paragraph", "table", "paragraph", "paragraph", "paragraph"], "\(kinds)")
    #expect(blocks.filter { $0.block == "table" }.map(\.rows) == [3, 2], "a header row and every data row")
    #expect(blocks[1].text == "Source: CSIS")
    #expect(blocks[2].text.hasPrefix("2.375"))
    #expect(blocks[5].text == "*not emphasis* | 1. not a list", "punctuation escaped, shown as written")
    #expect(blocks[6].text.hasPrefix("2024-01-01..2025-06-04"))
  }
}
