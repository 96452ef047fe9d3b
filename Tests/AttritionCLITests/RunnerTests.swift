import Foundation
import Testing

/// The script runner's surface: `run FILE ARG…`, `FILE`, `-e`, `-`, `--format`, and exit statuses.
@Suite("Script runner")
struct RunnerTests {
  /// Writes `text` to `name` in a fresh folder and returns the folder; the caller removes it.
  static func folder(with name: String, _ text: String) throws -> URL {
    let folder = try FixturePaths.scratchFolder()
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    return folder
  }

  @Test("attrition run FILE a b passes the arguments as the list 'args'")
  func arguments() throws {
    let folder = try Self.folder(with: "args.atn", "args\nargs[0]\nargs[1]\nargs.count\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try AttritionProcess.run(
      ["run", "--format", "json", "args.atn", "a", "b"], directory: folder)
    Expect.success(outcome)
    let lines = outcome.stdoutLines
    try #require(lines.count == 4, "\(outcome.summary)")
    let list = try SeedTests.object(lines[0])
    #expect(list["type"] as? String == "list", "\(list)")
    let values = try #require(list["values"] as? [[String: Any]], "\(list)")
    #expect(values.compactMap { $0["value"] as? String } == ["a", "b"], "\(list)")
    #expect(values.allSatisfy { $0["type"] as? String == "string" }, "\(list)")
    #expect(lines[1].hasPrefix(#"{"type":"string","value":"a","file":"args.atn","line":2,"#))
    #expect(lines[2].hasPrefix(#"{"type":"string","value":"b","file":"args.atn","line":3,"#))
    #expect(SeedTests.number(try SeedTests.object(lines[3])["value"]) == 2)
  }

