import Foundation
import Testing

/// Extreme numbers and units, data cells no number or day can stand for, invalid polygons, and a
/// full disk: through the real executable, each ends in a diagnostic or a drawn answer, never a
/// trap, a silent change or a lost byte.
@Suite("Hostile values")
struct HostileValueTests {
  /// A script, the files it reads, and the diagnostic (or output) it must give.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var script: String
    var files: [String: String] = [:]
    /// The diagnostic ID, or nil when the script succeeds.
    var id: String?
    /// A phrase standard error (for a diagnostic) or standard output must hold.
    var phrase: String

    var testDescription: String { name }
  }

  static let traps: [Case] = [
    // Before: SIGILL in Unit+Algebra.swift.
    Case(
      name: "a unit exponent past the limit", script: "fn s(x) = x * x\ns(s(s(s(s(s(1 km))))))",
      id: "evaluation.too_large", phrase: "more than the limit of a power of 20"),
    Case(
      name: "a unit divided to a power past the limit", script: "fn s(x) = x * x\n1 / s(s(s(s(s(1 day)))))",
      id: "evaluation.too_large", phrase: "the unit of the result would be"),
    // Before: SIGILL converting a Double to Int.
    Case(
      name: "time_to_take of a negative area", script: "territory.time_to_take(-1e19 km², 1 km²/day, from: 2024-01-01)",
      id: "module.not_positive", phrase: "an area to take cannot be negative"),
    Case(
      name: "time_to_take of a duration past the calendar",
      script: "territory.time_to_take(1e19 km², 1e-9 km²/day, from: 2024-01-01)", phrase: "1e28"),
    // Before: SIGILL in ChartText.swift, and blank bars.
    Case(
      name: "a line chart of ±1.7e308",
      script: #"chart(table(d: [1, 2, 3], v: [1.7e308, -1.7e308, 5]), x: "d", y: "v")"#,
      phrase: "the values span more than the largest number, so no one scale can draw them"),
    Case(
      name: "a bar chart of ±1.7e308",
      script: #"chart(table(d: ["a", "b"], v: [1.7e308, -1.7e308]), x: "d", y: "v", kind: "bar")"#,
      phrase: "no one scale can draw them"),
    Case(
      name: "a bar chart of 1.7e308 beside 1",
      script: #"chart(table(d: ["a", "b"], v: [1.7e308, 1]), x: "d", y: "v", kind: "bar")"#, phrase: "█"),
  ]

  static let cells: [Case] = [
    Case(
      name: "Infinity in a CSV", script: #"load("x.csv")"#, files: ["x.csv": "a,b\n1,2\n3,Infinity\n"],
      id: "input.not_finite", phrase: "'Infinity' in '<folder>/x.csv' at row 3, column 'b' is not a finite number"),
    Case(
      name: "1e309 in a CSV", script: #"load("x.csv")"#, files: ["x.csv": "a\n1e309\n"], id: "input.not_finite",
      phrase: "at row 2, column 'a'"),
    Case(
      name: "a day that is not in the calendar", script: #"load("x.csv")"#,
      files: ["x.csv": "day,v\n2024-02-28,1\n2024-02-30,2\n"], id: "input.invalid_day",
      phrase: "'2024-02-30' in '<folder>/x.csv' at row 3, column 'day' is not a day of the calendar"),
    Case(
      name: "1e400 in JSON", script: #"load("x.json")"#, files: ["x.json": #"[{"a": 1}, {"a": 1e400}]"#],
      id: "input.not_finite", phrase: "'1e400' in '<folder>/x.json' at 1:18 is not a finite number"),
    Case(
      name: "a lone surrogate in JSON", script: #"load("x.json")"#, files: ["x.json": #"[{"a": "\ud800x"}]"#],
      id: "input.lone_surrogate", phrase: "holds half of a UTF-16 surrogate pair"),
    Case(
      name: "a day kept as text when the types say so", script: #"load("x.csv", types: "day: string")"#,
      files: ["x.csv": "day\n2024-02-30\n"], phrase: "2024-02-30"),
  ]

  static let polygons: [Case] = [
    Case(
      name: "a ring that crosses itself", script: #"load("\#(fixture("ring-crosses-itself.geojson"))")"#,
      id: "input.invalid_polygon", phrase: "invalid polygon in feature 2"),
    Case(
      name: "a hole outside its ring", script: #"load("\#(fixture("hole-outside-ring.geojson"))")"#,
      id: "input.invalid_polygon", phrase: "hole 1 lies outside the outer ring"),
    Case(
      name: "a longitude of 500°", script: #"load("\#(fixture("longitude-out-of-range.geojson"))")"#,
      id: "input.malformed_json", phrase: "expected a longitude within ±180°"),
  ]

  static func fixture(_ name: String) -> String {
    FixturePaths.fixtures.appendingPathComponent("data/\(name)").path
  }

  @Test("extreme numbers and units: a diagnostic or a drawn answer, never a trap", arguments: traps)
  func extremes(_ hostile: Case) throws {
    try check(hostile)
  }

  @Test("data cells no number or day stands for: refused with their row and column", arguments: cells)
  func unreadableCells(_ hostile: Case) throws {
    try check(hostile)
  }

  @Test("invalid polygons and coordinates: refused, naming the feature", arguments: polygons)
  func invalidPolygons(_ hostile: Case) throws {
    try check(hostile)
  }

  func check(_ hostile: Case) throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in hostile.files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    try Data(hostile.script.utf8).write(to: folder.appendingPathComponent("case.atn"))
    let outcome = try AttritionProcess.run(["run", "--allow-outside", "case.atn"], directory: folder)
    let phrase = hostile.phrase.replacingOccurrences(of: "<folder>", with: folder.path)
    if let id = hostile.id {
      Expect.diagnostic(outcome, id: id)
      #expect(outcome.stderr.contains(phrase), "\(outcome.summary)")
    } else {
      Expect.success(outcome)
      #expect(outcome.stdout.contains(phrase), "\(outcome.summary)")
    }
  }

  @Test("numbers saved to CSV read back to the same doubles, parsed here on their own")
  func savedNumbersReadBack() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let values: [Double] = [
      0.1, 1e300, -2.5e-300, 123_456_789.123, 1.0 / 3.0, 2.2250738585072014e-308, -0.0, 1.7976931348623157e308,
    ]
    let literals = [
      "0.1", "1e300", "-2.5e-300", "123456789.123", "1/3", "2.2250738585072014e-308", "-0.0", "1.7976931348623157e308",
    ]
    let script = "save(table(x: [\(literals.joined(separator: ", "))]), \"t.csv\")\nload(\"t.csv\")\n"
    try Data(script.utf8).write(to: folder.appendingPathComponent("case.atn"))
    let outcome = try AttritionProcess.run(["run", "--allow-outside", "case.atn"], directory: folder)
    Expect.success(outcome)
    let lines = try String(contentsOf: folder.appendingPathComponent("t.csv"), encoding: .utf8).split(separator: "\n")
    #expect(lines.first == "x")
    let read = lines.dropFirst().map { Double(String($0)) }
    #expect(read.count == values.count)
    for (index, value) in values.enumerated() {
      let back = try #require(read[index], "line \(index + 2) of t.csv is not a number: \(lines[index + 1])")
      #expect(back == value && back.sign == value.sign, "row \(index + 1): wrote \(value), the file says \(back)")
    }
    // And Attrition itself reads the file back without a missing cell.
    #expect(!outcome.stdout.contains("missing") && !outcome.stdout.contains("—"), "\(outcome.summary)")
  }

  @Test("output to a full disk: exit 1 and a message naming standard output, not a silent cut at 64 KiB")
  func fullDisk() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // About 200 KB of output, more than any buffer holds.
    let script = "table(n: [\((1...20_000).map(String.init).joined(separator: ", "))]) | limit 20000\n"
    try Data(script.utf8).write(to: folder.appendingPathComponent("long.atn"))
    let outcome = try AttritionProcess.run(
      ["run", "--format", "csv", "long.atn"], directory: folder, standardOutput: "/dev/full")
    #expect(!outcome.crashed && !outcome.timedOut, "\(outcome.summary)")
    #expect(outcome.status == 1, "\(outcome.summary)")
    #expect(
      outcome.stderr.contains("cannot write to standard output: No space left on device"), "\(outcome.summary)")
    // The same run to a file that can take it writes every row.
    let whole = try AttritionProcess.run(["run", "--format", "csv", "long.atn"], directory: folder)
    Expect.success(whole)
    #expect(whole.stdoutLines.count == 20_001, "\(whole.stdoutLines.count) lines")
  }
}
