import AttritionCore
import AttritionSDK
import Testing

/// Diagnostics as text: header, source line, caret under the span, notes.
@Suite("DiagnosticRenderer: header, excerpt, caret and notes")
struct DiagnosticRendererTests {
  private let renderer = DiagnosticRenderer()
  private let unknownName = DiagnosticID(phase: "evaluation", name: "unknown_name")

  /// A range on one line, columns `start..<end` (1-based; offsets are not used by the renderer).
  private func span(line: Int, _ start: Int, _ end: Int) -> SourceRange {
    SourceRange(
      start: SourceLocation(line: line, column: start, offset: 0),
      end: SourceLocation(line: line, column: end, offset: 0))
  }

  /// The caret line: the gutter, then `^~~` starting at 0-based column `indent`.
  private func caretLine(_ indent: Int, _ caret: String, gutter: Int = 2) -> String {
    String(repeating: " ", count: gutter) + " | " + String(repeating: " ", count: indent) + caret
  }

  private func render(_ range: SourceRange?, _ source: String?, notes: [String] = []) -> String {
    let diagnostic = Diagnostic(id: unknownName, message: "unknown name 'x'", range: range, notes: notes)
    return renderer.render(diagnostic, file: "script.atn", source: source)
  }

  @Test("header, source line, caret and note")
  func fullDiagnostic() {
    let text = render(span(line: 2, 13, 14), "let a = 1\nlet b = a + x\n", notes: ["did you mean 'a'?"])
    #expect(
      text == """
        script.atn:2:13: error: unknown name 'x' [evaluation.unknown_name]
         2 | let b = a + x
           |             ^
        note: did you mean 'a'?
        """)
  }

  @Test("the caret is as wide as the span", arguments: [(9, 14, "^~~~~"), (1, 4, "^~~"), (5, 6, "^"), (5, 5, "^")])
  func caretWidth(_ start: Int, _ end: Int, _ caret: String) {
    let lines = render(span(line: 1, start, end), "let b = a + x").split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.last.map(String.init) == "   | " + String(repeating: " ", count: start - 1) + caret)
  }

  @Test("a span past the end of the line is clamped at the line end", arguments: [(9, 40, "^~~~~"), (13, 99, "^")])
  func caretClamped(_ start: Int, _ end: Int, _ caret: String) {
    let lines = render(span(line: 1, start, end), "let b = a + x\nnext").split(separator: "\n")
    #expect(lines.last.map(String.init) == "   | " + String(repeating: " ", count: start - 1) + caret)
  }

  @Test("a span running onto later lines underlines to the end of its first line")
  func multiLineSpan() {
    let range = SourceRange(
      start: SourceLocation(line: 1, column: 5, offset: 4), end: SourceLocation(line: 2, column: 3, offset: 12))
    let lines = render(range, "let a = 1\nlet b = 2").split(separator: "\n")
    #expect(lines[1] == " 1 | let a = 1")
    #expect(lines[2] == caretLine(4, "^~~~~"))
  }

  @Test("tabs in the line print as one space each, so the caret stays under the span")
  func tabs() {
    let lines = render(span(line: 1, 11, 12), "\t\tlet b = x").split(separator: "\n")
    #expect(lines[1] == " 1 |   let b = x")
    #expect(lines[2] == caretLine(10, "^"))
  }

  @Test("a range on the last line, which has no trailing newline, including the end of input")
  func lastLineWithoutNewline() {
    let source = "let a = 1\nlet b = a +"
    let atEnd = render(span(line: 2, 12, 12), source).split(separator: "\n")
    #expect(atEnd[0] == "script.atn:2:12: error: unknown name 'x' [evaluation.unknown_name]")
    #expect(atEnd[1] == " 2 | let b = a +")
    #expect(atEnd[2] == caretLine(11, "^"))
    let onPlus = render(span(line: 2, 11, 12), source).split(separator: "\n")
    #expect(onPlus[2] == caretLine(10, "^"))
  }

  @Test("a wider line number widens the gutter")
  func wideGutter() {
    let source = Array(repeating: "1", count: 11).joined(separator: "\n") + "\nlet b = x"
    let lines = render(span(line: 12, 9, 10), source).split(separator: "\n")
    #expect(lines[1] == " 12 | let b = x")
    #expect(lines[2] == caretLine(8, "^", gutter: 3))
  }

  @Test("CRLF line endings: the line is found and shown without the CR")
  func crlfSource() {
    let lines = render(span(line: 2, 9, 10), "let a = 1\r\nlet b = x\r\n").split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.dropFirst().first.map(String.init) == " 2 | let b = x")
    #expect(lines.last.map(String.init) == caretLine(8, "^"))
  }

  @Test("columns count characters: a decomposed accent does not widen the caret past the line end")
  func combiningCharacters() {
    let lines = render(span(line: 1, 9, 30), "let e\u{301} = x").split(separator: "\n")
    #expect(lines.last.map(String.init) == caretLine(8, "^"))
  }

  @Test("no range: only the header and notes")
  func noRange() {
    let text = render(nil, "let b = x", notes: ["one", "two"])
    #expect(text == "script.atn: error: unknown name 'x' [evaluation.unknown_name]\nnote: one\nnote: two")
  }

  @Test("no source, or a line past the end of it: no excerpt")
  func noExcerpt() {
    #expect(render(span(line: 1, 1, 2), nil) == "script.atn:1:1: error: unknown name 'x' [evaluation.unknown_name]")
    #expect(render(span(line: 5, 1, 2), "x") == "script.atn:5:1: error: unknown name 'x' [evaluation.unknown_name]")
  }

  @Test("warnings say warning")
  func warning() {
    let diagnostic = Diagnostic(
      id: DiagnosticID(phase: "input", name: "ragged_row"), severity: .warning, message: "row 3 has 2 fields")
    #expect(
      renderer.render(diagnostic, file: "a.csv", source: nil) == "a.csv: warning: row 3 has 2 fields [input.ragged_row]"
    )
  }

  @Test("colour: severity, message, caret and notes are wrapped in ANSI escapes")
  func colored() {
    let diagnostic = Diagnostic(id: unknownName, message: "unknown name 'x'", range: span(line: 1, 9, 10), notes: ["n"])
    let text = DiagnosticRenderer(colored: true).render(diagnostic, file: "s.atn", source: "let b = x")
    #expect(text.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    #expect(text.contains("\u{1B}[1munknown name 'x'\u{1B}[0m"))
    #expect(text.contains("\u{1B}[1;32m        ^\u{1B}[0m"))
    #expect(text.contains("\u{1B}[1;36mnote:\u{1B}[0m n"))
  }
}
