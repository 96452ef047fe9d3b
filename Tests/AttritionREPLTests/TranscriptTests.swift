import AttritionCore
import AttritionLanguage
import Foundation
import Testing

@Suite("Session transcript, :save and :explain")
struct TranscriptTests {
  @Test("successful statements are recorded, failed ones and lookups are not; a failure stops the input")
  func records() throws {
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    #expect(session.runInput(SourceFile(name: "<input>", text: "let a = 950k; a / 400k")) == .succeeded)
    #expect(session.runInput(SourceFile(name: "<input>", text: "let b = 2; b / nope; let c = 3")) == .failed)
    #expect(session.runInput(SourceFile(name: "<input>", text: ":help")) == .succeeded)
    #expect(session.runInput(SourceFile(name: "<input>", text: "(1 +\n 2)")) == .succeeded)
    #expect(session.transcript.entries.map(\.text) == ["let a = 950k", "a / 400k", "let b = 2", "(1 +\n 2)"])
    #expect(session.evaluator.global("c") == nil)
    let error = try #require(log.errors.first)
    #expect(error.hasPrefix("<input>:1:16: error: unknown name 'nope'"), "positions are those of the text as typed")
    #expect(session.runInput(SourceFile(name: "<input>", text: ":quit")) == .quit)
  }

  @Test(":save writes a script that replays the session's results")
  func save() throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    session.workingDirectory = folder.path
    for line in ["let ua = 60k..100k", "250k / ua", "250k / nope", "_ * 2", ":save out.atn"] {
      _ = session.runInput(SourceFile(name: "<input>", text: line, directory: folder.path))
    }
    #expect(log.results.last == "saved 3 statements to 'out.atn'")
    let script = try String(contentsOf: folder.appendingPathComponent("out.atn"), encoding: .utf8)
    #expect(script.hasPrefix("# Attrition session saved "))
    #expect(!script.contains("nope") && !script.contains(":save"))
    let replay = OutputLog()
    let fresh = try REPLTestSupport.session(output: replay)
    #expect(fresh.run(SourceFile(name: "out.atn", text: script)))
    #expect(replay.results == Array(log.results.prefix(2)))
  }

  @Test(":save into a folder or an unwritable place is an error, and the session goes on")
  func saveFails() throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    #expect(session.runInput(SourceFile(name: "<input>", text: ":save \(folder.path)")) == .failed)
    #expect(log.errors.last?.contains("is a directory") == true)
    #expect(session.runInput(SourceFile(name: "<input>", text: ":save /no/such/folder/x.atn")) == .failed)
    #expect(log.errors.last?.contains("command.cannot_write") == true)
  }

  @Test(":explain shows the derivation, where the bounds come from and where each source enters")
  func explain() throws {
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    let setup = "let ua = 60k..100k\nlet ru = cite(950k, \"CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03\")"
    for line in setup.split(separator: "\n") { _ = session.runInput(SourceFile(name: "<input>", text: String(line))) }
    #expect(session.runInput(SourceFile(name: "<input>", text: ":explain ru / ua * 2")) == .succeeded)
    let text = try #require(log.results.last)
    #expect(text.hasPrefix("ru / ua * 2 = 23.8 [19.0 – 31.7]"))
    #expect(text.contains("└─ 2  =  2    (number)"))
    #expect(text.contains("(variable: let ua = 60k..100k)"))
    #expect(text.contains("bounds:  19.0 – 31.7, resting on:\n  ua: 60,000 – 100,000"))
    #expect(text.contains("CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03  ← ru"))
    _ = session.runInput(SourceFile(name: "<input>", text: ":explain 2 + 2"))
    #expect(log.results.last?.contains("bounds:  none: the result is exact") == true)
    #expect(log.results.last?.contains("sources: none recorded") == true)
  }

  @Test(":explain reports errors against the expression and keeps the session")
  func explainErrors() throws {
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    #expect(session.runInput(SourceFile(name: "<input>", text: ":explain 1 + nope")) == .failed)
    #expect(log.errors.last?.hasPrefix("<explain>:1:5: error: unknown name 'nope'") == true)
    #expect(session.runInput(SourceFile(name: "<input>", text: ":explain fn f(x) = x")) == .failed)
    #expect(log.errors.last?.contains("takes one expression") == true)
    #expect(session.runInput(SourceFile(name: "<input>", text: "1 + 1")) == .succeeded)
  }

  @Test(":format and :timer without an argument say it is missing; :load … as refuses a name that is no name")
  func commandArguments() throws {
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    for command in [":format", ":timer", ":format  "] {
      #expect(session.runInput(SourceFile(name: "<input>", text: command)) == .failed)
      let error = try #require(log.errors.last)
      #expect(error.contains("needs an argument [command.missing_argument]"), "\(command): \(error)")
    }
    for name in ["1bad", "let", "a-b"] {
      #expect(session.runInput(SourceFile(name: "<input>", text: ":load f.csv as \(name)")) == .failed)
      let error = try #require(log.errors.last)
      #expect(error.contains("'\(name)' is not a valid name for ':load' [command.invalid_name]"), "\(error)")
      #expect(error.contains("a name starts with a letter or '_'"), "\(error)")
    }
  }

  @Test(":explain of a binding explains its value once, headed by the name, and binds nothing")
  func explainBinding() throws {
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    #expect(session.runInput(SourceFile(name: "<input>", text: ":explain let x = 1")) == .succeeded)
    let text = try #require(log.results.last)
    #expect(text.hasPrefix("x = 1\n"), "\(text)")
    #expect(!text.contains("let x = 1 = 1"), "\(text)")
    #expect(session.evaluator.global("x") == nil)
  }

  @Test("an error in a function defined in an earlier input quotes that input, also under :explain")
  func errorInEarlierInput() throws {
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    #expect(session.runInput(SourceFile(name: "<input 1>", text: "fn gg(x) = x + 5 km")) == .succeeded)
    #expect(session.runInput(SourceFile(name: "<input 2>", text: "\n gg(3)")) == .failed)
    let error = try #require(log.errors.last)
    #expect(error.hasPrefix("<input 1>:1:12: error: "), "\(error)")
    #expect(error.contains(" 1 | fn gg(x) = x + 5 km\n   |            ^~~~~~~~"), "\(error)")
    #expect(session.runInput(SourceFile(name: "<input 3>", text: ":explain 1 + gg(3)")) == .failed)
    let explained = try #require(log.errors.last)
    #expect(explained.hasPrefix("<input 1>:1:12: error: "), "\(explained)")
    #expect(session.runInput(SourceFile(name: "<input 4>", text: "1 +\n  nope")) == .failed)
    #expect(log.errors.last?.hasPrefix("<input 4>:2:3: error: unknown name 'nope'") == true, "\(log.errors)")
  }
}