  @Test("options after FILE are attrition's; words that look like options reach the script after '--'")
  func optionLikeArguments() throws {
    let folder = try Self.folder(with: "args.atn", "assert_eq(args.count, 3)\nargs\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let passed = try AttritionProcess.run(["run", "args.atn", "x", "--", "--format", "-5"], directory: folder)
    Expect.success(passed)
    #expect(passed.stdout == "args = [\"x\", \"--format\", \"-5\"]\n", "\(passed.summary)")
    // `--format json` after FILE is the format, and the other words are the script's.
    let formatted = try AttritionProcess.run(["run", "args.atn", "x", "--format", "json", "y", "z"], directory: folder)
    Expect.success(formatted)
    #expect(
      formatted.stdoutLines.last?.hasPrefix(#"{"type":"list","values":[{"type":"string","value":"x"}"#) == true,
      "\(formatted.summary)")
    let unknown = try AttritionProcess.run(["args.atn", "x", "--colour"], directory: folder)
    #expect(unknown.status == 2 && unknown.stderr.contains("Unknown option '--colour'"), "\(unknown.summary)")
  }

  @Test("--data-dir works before a subcommand and after it")
  func globalOptionsAnywhere() throws {
    let shared = ProcessInfo.processInfo.environment["ATTRITION_DATA"]?.split(separator: ":").first.map(String.init)
    let data = try #require(shared, "the tests need the public datasets in ATTRITION_DATA")
    let environment = ["ATTRITION_DATA": "", "XDG_CACHE_HOME": FileManager.default.temporaryDirectory.path + "/none"]
    let before = try AttritionProcess.run(
      ["--data-dir", data, "data", "list", "general-staff"], environment: environment)
    let after = try AttritionProcess.run(
      ["data", "list", "general-staff", "--data-dir", data], environment: environment)
    Expect.success(before)
    #expect(before.stdout == after.stdout, "\(before.summary)\n\(after.summary)")
    #expect(before.stdout.contains(data + "/general-staff"), "\(before.summary)")
  }

  @Test("attrition FILE runs the file without 'run'")
  func fileWithoutRun() throws {
    let folder = try Self.folder(with: "ratio.atn", "let ru = 950k\nru / 400k\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try AttritionProcess.run(["ratio.atn"], directory: folder)
    Expect.success(outcome)
    // A script's results say what they answer (--echo on is the default for scripts).
    #expect(outcome.stdout == "ru / 400k = 2.375\n", "\(outcome.summary)")
    // --echo off before or after FILE, on the fast path and through ArgumentParser (--max-steps) alike.
    for arguments in [
      ["ratio.atn", "--echo", "off"], ["run", "--echo", "off", "ratio.atn"],
      ["run", "--max-steps", "1000", "ratio.atn", "--echo", "off"],
    ] {
      let plain = try AttritionProcess.run(arguments, directory: folder)
      #expect(plain.stdout == "2.375\n", "\(arguments): \(plain.summary)")
    }
  }

  @Test("attrition - reads the script from standard input")
  func standardInput() throws {
    let outcome = try AttritionProcess.run(["-"], input: Data("let ru = 950k\nru / 400k\n".utf8))
    Expect.success(outcome)
    #expect(outcome.stdout == "ru / 400k = 2.375\n", "\(outcome.summary)")
  }

  @Test("attrition with no FILE reads piped standard input")
  func pipedStandardInput() throws {
    let outcome = try AttritionProcess.run(["--format", "json"], input: Data("days(2024-01-01..2025-06-04)\n".utf8))
    Expect.success(outcome)
    #expect(outcome.stdout.contains(#""value":521"#), "\(outcome.summary)")
  }

  @Test("a diagnostic about standard input names <stdin>")
  func standardInputDiagnostic() throws {
    let outcome = try AttritionProcess.run(["-"], input: Data("1 +\n".utf8))
    Expect.diagnostic(outcome, id: "parse.expected")
    #expect(outcome.stderr.hasPrefix("<stdin>:"), "\(outcome.summary)")
  }

  @Test("attrition -e EXPR evaluates one expression")
  func expression() throws {
    let outcome = try AttritionProcess.run(["-e", "250k / 60k..100k"])
    Expect.success(outcome)
    #expect(outcome.stdout == "3.13 [2.50 – 4.17]\n", "\(outcome.summary)")
  }

  @Test("--format csv prints a header and one row per estimate, and tables as CSV")
  func csv() throws {
    let outcome = try AttritionProcess.run(["--format", "csv", "-e", "250k / 60k..100k"])
    Expect.success(outcome)
    let lines = outcome.stdoutLines
    try #require(lines.count == 2, "\(outcome.summary)")
    #expect(lines[0] == "value,low,high,unit,sources")
    #expect(lines[1].hasPrefix("3.125,2.5,4.1666"), "\(outcome.summary)")
    let table = try AttritionProcess.run(
      ["--format", "csv", "-e", #"table(side: ["ru", "ua"], killed: [250k, 100k])"#])
    Expect.success(table)
    // A number column is floating point; its CSV says so, as pandas, Polars and DuckDB write it.
    #expect(table.stdoutLines == ["side,killed", "ru,250000.0", "ua,100000.0"], "\(table.summary)")
  }

  @Test("--format markdown prints tables as Markdown tables")
  func markdown() throws {
    let outcome = try AttritionProcess.run(
      ["--format", "markdown", "-e", #"table(side: ["ru", "ua"], killed: [250k, 100k])"#])
    Expect.success(outcome)
    let lines = outcome.stdoutLines
    try #require(lines.count == 4, "\(outcome.summary)")
    #expect(lines[0].replacingOccurrences(of: " ", with: "") == "|side|killed|", "\(outcome.summary)")
    #expect(lines[1].allSatisfy { "|-: ".contains($0) }, "\(outcome.summary)")
    #expect(lines[2].contains("ru") && lines[3].contains("ua"), "\(outcome.summary)")
  }

  @Test("--format markdown and table agree on a range estimate")
  func markdownEstimate() throws {
    let outcome = try AttritionProcess.run(["--format", "markdown", "-e", "250k / 60k..100k"])
    Expect.success(outcome)
    #expect(outcome.stdout.contains("3.13 [2.50 – 4.17]"), "\(outcome.summary)")
  }

  @Test(
    "--format json prints days, strings and bools, each with the place and text of its statement",
    arguments: [
      ("2024-01-01", #"{"type":"day","value":"2024-01-01","#),
      (#""CSIS""#, #"{"type":"string","value":"CSIS","#),
      ("1 < 2", #"{"type":"bool","value":true,"#),
    ])
  func jsonKinds(expression: String, expected: String) throws {
    let outcome = try AttritionProcess.run(["--format", "json", "-e", expression])
    Expect.success(outcome)
    #expect(outcome.stdout.hasPrefix(expected), "\(outcome.summary)")
    let object = try SeedTests.object(outcome.stdoutLines.first ?? "")
    #expect(object["file"] as? String == "<expression>")
    #expect(SeedTests.number(object["line"]) == 1 && SeedTests.number(object["column"]) == 1)
    #expect(object["statement"] as? String == expression)
    #expect(object["name"] is NSNull)
  }

  @Test("--format json names the result of a bare name, and gives each statement's own line and column")
  func jsonResultPlaces() throws {
    let outcome = try AttritionProcess.run(["--format", "json", "-e", "let ratio = 950k / 400k\n\n  ratio\nratio * 2"])
    Expect.success(outcome)
    let objects = try outcome.stdoutLines.map { try SeedTests.object($0) }
    try #require(objects.count == 2, "\(outcome.summary)")
    #expect(objects[0]["name"] as? String == "ratio" && objects[0]["statement"] as? String == "ratio")
    #expect(SeedTests.number(objects[0]["line"]) == 3 && SeedTests.number(objects[0]["column"]) == 3)
    #expect(objects[1]["name"] is NSNull && objects[1]["statement"] as? String == "ratio * 2")
    #expect(SeedTests.number(objects[1]["line"]) == 4)
    #expect(SeedTests.number(objects[1]["value"]) == 4.75)
  }

  @Test("--format json prints a table as columns and records")
  func jsonTable() throws {
    let outcome = try AttritionProcess.run(
      ["--format", "json", "-e", #"table(side: ["ru", "ua"], killed: [250k, 100k]) | sort killed desc"#])
    Expect.success(outcome)
    let object = try SeedTests.object(outcome.stdout)
    #expect(object["type"] as? String == "table")
    #expect(object["columns"] as? [String] == ["side", "killed"], "\(object)")
    let rows = try #require(object["rows"] as? [[String: Any]], "\(object)")
    #expect(rows.count == 2)
    #expect(rows.first?["side"] as? String == "ru", "\(object)")
    #expect(SeedTests.number(rows.first?["killed"]) == 250_000, "\(object)")
  }

  @Test("--format json prints a period with its start and end")
  func jsonPeriod() throws {
    let outcome = try AttritionProcess.run(["--format", "json", "-e", "2024-01-01..2025-06-04"])
    Expect.success(outcome)
    let object = try SeedTests.object(outcome.stdout)
    #expect(object["type"] as? String == "period", "\(object)")
    #expect(object["start"] as? String == "2024-01-01", "\(object)")
    #expect(object["end"] as? String == "2025-06-04", "\(object)")
  }

  @Test("a binding prints nothing; an empty file runs with exit 0 and no output")
  func silentStatements() throws {
    let outcome = try AttritionProcess.run(["-e", "let ru = 950k"])
    Expect.success(outcome)
    #expect(outcome.stdout.isEmpty, "\(outcome.summary)")
    let folder = try Self.folder(with: "empty.atn", "")
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = try AttritionProcess.run(["run", "empty.atn"], directory: folder)
    Expect.success(empty)
    #expect(empty.stdout.isEmpty, "\(empty.summary)")
  }

  @Test(
    "a comment-only file and a file of blank lines run with exit 0 and no output",
    arguments: [
      "# nothing but a comment\n", "\n\n\n", "\u{FEFF}# a byte-order mark first\n", "  \t  \r\n",
    ])
  func nothingToRun(text: String) throws {
    let folder = try Self.folder(with: "quiet.atn", text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try AttritionProcess.run(["run", "quiet.atn"], directory: folder)
    Expect.success(outcome)
    #expect(outcome.stdout.isEmpty, "\(outcome.summary)")
  }

  @Test("a script stops at its first failing statement, after printing what came before")
  func stopsAtFirstError() throws {
    let folder = try Self.folder(with: "stop.atn", "1\nnope\n2\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try AttritionProcess.run(["run", "stop.atn"], directory: folder)
    Expect.diagnostic(outcome, id: "evaluation.unknown_name")
    #expect(outcome.stdout == "1\n", "\(outcome.summary)")
    #expect(outcome.stderr.hasPrefix("stop.atn:2:1: error: unknown name 'nope'"), "\(outcome.summary)")
  }

  @Test(
    "usage errors exit with 2",
    arguments: [
      ["--no-such-option", "seed.atn"],
      ["--format", "xml", "seed.atn"],
      ["--format"],
      ["run", "--format", "yaml", "seed.atn"],
    ])
  func usageErrors(arguments: [String]) throws {
    let outcome = try AttritionProcess.run(arguments, directory: FixturePaths.fixtures)
    #expect(!outcome.timedOut && !outcome.crashed, "\(outcome.summary)")
    #expect(outcome.status == 2, "\(outcome.summary)")
    #expect(!outcome.stderr.isEmpty, "\(outcome.summary)")
    #expect(outcome.stdout.isEmpty, "\(outcome.summary)")
  }

  @Test("--help exits 0 and names the exit statuses")
  func help() throws {
    let outcome = try AttritionProcess.run(["--help"])
    #expect(outcome.status == 0, "\(outcome.summary)")
    #expect(outcome.stdout.contains("Exit status: 0 on success, 1 when a script fails, 2 on a usage error"))
  }
}
