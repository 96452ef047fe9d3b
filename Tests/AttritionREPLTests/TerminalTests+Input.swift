import Foundation
import Testing

extension TerminalTests {
  @Test("Ctrl-D on an empty continuation line discards the input; Ctrl-D at the first prompt still leaves with 0")
  func endOfInputInContinuation() throws {
    try withREPL { repl in
      try enter("let kept = 5", expecting: "", in: repl)
      try repl.type("[1,")
      try repl.press("Enter")
      try repl.waitFor("the continuation prompt") { Self.lastLine($0) == "...>" }
      try repl.press("C-d")
      let screen = try repl.waitFor("the first prompt again") { Self.lastLine($0) == "attrition>" }
      #expect(screen.contains("(input discarded)"), "\(screen)")
      #expect(!screen.contains("error"), "the unfinished input does not run: \(screen)")
      try enter("kept + 1", expecting: "6", in: repl)
      try repl.press("C-d")
      #expect(try repl.waitForExit() == 0)
    }
  }

  @Test("an error in a function an earlier input defined quotes that input's line")
  func errorInEarlierInput() throws {
    try withREPL { repl in
      try enter("fn gg(x) = x + 5 km", expecting: "", in: repl)
      let screen = try enter("gg(3)", expecting: "error", in: repl)
      #expect(screen.contains("<input 1>:1:12: error: cannot add"), "\(screen)")
      #expect(screen.contains(" 1 | fn gg(x) = x + 5 km\n   |            ^~~~~~~~"), "\(screen)")
    }
  }

  @Test("a pasted pipeline whose stages start lines with '|' runs as one input, as in a script")
  func pastedPipeline() throws {
    try withREPL { repl in
      try enter("let t = table(side: [\"RU\", \"UA\", \"RU\"], killed: [100, 20, 120])", expecting: "", in: repl)
      try repl.paste("t\n  | where killed > 50\n  | select killed\n")
      let screen = try repl.waitFor("the pipeline's result") { screen in
        screen.contains("killed\n──────\n   100\n   120") && Self.lastLine(screen) == "attrition>"
      }
      #expect(!screen.contains("error"), "no stage runs alone: \(screen)")
      #expect(!screen.contains("\nRU "), "'t' does not run alone: \(screen)")
      #expect(screen.contains("...>   | where killed > 50"), "\(screen)")
      try enter("1 + 1", expecting: "2", in: repl)
    }
  }

  @Test(":help wraps prose at words to 100 columns, indents every line of an example and aligns parameter types")
  func helpLayout() throws {
    try withREPL { repl in
      let ratio = try enter(":help casualty.ratio", expecting: "Examples:", in: repl)
      let help = ratio.components(separatedBy: "attrition> :help casualty.ratio\n").last ?? ""
      #expect(help.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(help)")
      #expect(
        help.contains("The two figures must measure the same dimension (both counts of people, both tanks"), "\(help)")
      let rolling = try enter(":help series.rolling", expecting: "Examples:", in: repl)
      #expect(rolling.contains("\n  let t = table(date: [") && rolling.contains("\n  series.rolling(t, \"tank\", 2)\n"))
      let pace = try enter(":help territory.pace", expecting: "Examples:", in: repl)
      #expect(pace.contains("\n  area    any                an area"), "\(pace)")
      #expect(pace.contains("\n  column  string (optional)  for a series"), "\(pace)")
    }
  }
}