/// `:save` keeps every statement a replay needs (data loaded with `:load` and `load(…)`, script
/// modules, functions, the output format), and the real `attrition run` reproduces the session.
@Suite("Session transcript: :save replayed by attrition run")
struct TranscriptReplayTests {
  @Test(":load, load(…), import, fn and :format are saved, and 'attrition run' prints the same results")
  func replayWithData() throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("date,tank\n2024-01-01,10\n2024-01-02,14\n2024-01-03,19\n".utf8)
      .write(to: folder.appendingPathComponent("losses.csv"))
    try Data("fn twice(x) = 2 * x\n".utf8).write(to: folder.appendingPathComponent("helpers.atn"))
    let log = OutputLog()
    let session = try REPLTestSupport.session(output: log)
    session.workingDirectory = folder.path
    let lines = [
      ":load losses.csv as gs", "gs | where tank > 12 | select date, tank", "let t = load(\"losses.csv\")",
      "import \"helpers.atn\"", "helpers.twice(21)", "fn half(x) = x / 2", "half(950k)", "nope(1)",
      ":format csv", "950k / 400k", ":help", ":save replay.atn",
    ]
    for line in lines {
      _ = session.runInput(SourceFile(name: "<input>", text: line, directory: folder.path))
    }
    #expect(log.results.dropLast().last?.hasPrefix("Commands:") == true, "\(log.results)")
    let saved = try #require(log.results.last, "\(log.results)")
    #expect(saved == "saved 9 statements to 'replay.atn'", "\(log.results)")
    let script = try String(contentsOf: folder.appendingPathComponent("replay.atn"), encoding: .utf8)
    let statements = script.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    #expect(statements == lines.filter { $0 != "nope(1)" && $0 != ":help" && !$0.hasPrefix(":save") }, "\(script)")
    // No temporary file is left beside the script.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["helpers.atn", "losses.csv", "replay.atn"], "\(names)")
    let replay = try REPLBinaries.run(["run", "replay.atn", "--echo", "off"], directory: folder)
    #expect(replay.status == 0, "\(replay.stderr)")
    // The session's output without what :help and :save printed, which are not replayed.
    let expected = log.results.dropLast(2).joined(separator: "\n") + "\n"
    #expect(replay.stdout == expected, "replay:\n\(replay.stdout)\nsession:\n\(expected)")
  }
}
