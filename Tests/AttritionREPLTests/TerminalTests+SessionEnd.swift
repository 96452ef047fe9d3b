import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// How a REPL session ends when it is not ended by Ctrl-D: a signal, a plugin that traps, a full
/// disk; and what the next session finds.
extension TerminalTests {
  /// The state folder a session of `folder` keeps its history and rescue files in.
  static func stateFolder(_ folder: URL) -> URL {
    folder.appendingPathComponent("state/attrition")
  }

  /// The plugin fixture whose `trap.now()` traps, built beside the binary by `swift build`.
  static func trappingPlugin() throws -> String {
    let path = try REPLBinaries.attrition().deletingLastPathComponent().appendingPathComponent("libTrappingPlugin.so")
      .path
    try #require(FileManager.default.fileExists(atPath: path), "run 'swift build' first: no \(path)")
    return path
  }

  @Test("a plugin that traps ends the session, but its inputs were saved and the next session offers them")
  func pluginTrapRescue() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    let plugin = try Self.trappingPlugin()
    let unfinished = Self.stateFolder(folder).appendingPathComponent("unfinished-session.atn").path
    let recovered = Self.stateFolder(folder).appendingPathComponent("recovered-session.atn").path
    // The Swift runtime's backtrace of the trap takes many seconds to symbolicate in a debug build.
    try withREPL(environment: ["SWIFT_BACKTRACE": "enable=no"], in: folder) { repl in
      try enter("let kept = 41", expecting: "", in: repl)
      try enter(":plugin \"\(plugin)\"", expecting: "loaded plugin 'Trapping'", in: repl)
      try repl.type("trap.now()")
      try repl.press("Enter")
      let status = try repl.waitForExit()
      #expect(status == 128 + SIGILL || status == 128 + SIGTRAP, "a trap ends the process: \(status)")
    }
    let saved = try String(contentsOfFile: unfinished, encoding: .utf8)
    #expect(saved.contains("\nlet kept = 41\n"), "\(saved)")
    #expect(saved.contains("# trap.now()"), "the input that trapped is kept as a comment only: \(saved)")
    #expect(!saved.contains("\ntrap.now()"), "\(saved)")
    try withREPL(in: folder) { repl in
      let screen = try repl.screen()
      #expect(screen.contains("the last session ended while"), "\(screen)")
      #expect(screen.contains(recovered), "\(screen)")
      #expect(!FileManager.default.fileExists(atPath: unfinished), "the file is moved aside, so the note is given once")
      try enter(":run \"\(recovered)\"", expecting: "", in: repl)
      try enter("kept + 1", expecting: "42", in: repl)
      try repl.press("C-d")
      #expect(try repl.waitForExit() == 0)
    }
    #expect(!FileManager.default.fileExists(atPath: unfinished), "a session that ends normally leaves no rescue file")
    try withREPL(in: folder) { repl in
      let screen = try repl.screen()
      #expect(!screen.contains("the last session ended while"), "\(screen)")
    }
  }

  @Test(
    "SIGTERM or SIGHUP at the prompt ends the REPL like Ctrl-D: status 0, history kept, no files left",
    arguments: [
      SIGTERM, SIGHUP,
    ])
  func signalAtPrompt(signal: Int32) throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    try withREPL(in: folder) { repl in
      try enter("let marker = 4242", expecting: "", in: repl)
      try repl.send(signal: signal)
      let screen = try repl.waitFor("the note and the exit") { $0.contains("[exit ") }
      #expect(screen.contains("leaving Attrition: the session was asked to end"), "\(screen)")
      #expect(try repl.waitForExit() == 0)
      let history = try String(contentsOfFile: repl.historyPath, encoding: .utf8)
      #expect(history.hasSuffix("\nlet marker = 4242\n"), "\(history)")
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: Self.stateFolder(folder).path)
    #expect(left.allSatisfy { $0 == "history" || $0 == "history.lock" }, "\(left)")
  }

  @Test("SIGTERM during a long computation cancels it and ends the REPL with status 0")
  func signalDuringComputation() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    try withREPL(in: folder) { repl in
      try startLongComputation(in: repl)
      try repl.send(signal: SIGTERM)
      #expect(try repl.waitForExit() == 0)
    }
    let history = try String(
      contentsOfFile: Self.stateFolder(folder).appendingPathComponent("history").path,
      encoding: .utf8)
    #expect(history.contains("\nlet kept = 7\n"), "\(history)")
  }

  @Test("an entry torn by a full disk is never recalled after a restart; the one before it is")
  func tornHistoryEntry() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    let long = "let zz = " + Array(repeating: "5", count: 300).joined(separator: " + ")
    // `ulimit -f 1` caps files at 1,024 bytes: the long entry cannot be written whole.
    try withREPL(in: folder, shell: "ulimit -f 1; trap '' XFSZ") { repl in
      try enter("let before = 1", expecting: "", in: repl)
      try repl.type(long)
      try repl.press("Enter")
      let screen = try repl.waitFor("the failed history write") {
        $0.contains("history is off from now on") && Self.lastLine($0) == "attrition>"
      }
      #expect(screen.contains("File too large"), "the message says why: \(screen)")
      try enter("zz", expecting: "1,500", in: repl)
      try repl.press("C-d")
      _ = try repl.waitForExit()
    }
    let history = try String(
      contentsOfFile: Self.stateFolder(folder).appendingPathComponent("history").path,
      encoding: .utf8)
    #expect(!history.contains("let zz"), "no part of the torn entry stays in the file: \(history)")
    try withREPL(in: folder) { repl in
      try repl.press("Up")
      try repl.waitFor("the entry before the torn one") { Self.lastLine($0) == "attrition> let before = 1" }
    }
  }

  @Test("temporary files of saves and compactions that a killed REPL left are removed at the next start")
  func abandonedTemporaryFiles() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    let state = Self.stateFolder(folder)
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    // 4194305 is above the kernel's largest process ID (2^22), so no process has it.
    let abandoned = ["history.4194305.tmp", ".attrition-4194305-abcdef"]
    for name in abandoned + ["unrelated.tmp"] {
      FileManager.default.createFile(atPath: state.appendingPathComponent(name).path, contents: Data("x".utf8))
    }
    try withREPL(in: folder) { repl in
      try enter("1 + 1", expecting: "2", in: repl)
      let left = try FileManager.default.contentsOfDirectory(atPath: state.path)
      for name in abandoned { #expect(!left.contains(name), "\(left)") }
      #expect(left.contains("unrelated.tmp"), "files that are not Attrition's are kept: \(left)")
    }
  }
}

