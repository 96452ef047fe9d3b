import Foundation
import Testing

/// Malformed, huge and hostile input: each gets a diagnostic and exit 1, never a crash or a hang.
@Suite("Bad input", .serialized)
struct BadInputTests {
  /// Writes `bytes` to `name` in a fresh folder, runs `attrition run name` there, and removes the folder.
  static func runFile(_ name: String, _ bytes: Data, extra: [String] = []) throws -> ProcessOutcome {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try bytes.write(to: folder.appendingPathComponent(name))
    return try AttritionProcess.run(extra + ["run", name], directory: folder)
  }

  /// Runs a script given as text.
  static func runScript(_ name: String, _ text: String) throws -> ProcessOutcome {
    // Results without labels: these tests are about what a script survives, not how it prints.
    try runFile(name, Data(text.utf8), extra: ["--echo", "off"])
  }

  // MARK: Files that are not scripts

  @Test("a missing file")
  func missingFile() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try AttritionProcess.run(["run", "no-such-script.atn"], directory: folder)
    Expect.diagnostic(outcome, id: "input.file_not_found")
    #expect(outcome.stderr.contains("no-such-script.atn"), "\(outcome.summary)")
    let withoutRun = try AttritionProcess.run(["no-such-script.atn"], directory: folder)
    Expect.diagnostic(withoutRun, id: "input.file_not_found")
  }

  @Test("a directory")
  func directory() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("scripts"), withIntermediateDirectories: true)
    let outcome = try AttritionProcess.run(["run", "scripts"], directory: folder)
    Expect.diagnostic(outcome, id: "input.is_directory")
  }

  @Test("a device or a pipe as a script, a data file, or a script to :run: refused at once, never read")
  func devicesAndPipes() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe.csv").path
    #expect(mkfifo(fifo, 0o600) == 0)
    for arguments in [
      ["run", "/dev/zero"], ["run", fifo], ["-e", #"load("/dev/urandom")"#], ["-e", ":load \"/dev/zero\""],
      ["-e", "load(\"\(fifo)\")"], ["-e", ":run \"/dev/zero\""],
    ] {
      let outcome = try AttritionProcess.run(arguments, timeout: 20)
      Expect.diagnostic(outcome, id: "input.unreadable")
      #expect(
        outcome.stderr.contains("it is not a regular file but a device, a pipe or a socket"), "\(outcome.summary)")
    }
  }

  @Test("a binary file")
  func binaryFile() throws {
    var bytes = Data("let x = 1\n".utf8)
    bytes.append(contentsOf: (0...255).map { UInt8($0) })
    bytes.append(contentsOf: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0])
    let outcome = try Self.runFile("program.atn", bytes)
    Expect.diagnostic(outcome, id: "input.binary_file")
    #expect(outcome.stdout.isEmpty, "\(outcome.summary)")
  }

  @Test(
    "invalid UTF-8",
    arguments: [
      [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    ] as [[UInt8]])
  func invalidUTF8(badBytes: [UInt8]) throws {
    var bytes = Data("let kyiv = \"".utf8)
    bytes.append(contentsOf: badBytes)
    bytes.append(contentsOf: Data("\"\nkyiv\n".utf8))
    let outcome = try Self.runFile("latin1.atn", bytes)
    Expect.diagnostic(outcome, id: "input.invalid_utf8")
    #expect(outcome.stdout.isEmpty, "\(outcome.summary)")
  }

  @Test("invalid UTF-8 and NUL bytes on standard input")
  func badStandardInput() throws {
    let invalid = try AttritionProcess.run(["-"], input: Data([0x31, 0x20, 0x2B, 0x20, 0xFF, 0x0A]))
    Expect.diagnostic(invalid, id: "input.invalid_utf8")
    let binary = try AttritionProcess.run(["-"], input: Data([0x31, 0x00, 0x0A]))
    Expect.diagnostic(binary, id: "input.binary_file")
  }

  @Test("a script, a data file and a plugin the user may not read: each denial names the path")
  func unreadableFiles() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    for name in ["secret.atn", "secret.csv", "libSecret.so"] {
      let file = folder.appendingPathComponent(name)
      try Data("1\n".utf8).write(to: file)
      try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
    }
    let script = try AttritionProcess.run(["run", "secret.atn"], directory: folder, unprivileged: true)
    Expect.diagnostic(script, id: "input.unreadable")
    #expect(script.stderr.contains("secret.atn"))
    let data = try AttritionProcess.run(
      ["--no-plugins", "-e", "load(\"secret.csv\")"], directory: folder, unprivileged: true)
    Expect.diagnostic(data)
    #expect(data.stderr.contains("secret.csv") && data.stderr.contains("permission"), "\(data.stderr)")
    let plugin = try AttritionProcess.run(
      ["--no-plugins", "--plugin", "libSecret.so", "-e", "1"], directory: folder, unprivileged: true)
    Expect.diagnostic(plugin, id: "plugin.unreadable")
    #expect(plugin.stderr.contains("cannot read plugin 'libSecret.so': permission denied"), "\(plugin.stderr)")
  }

  // MARK: Malformed scripts

  @Test("an unterminated string")
  func unterminatedString() throws {
    let outcome = try Self.runScript("string.atn", "let source = \"CSIS 2025-06-03\n")
    Expect.diagnostic(outcome, id: "parse.unterminated_string")
    let atEnd = try AttritionProcess.run(["-e", "\"abc\\"])
    Expect.diagnostic(atEnd, id: "parse.unterminated_string")
  }

  @Test("a number beyond the largest double: 1e400")
  func hugeExponent() throws {
    Expect.diagnostic(try AttritionProcess.run(["-e", "1e400"]), id: "parse.number_out_of_range")
    Expect.diagnostic(try AttritionProcess.run(["-e", String(repeating: "9", count: 400)]))
    Expect.diagnostic(try AttritionProcess.run(["-e", "1e308k"]), id: "parse.number_out_of_range")
  }

  @Test(
    "integer-looking literals beyond what a double holds exactly",
    arguments: [
      "99999999999999999999", "9223372036854775808", "18446744073709551616", "9_007_199_254_740_993",
      "9007199254740993", "9007199254740994", "10000000000000000k", "9007199254741M",
    ])
  func integerTooLarge(literal: String) throws {
    let outcome = try AttritionProcess.run(["-e", literal])
    Expect.diagnostic(outcome, id: "parse.integer_too_large")
  }

  @Test("the largest exact integer, 2^53, is accepted")
  func largestExactInteger() throws {
    let outcome = try AttritionProcess.run(["--format", "json", "-e", "9_007_199_254_740_992"])
    Expect.success(outcome)
    #expect(outcome.stdout.contains(#""value":9007199254740992"#), "\(outcome.summary)")
  }

  // MARK: Deep nesting

  @Test(
    "10,000 levels of nesting",
    arguments: [
      ("parentheses", String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)),
      ("minus signs", String(repeating: "-", count: 10_000) + "1"),
      ("plus signs", String(repeating: "+", count: 10_000) + "1"),
      ("minus signs with spaces", String(repeating: "- ", count: 10_000) + "1"),
      ("not", String(repeating: "not ", count: 10_000) + "true"),
      ("lists", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)),
      ("calls", String(repeating: "abs(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)),
      (
        "index",
        "let l = [0]\nl" + String(repeating: "[l", count: 10_000) + "[0]" + String(repeating: "]", count: 10_000)
      ),
      ("unclosed parentheses", String(repeating: "(", count: 10_000)),
      ("unclosed brackets", String(repeating: "[", count: 10_000)),
      ("ranges", String(repeating: "(1..", count: 10_000) + "2" + String(repeating: ")", count: 10_000)),
    ])
  func deepNesting(label: String, script: String) throws {
    let outcome = try Self.runScript("deep.atn", script + "\n")
    Expect.diagnostic(outcome)
    #expect(outcome.stderr.contains("[parse."), "\(label): \(outcome.summary)")
  }

  @Test("nesting just inside the limit still works")
  func nestingInsideLimit() throws {
    let script = String(repeating: "(", count: 50) + "950k / 400k" + String(repeating: ")", count: 50)
    let outcome = try AttritionProcess.run(["-e", script])
    Expect.success(outcome)
    #expect(outcome.stdout == "2.375\n", "\(outcome.summary)")
  }

  @Test("unbounded user recursion: fn f(x) = f(x) then f(1)")
  func userRecursion() throws {
    let outcome = try Self.runScript("recursion.atn", "fn f(x) = f(x)\nf(1)\n")
    Expect.diagnostic(outcome, id: "evaluation.call_depth_exceeded")
    let mutual = try Self.runScript("mutual.atn", "fn f(x) = g(x) + 1\nfn g(x) = f(x) * 2\nf(1)\n")
    Expect.diagnostic(mutual, id: "evaluation.call_depth_exceeded")
  }

  // MARK: Huge input

  @Test("a 1 MB line: a string, a comment, a list")
  func megabyteLines() throws {
    let megabyte = 1 << 20
    let string = try Self.runScript("string.atn", "\"" + String(repeating: "a", count: megabyte) + "\"\n")
    Expect.success(string)
    #expect(string.stdout.utf8.count == megabyte + 1, "\(string.summary)")
    let comment = try Self.runScript("comment.atn", "# " + String(repeating: "x", count: megabyte) + "\n1\n")
    Expect.success(comment)
    #expect(comment.stdout == "1\n", "\(comment.summary)")
    let list = try Self.runScript(
      "list.atn", "count([" + String(repeating: "1, ", count: megabyte / 3) + "1])\n")
    Expect.success(list)
    #expect(list.stdout == "349,526\n", "\(list.summary)")
  }

  @Test("a 1 MB line that is one long sum: 1+1+…+1")
  func megabyteSum() throws {
    let terms = 1 << 19
    let outcome = try Self.runScript("sum.atn", String(repeating: "1+", count: terms) + "1\n")
    // Either the sum or a diagnostic; never a crash.
    #expect(!outcome.timedOut && !outcome.crashed, "\(outcome.summary)")
    if outcome.status == 0 {
      #expect(outcome.stdout == "524,289\n", "\(outcome.summary)")
    } else {
      Expect.diagnostic(outcome)
    }
  }

  @Test(
    "a long flat chain of operators (100,000 terms) evaluates or is refused, never crashes",
    arguments: [
      ("difference", "-"), ("product", "*"), ("conjunction", " and 1 < "),
    ])
  func longChain(label: String, separator: String) throws {
    let script = "let x = 1" + String(repeating: separator + "1", count: 100_000) + "\n"
    let outcome = try Self.runScript("chain.atn", script)
    #expect(!outcome.timedOut && !outcome.crashed, "\(label): \(outcome.summary)")
    #expect(outcome.status == 0 || outcome.stderr.contains("error:"), "\(label): \(outcome.summary)")
  }

  @Test("a 1 MB unknown name is reported within the timeout")
  func megabyteName() throws {
    let outcome = try Self.runScript("name.atn", "let x = 1\n" + String(repeating: "x", count: 1 << 20) + " + 1\n")
    Expect.diagnostic(outcome, id: "evaluation.unknown_name")
  }

  @Test("100,000 lines of statements")
  func manyLines() throws {
    var script = ""
    for index in 0..<100_000 { script += "let v\(index) = \(index)\n" }
    script += "v99999 + v1\n"
    let outcome = try Self.runScript("lines.atn", script)
    Expect.success(outcome)
    #expect(outcome.stdout == "100,000\n", "\(outcome.summary)")
  }

  @Test("a 20,000-row CSV file run as a script by mistake: one parse error per line, reported promptly")
  func csvAsScript() throws {
    var csv = "date,tank,apv\n"
    for day in 0..<20_000 { csv += "2024-01-01,\(day),\(2 * day)\n" }
    let outcome = try Self.runScript("losses.csv", csv)
    Expect.diagnostic(outcome, id: "parse.expected")
  }

  @Test("an empty file runs with exit 0 and prints nothing")
  func emptyFile() throws {
    let outcome = try Self.runFile("empty.atn", Data())
    Expect.success(outcome)
    #expect(outcome.stdout.isEmpty, "\(outcome.summary)")
  }

  // MARK: Overflow at run time

  @Test(
    "overflow and out-of-range values at run time",
    arguments: [
      ("1e308 * 10", "evaluation.not_finite"),
      ("0 - 1e308 - 1e308", "evaluation.not_finite"),
      ("1 / 0", "evaluation.divisor_range_contains_zero"),
      ("[1][1e300]", "evaluation.wrong_type"),
      ("2024-01-01 + 1e15", "evaluation.wrong_type"),
      ("table(a: [1]) | limit -1", "evaluation.wrong_type"),
    ])
  func runtimeOverflow(expression: String, id: String) throws {
    Expect.diagnostic(try AttritionProcess.run(["-e", expression]), id: id)
  }
}
