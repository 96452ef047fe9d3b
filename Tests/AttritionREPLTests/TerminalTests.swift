import Foundation
import Testing

/// The REPL as a person uses it: the real `attrition` binary on a pseudo-terminal (tmux).
@Suite("The REPL on a terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalTests {
  /// Starts a REPL, waits for its first prompt, runs `body`, and always ends tmux.
  func withREPL(
    _ arguments: [String] = [], environment: [String: String] = [:], in folder: URL? = nil,
    unprivileged: Bool = false, shell: String = "", _ body: (TmuxSession) throws -> Void
  ) throws {
    let repl = try TmuxSession(folder: folder)
    defer { repl.stop() }
    try repl.start(arguments, environment: environment, unprivileged: unprivileged, shell: shell)
    let screen = try repl.waitFor("the first prompt") { screen in
      screen.split(separator: "\n").last == "attrition>" || screen.contains("[exit ")
    }
    // An executable that does not open the REPL ends at once: say so now, not after a timeout.
    try #require(!screen.contains("[exit "), "the REPL did not start; the screen:\n\(screen)")
    try body(repl)
  }

  /// The last non-empty line of a screen.
  static func lastLine(_ screen: String) -> String {
    screen.split(separator: "\n").last.map(String.init) ?? ""
  }

  /// Types a line, presses Enter, and waits until the prompt is back after `expected`.
  @discardableResult
  func enter(_ line: String, expecting expected: String, in repl: TmuxSession) throws -> String {
    try repl.type(line)
    try repl.press("Enter")
    return try repl.waitFor("'\(expected)' after '\(line)'") { screen in
      guard let echo = screen.range(of: "attrition> " + line, options: .backwards) else { return false }
      let after = screen[echo.upperBound...]
      return (expected.isEmpty || after.contains(expected)) && Self.lastLine(screen) == "attrition>"
    }
  }

  @Test("typing an expression shows its result after a banner naming version, modules and :help")
  func expression() throws {
    try withREPL { repl in
      let banner = try repl.screen()
      #expect(banner.hasPrefix("Attrition "), "\(banner)")
      #expect(banner.contains("modules:") && banner.contains(":help"))
      try enter("950k / 400k", expecting: "2.375", in: repl)
      try enter("250k / 60k..100k", expecting: "3.13 [2.50 – 4.17]", in: repl)
    }
  }

  @Test("Tab completes 'equ' to 'equipment', and a second Tab after 'equipment.' lists its functions")
  func completesModule() throws {
    let help = try REPLBinaries.run([], input: ":help equipment\n")
    let functions = help.stdout.split(separator: "\n").compactMap { line -> String? in
      let trimmed = line.drop { $0 == " " }
      guard trimmed.hasPrefix("equipment."), let paren = trimmed.firstIndex(of: "(") else { return nil }
      return String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 10)..<paren])
    }
    try #require(!functions.isEmpty, "':help equipment' lists no functions: \(help.stdout) \(help.stderr)")
    try withREPL { repl in
      try repl.type("equ")
      try repl.press("Tab")
      try repl.waitFor("'equipment' completed") { Self.lastLine($0).hasPrefix("attrition> equipment") }
      if Self.lastLine(try repl.screen()) == "attrition> equipment" { try repl.type(".") }
      try repl.waitFor("'equipment.'") { Self.lastLine($0) == "attrition> equipment." }
      try repl.press("Tab")
      try repl.press("Tab")
      let screen = try repl.waitFor("the listing of \(functions)") { screen in
        let words = Set(screen.split { $0 == " " || $0 == "\n" }.map(String.init))
        return functions.allSatisfy(words.contains)
      }
      #expect(Self.lastLine(screen) == "attrition> equipment.", "the line is shown again under the listing")
    }
  }

  @Test("Tab completes a column after 't.'")
  func completesColumn() throws {
    try withREPL { repl in
      try enter("let t = table(tank: [1, 2])", expecting: "", in: repl)
      try repl.type("t.ta")
      try repl.press("Tab")
      try repl.waitFor("'t.tank'") { Self.lastLine($0) == "attrition> t.tank" }
      try repl.press("Enter")
      try repl.waitFor("the column") { $0.contains("tank\n────\n   1\n   2") }
    }
  }

  @Test("history, multi-line entries whole, comes back after a restart")
  func historyAfterRestart() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    try withREPL(in: folder) { repl in
      try enter("let marker = 4242", expecting: "", in: repl)
      try repl.type("(1 +")
      try repl.press("Enter")
      try repl.waitFor("the continuation prompt") { Self.lastLine($0) == "...>" }
      try repl.type("2)")
      try repl.press("Enter")
      try repl.waitFor(text: "\n3\n")
      try repl.press("C-d")
      #expect(try repl.waitForExit() == 0)
      let file = try String(contentsOfFile: repl.historyPath, encoding: .utf8)
      #expect(file == "#attrition-history v1\nlet marker = 4242\n(1 +\\n2)\n")
    }
    try withREPL(in: folder) { repl in
      try repl.press("Up")
      try repl.waitFor("the multi-line entry") { $0.hasSuffix("attrition> (1 +\n2)") }
      try repl.press("Up")
      try repl.waitFor("the older entry") { Self.lastLine($0) == "attrition> let marker = 4242" }
      try repl.press("Enter")
      try repl.waitFor("the prompt") { Self.lastLine($0) == "attrition>" }
      try enter("marker + 1", expecting: "4,243", in: repl)
    }
  }

  @Test("Ctrl-C clears a half-typed multi-line input; the next input starts afresh")
  func interruptInput() throws {
    try withREPL { repl in
      try repl.type("(1 +")
      try repl.press("Enter")
      try repl.waitFor("the continuation prompt") { Self.lastLine($0) == "...>" }
      try repl.type("2")
      try repl.press("C-c")
      try repl.waitFor("a fresh prompt") { Self.lastLine($0) == "attrition>" }
      let screen = try enter("5 * 5", expecting: "25", in: repl)
      #expect(!screen.contains("error"), "\(screen)")
      #expect(!screen.contains("\n3\n"), "the cleared input must not run: \(screen)")
    }
  }

  /// Defines `f14`, whose call takes 4^14 calls, and `kept = 7`, then calls `f14(1)` and checks a
  /// second later that it is still running.
  func startLongComputation(in repl: TmuxSession) throws {
    var definitions = ["fn f0(x) = x"]
    for level in 1...14 {
      let call = "f\(level - 1)(x)"
      definitions.append("fn f\(level)(x) = \(call) + \(call) + \(call) + \(call)")
    }
    try repl.paste(definitions.joined(separator: "\n") + "\nlet kept = 7\n")
    try repl.waitFor("the definitions") { $0.contains("attrition> let kept = 7\nattrition>") }
    try repl.type("f14(1)")
    try repl.press("Enter")
    Thread.sleep(forTimeInterval: 1)
    #expect(Self.lastLine(try repl.screen()) == "attrition> f14(1)", "4^14 calls take far longer than a second")
  }

  @Test("Ctrl-C cancels a long computation; the session and its bindings survive")
  func interruptComputation() throws {
    try withREPL { repl in
      try startLongComputation(in: repl)
      try repl.press("C-c")
      try repl.waitFor("the cancellation") { $0.contains("error: cancelled") && Self.lastLine($0) == "attrition>" }
      try enter("kept + 1", expecting: "8", in: repl)
    }
  }

  @Test("an error prints a diagnostic, and the next line works with the session intact")
  func errorThenSuccess() throws {
    try withREPL { repl in
      try enter("let base = 40", expecting: "", in: repl)
      try enter("nope + 1", expecting: "error: unknown name 'nope'", in: repl)
      try enter("base + 2", expecting: "42", in: repl)
      try enter("_ + 1", expecting: "43", in: repl)
    }
  }

  @Test(":save writes a script that 'attrition run' reproduces")
  func saveReplays() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    var result = ""
    try withREPL(in: folder) { repl in
      try enter("let a = 950k", expecting: "", in: repl)
      try enter("let b = 60k..100k", expecting: "", in: repl)
      let screen = try enter("a / b", expecting: "[", in: repl)
      let lines = screen.split(separator: "\n").map(String.init)
      result = try #require(lines.last { $0.contains("[") && !$0.hasPrefix("attrition>") })
      try enter("a / nope", expecting: "unknown name 'nope'", in: repl)
      try enter(":save session.atn", expecting: "saved 3 statements to 'session.atn'", in: repl)
      try repl.press("C-d")
      #expect(try repl.waitForExit() == 0)
    }
    let script = try String(contentsOf: folder.appendingPathComponent("session.atn"), encoding: .utf8)
    #expect(script.hasSuffix("let a = 950k\nlet b = 60k..100k\na / b\n"), "\(script)")
    let replay = try REPLBinaries.run(["run", "session.atn", "--echo", "off"], directory: folder)
    #expect(replay.status == 0, "\(replay.stderr)")
    #expect(replay.stdout == result + "\n")
  }

  @Test("Ctrl-D on an empty line exits with status 0, and so does :quit")
  func exitStatus() throws {
    try withREPL { repl in
      try enter("1 / 0..1", expecting: "error", in: repl)
      try repl.press("C-d")
      #expect(try repl.waitForExit() == 0)
    }
    try withREPL { repl in
      try repl.type(":quit")
      try repl.press("Enter")
      #expect(try repl.waitForExit() == 0)
    }
  }

  @Test(":help equipment.window shows the signature, the doc and an example that runs as documented")
  func helpFunction() throws {
    try withREPL { repl in
      try enter(":help equipment.window", expecting: "Examples:", in: repl)
      let screen = try repl.screen()
      #expect(screen.contains("equipment.window("))
    }
    let help = try REPLBinaries.run([], input: ":help equipment.window\n")
    #expect(help.status == 0, "\(help.stderr)")
    let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first?.hasPrefix("equipment.window(") == true)
    #expect(lines.count > 2 && !lines[2].isEmpty, "a summary follows the signature")
    let start = try #require(lines.firstIndex(of: "Examples:"))
    let example = lines[(start + 1)...].prefix { !$0.hasPrefix("  → ") }
    let expected = lines[(start + 1 + example.count)...].prefix { $0.hasPrefix("  → ") }.map { String($0.dropFirst(4)) }
    let input = example.map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : $0 }.joined(separator: "\n")
    let run = try REPLBinaries.run(["run", "-"], input: input + "\n")
    #expect(run.status == 0, "the first example fails: \(input)\n\(run.stderr)")
    #expect(run.stdout == expected.joined(separator: "\n") + "\n")
  }

  @Test("colour: off with NO_COLOR, on with --color always")
  func colour() throws {
    try withREPL { repl in
      try enter("nope", expecting: "error", in: repl)
      #expect(!(try repl.screen(escapes: true)).contains("\u{1B}["))
    }
    try withREPL(["--color", "always"]) { repl in
      try enter("1.5 + 1", expecting: "2.5", in: repl)
      let screen = try repl.screen(escapes: true)
      #expect(screen.contains("\u{1B}[1m\u{1B}[32mattrition>"), "a green prompt: \(screen.debugDescription)")
      #expect(screen.contains("\u{1B}[36m2.5"), "a coloured number: \(screen.debugDescription)")
    }
  }

  @Test("--history FILE is used instead of the default")
  func historyOption() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("my-history").path
    try withREPL(["--history", file], in: folder) { repl in
      try enter("6 * 7", expecting: "42", in: repl)
      try repl.press("C-d")
      #expect(try repl.waitForExit() == 0)
    }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "#attrition-history v1\n6 * 7\n")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("state/attrition/history").path))
  }

  @Test("a history file that is a directory or garbage: the REPL starts, says why history is off, and works")
  func badHistory() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    let history = folder.appendingPathComponent("state/attrition/history")
    try FileManager.default.createDirectory(at: history, withIntermediateDirectories: true)
    try withREPL(in: folder) { repl in
      #expect(try repl.screen().contains("history is off: '\(history.path)' is a directory"))
      try enter("1 + 1", expecting: "2", in: repl)
    }
    try FileManager.default.removeItem(at: history)
    let garbage = Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) })
    try garbage.write(to: history)
    try withREPL(in: folder) { repl in
      #expect(try repl.screen().contains("is not an Attrition history file; it was left untouched"))
      try enter("2 + 2", expecting: "4", in: repl)
      try repl.press("C-d")
      #expect(try repl.waitForExit() == 0)
    }
    #expect(try Data(contentsOf: history) == garbage)
  }

  @Test("an unreadable history file: the REPL starts, says it cannot read it, and works")
  func unreadableHistory() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    let history = folder.appendingPathComponent("state/attrition/history")
    try FileManager.default.createDirectory(
      at: history.deletingLastPathComponent(), withIntermediateDirectories: true)
    let kept = "#attrition-history v1\n1 + 1\n"
    try Data(kept.utf8).write(to: history)
    // The REPL may run as `nobody`: it must reach the folder, but not read the file.
    for path in [folder.path, folder.appendingPathComponent("state").path, history.deletingLastPathComponent().path] {
      chmod(path, 0o777)
    }
    chmod(history.path, 0o000)
    try withREPL(in: folder, unprivileged: true) { repl in
      #expect(try repl.screen().contains("history is off: cannot read '\(history.path)': Permission denied"))
      try enter("3 * 3", expecting: "9", in: repl)
      try repl.press("C-d")
      #expect(try repl.waitForExit() == 0)
    }
    chmod(history.path, 0o600)
    #expect(try String(contentsOf: history, encoding: .utf8) == kept)
  }

  @Test("invalid UTF-8, control characters and an over-long pasted line never stop the REPL")
  func badInput() throws {
    try withREPL { repl in
      try repl.type("1 + ")
      try repl.sendBytes([0xFF, 0xFE])
      try repl.press("Enter")
      try repl.waitFor("a diagnostic for U+FFFD") { $0.contains("unexpected character '\u{FFFD}'") }
      try repl.type("2 + ")
      try repl.sendBytes([0x16, 0x1B])  // Ctrl-V, then a literal escape
      try repl.press("Enter")
      try repl.waitFor("a diagnostic for the escape") { $0.contains("unexpected character '␛'") }
      try enter("2 + 2", expecting: "4", in: repl)
      try repl.paste(String(repeating: "1+", count: 150_000) + "1")
      try repl.waitFor("the long line refused") { $0.contains("was discarded") && Self.lastLine($0) == "attrition>" }
      try enter("3 + 3", expecting: "6", in: repl)
      let list = "[" + Array(repeating: "1", count: 20_000).joined(separator: ",") + "].count"
      try repl.paste(list + "\n")
      try repl.waitFor("a 40,000-character line evaluated") { $0.contains("\n20,000\n") }
    }
  }

  @Test("long tables are cut to the screen's height, wide ones to its width, with counts of the rest")
  func tableFits() throws {
    try withREPL { repl in
      let numbers = (1...100).map(String.init).joined(separator: ", ")
      try enter("let n = [\(numbers)]", expecting: "", in: repl)
      let long = try enter("table(n: n)", expecting: "… 66 more rows (100 in all)", in: repl)
      #expect(long.contains("\n 1\n 2\n"), "the first rows are shown: \(long)")
      let columns = (1...12).map { "column_with_a_long_name_\($0): [\($0)]" }.joined(separator: ", ")
      let screen = try enter("table(\(columns))", expecting: "more columns:", in: repl)
      let output = screen.components(separatedBy: "more rows (100 in all)").last ?? ""
      let tableLines = output.split(separator: "\n").filter { !$0.hasPrefix("attrition>") }
      #expect(tableLines.allSatisfy { $0.count <= 120 }, "\(tableLines)")
    }
  }

  @Test("standard input that is not a terminal runs as a script: the output and status of 'run -'")
  func scriptFromStandardInput() throws {
    let script = "let a = 950k\na / 400k\nnope\n"
    let piped = try REPLBinaries.run([], input: script)
    let run = try REPLBinaries.run(["run", "-"], input: script)
    #expect(piped.status == 1 && run.status == 1)
    #expect(piped.stdout == "a / 400k = 2.375\n")
    #expect(piped.stdout == run.stdout && piped.stderr == run.stderr)
    #expect(!piped.stdout.contains("attrition>") && !piped.stdout.contains("Attrition "), "no banner, no prompt")
  }
}