/// Text from scripts and data that holds terminal control sequences, on a real terminal.
extension TerminalTests {
  /// A CSV file whose cells hold OSC 52 (set the clipboard) and SGR 8 (hidden text).
  static let hostileCSV = "name,count\n\"a\u{1B}]52;c;ZXZpbA==\u{07}b\",1\n\"\u{1B}[8mhidden\",2\n"

  @Test("escape sequences in a script's strings, a CSV's cells and a diagnostic's source line show escaped")
  func terminalInjection() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.hostileCSV.utf8).write(to: folder.appendingPathComponent("evil.csv"))
    let script = "let marker = \"before\"\nmarker\n\"x\u{1B}[2Jy\"\nload(\"evil.csv\")\n"
    try Data(script.utf8).write(to: folder.appendingPathComponent("evil.atn"))
    try Data("1 + 1\n1 + \u{1B}]0;owned\u{07}\n".utf8).write(to: folder.appendingPathComponent("broken.atn"))
    for (file, expected) in [
      ("evil.atn", ["before", "x␛[2Jy", "a␛]52;c;ZXZpbA==␇b", "␛[8mhidden"]),
      ("broken.atn", ["broken.atn:2:5", "␛]0;owned␇"]),
    ] {
      let run = try TmuxSession(folder: folder)
      defer { run.stop() }
      try run.start(["run", file])
      let status = try run.waitForExit()
      let screen = try run.screen()
      for text in expected { #expect(screen.contains(text), "\(file): '\(text)' on the screen:\n\(screen)") }
      let raw = try run.screen(escapes: true)
      #expect(!raw.contains("\u{1B}]") && !raw.contains("\u{1B}[8m"), "\(file): \(raw.debugDescription)")
      #expect(status == (file == "broken.atn" ? 1 : 0))
    }
    try withREPL(in: folder) { repl in
      let screen = try enter("load(\"evil.csv\")", expecting: "hidden", in: repl)
      #expect(screen.contains("a␛]52;c;ZXZpbA==␇b") && screen.contains("␛[8mhidden"), "\(screen)")
      #expect(try !repl.screen(escapes: true).contains("\u{1B}]52"))
    }
  }
}

/// Errors in functions that an earlier input or a `:run` file defined, at the prompt.
extension TerminalTests {
  @Test("a function from a ':run' file fails at its own file and line, with a note for the call, never a negative line")
  func runFileFunctionError() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# helpers\n\nfn bad(x) = x + 1 km\n".utf8).write(to: folder.appendingPathComponent("lib.atn"))
    try withREPL(in: folder) { repl in
      try enter("1 + 1", expecting: "2", in: repl)
      try enter(":run \"lib.atn\"", expecting: "", in: repl)
      let screen = try enter("bad(2 days)", expecting: "called from", in: repl)
      #expect(screen.contains("lib.atn:3:13: error: cannot add 'day' and 'km'"), "\(screen)")
      #expect(screen.contains(" 3 | fn bad(x) = x + 1 km"), "\(screen)")
      #expect(!screen.contains(":-"), "\(screen)")
    }
  }
}
