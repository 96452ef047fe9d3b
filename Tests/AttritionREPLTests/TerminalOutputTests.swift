import AttritionCore
import Testing

@testable import AttritionREPL

@Suite("Terminal output")
struct TerminalOutputTests {
  @Test("escape sequences from data are made visible; Attrition's own colours pass")
  func sanitized() {
    #expect(TerminalText.sanitized("a\u{1B}]0;title\u{07}b") == "a␛]0;title␇b")
    #expect(TerminalText.sanitized("\u{1B}[1;31merror:\u{1B}[0m") == "\u{1B}[1;31merror:\u{1B}[0m")
    #expect(TerminalText.sanitized("x\u{9B}2J\ty\n") == "x\u{FFFD}2J\ty\n")
  }

  @Test("typed control characters reach the lexer visible, one column each")
  func cleanedInput() {
    #expect(InteractiveLoop.cleaned("1 +\u{1B}[A 2") == "1 +␛[A 2")
  }

  @Test("a wide table keeps the whole columns that fit and names the others")
  func wideTable() {
    let table = """
      name      a_long_column  another_column  third
      ────────  ─────────────  ──────────────  ─────
      first                 1               2      3
      … 10 more rows (11 in all)
      """
    let fitted = TableFitter(width: 30).fit(table).split(separator: "\n").map(String.init)
    #expect(fitted.allSatisfy { $0.count <= 30 })
    #expect(fitted[0] == "name      a_long_column  …")
    #expect(fitted[2] == "first                 1  …")
    #expect(fitted[3] == "… 10 more rows (11 in all)")
    #expect(fitted[4] == "… 2 more columns: another_col…", "the note is cut to the width too")
    let wider = TableFitter(width: 42).fit(table).split(separator: "\n").map(String.init)
    #expect(wider[0] == "name      a_long_column  another_column  …")
    #expect(wider[4] == "… 1 more column: third")
    #expect(TableFitter(width: 80).fit(table) == table)
  }

  @Test("a cut table keeps its empty cells and ends every line in a '…' at the same column")
  func cutTableAligned() {
    let table = """
      dataset             rows  summary
      ──────────────────  ────  ─────────────────────────────────────────────
      casualty_estimates        Published casualty estimates, one row per figure
      losses              1234  Losses
      areas                     Areas (km²) of Ukraine and of its oblasts, with sources
      """
    let columns = TableFitter(width: 40).fit(table).split(separator: "\n").map(String.init)
    #expect(columns[0] == "dataset             rows  …")
    #expect(columns[2] == "casualty_estimates        …", "the empty rows cell keeps its width")
    #expect(columns[3] == "losses              1234  …")
    #expect(columns[4] == "areas                     …")
    let narrow = TableFitter(width: 20).fit(table).split(separator: "\n").map(String.init)
    let markers = narrow.prefix(5).map { line in
      line.firstIndex(of: "…").map { line.distance(from: line.startIndex, to: $0) }
    }
    #expect(Set(markers).count == 1 && markers.first != nil, "\(narrow)")
    #expect(narrow.prefix(5).allSatisfy { $0.count == narrow[0].count }, "\(narrow)")
    #expect(narrow.prefix(5).allSatisfy { $0.count == 20 }, "a first column wider than the screen is cut: \(narrow)")
  }

  @Test("candidates are listed in columns within the screen, with a count of the rest")
  func listing() {
    let names = (1...30).map { "name\($0)" }
    let listing = CandidateListing(candidates: names, size: (rows: 6, columns: 40)).render()
    let lines = listing.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.dropLast().allSatisfy { $0.count <= 40 })
    #expect(lines.last == "… and 15 more")
  }

  @Test("numbers are coloured, not the digits of names or dates, nor sources")
  func colouredNumbers() {
    let palette = Palette(enabled: true)
    let text = palette.highlightingNumbers("3.13 [2.50 – 4.17] km²  (source: CSIS 2025)")
    #expect(text.hasPrefix("\u{1B}[36m3.13\u{1B}[0m [\u{1B}[36m2.50"))
    #expect(text.hasSuffix("km²  (source: CSIS 2025)"))
    #expect(palette.highlightingNumbers("2024-01-01") == "2024-01-01")
    #expect(Palette(enabled: false).highlightingNumbers("3.13") == "3.13")
  }

  @Test("colour follows --color, NO_COLOR and whether output is a terminal")
  func colourChoice() {
    #expect(REPL.usesColor(.auto, environment: ["TERM": "xterm"], outputIsTerminal: true))
    #expect(!REPL.usesColor(.auto, environment: ["TERM": "xterm", "NO_COLOR": "1"], outputIsTerminal: true))
    #expect(REPL.usesColor(.auto, environment: ["TERM": "xterm", "NO_COLOR": ""], outputIsTerminal: true))
    #expect(!REPL.usesColor(.auto, environment: ["TERM": "xterm"], outputIsTerminal: false))
    #expect(!REPL.usesColor(.auto, environment: ["TERM": "dumb"], outputIsTerminal: true))
    #expect(REPL.usesColor(.always, environment: ["NO_COLOR": "1"], outputIsTerminal: false))
    #expect(!REPL.usesColor(.never, environment: [:], outputIsTerminal: true))
  }
}
