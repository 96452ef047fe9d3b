import Foundation
import Testing

/// `Docs/Language.md` holds the grammar exactly as the parser's header comment states it.
@Suite("Grammar in the docs")
struct GrammarDocumentTests {
  /// The package root: `<root>/Tests/AttritionLanguageTests/<this file>`.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The lines between `// BEGIN GRAMMAR` and `// END GRAMMAR`, without their leading `// `.
  static func parserGrammar(_ source: String) -> [String]? {
    let lines = source.components(separatedBy: "\n")
    guard let begin = lines.firstIndex(of: "// BEGIN GRAMMAR"),
      let end = lines[begin...].firstIndex(of: "// END GRAMMAR")
    else { return nil }
    return lines[(begin + 1)..<end].map { line in
      if line.hasPrefix("// ") { return String(line.dropFirst(3)) }
      return line == "//" ? "" : line
    }
  }

  /// The content of the first fenced ```ebnf block.
  static func documentedGrammar(_ markdown: String) -> [String]? {
    let lines = markdown.components(separatedBy: "\n")
    guard let open = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "```ebnf" }),
      let close = lines[(open + 1)...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "```" })
    else { return nil }
    return Array(lines[(open + 1)..<close])
  }

  @Test("the ```ebnf block of Docs/Language.md equals the grammar in Parser.swift")
  func grammarMatches() throws {
    let parserURL = Self.root.appendingPathComponent("Sources/AttritionLanguage/Parser/Parser.swift")
    let docURL = Self.root.appendingPathComponent("Docs/Language.md")
    let parserSource = try String(contentsOf: parserURL, encoding: .utf8)
    let grammar = try #require(
      Self.parserGrammar(parserSource), "no '// BEGIN GRAMMAR' … '// END GRAMMAR' in \(parserURL.path)")
    #expect(grammar.count > 10, "the grammar in Parser.swift looks truncated: \(grammar)")
    let markdown = try #require(
      try? String(contentsOf: docURL, encoding: .utf8), "Docs/Language.md is missing; it must hold the grammar")
    let documented = try #require(
      Self.documentedGrammar(markdown), "Docs/Language.md has no ```ebnf fenced block holding the grammar")
    #expect(
      documented == grammar,
      "Docs/Language.md's grammar differs from Parser.swift's:\n\(Self.diff(documented, grammar))")
  }

  /// The first differing line of two texts, for the failure message.
  static func diff(_ documented: [String], _ grammar: [String]) -> String {
    for index in 0..<max(documented.count, grammar.count) {
      let left = index < documented.count ? documented[index] : "<missing>"
      let right = index < grammar.count ? grammar[index] : "<missing>"
      if left != right { return "line \(index + 1):\n  docs:   \(left)\n  parser: \(right)" }
    }
    return "identical"
  }
}
