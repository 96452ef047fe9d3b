import Foundation
import Testing

/// The seed's figures (CSIS, June 2025) through the executable: `Tests/Fixtures/seed.atn` and its JSON.
@Suite("Seed figures end to end")
struct SeedTests {
  /// One printed estimate of `seed.atn`, in print order.
  struct Figure: Sendable, CustomTestStringConvertible {
    var label: String
    var value: Double
    var low: Double
    var high: Double
    var tolerance: Double
    var unit: String
    var sources: [String] = []

    var testDescription: String { label }
  }

  static let figures: [Figure] = [
    Figure(label: "950k / 400k", value: 2.375, low: 2.375, high: 2.375, tolerance: 1e-9, unit: ""),
    Figure(label: "250k / 60k..100k", value: 3.125, low: 2.5, high: 4.1667, tolerance: 1e-4, unit: ""),
    Figure(label: "days of war", value: 1197, low: 1197, high: 1197, tolerance: 0, unit: "day"),
    Figure(label: "days since 2024", value: 521, low: 521, high: 521, tolerance: 0, unit: "day"),
    Figure(label: "casualties per day", value: 793.65, low: 793.65, high: 793.65, tolerance: 0.01, unit: "/day"),
    Figure(label: "km² per day", value: 9.597, low: 9.597, high: 9.597, tolerance: 1e-3, unit: "km²/day"),
    Figure(label: "share of Ukraine", value: 0.00828, low: 0.00828, high: 0.00828, tolerance: 1e-5, unit: ""),
    Figure(label: "Kharkiv advance", value: 0.35, low: 0.35, high: 0.35, tolerance: 1e-9, unit: "km/week"),
    Figure(
      label: "cited ratio", value: 2.375, low: 2.375, high: 2.375, tolerance: 1e-9, unit: "",
      sources: ["CSIS 2025-06-03"]),
  ]

  /// Parses one line of `--format json` output as an object.
  static func object(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(parsed as? [String: Any], "not a JSON object: \(line)", sourceLocation: sourceLocation)
  }

  /// A JSON number as a double, nil for `null` or anything else.
  static func number(_ value: Any?) -> Double? {
    (value as? NSNumber)?.doubleValue
  }

  /// Checks one JSON estimate against an expected figure.
  static func check(
    _ object: [String: Any], _ figure: Figure, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(object["type"] as? String == "estimate", "\(figure.label): \(object)", sourceLocation: sourceLocation)
    for (key, expected) in [("value", figure.value), ("low", figure.low), ("high", figure.high)] {
      let actual = try #require(
        number(object[key]), "\(figure.label): no \(key) in \(object)", sourceLocation: sourceLocation)
      #expect(
        abs(actual - expected) <= figure.tolerance, "\(figure.label): \(key) \(actual), expected \(expected)",
        sourceLocation: sourceLocation)
    }
    #expect(object["unit"] as? String == figure.unit, "\(figure.label): \(object)", sourceLocation: sourceLocation)
    #expect(
      object["sources"] as? [String] == figure.sources, "\(figure.label): \(object)", sourceLocation: sourceLocation)
  }

  @Test("seed.atn holds every figure and exits 0")
  func seedRuns() throws {
    let outcome = try AttritionProcess.run(["run", "seed.atn"], directory: FixturePaths.fixtures)
    Expect.success(outcome)
    #expect(outcome.stdoutLines.count == Self.figures.count, "\(outcome.summary)")
    #expect(outcome.stdout.contains("3.13 [2.50 – 4.17]"), "\(outcome.summary)")
    #expect(outcome.stdout.contains("9.597 km²/day"), "\(outcome.summary)")
  }

  @Test("seed.atn with --format json prints value, bounds, unit and sources of each figure")
  func seedJSON() throws {
    let outcome = try AttritionProcess.run(["--format", "json", "seed.atn"], directory: FixturePaths.fixtures)
    Expect.success(outcome)
    // The assertions are expression statements too; their value is null.
    let lines = try outcome.stdoutLines.filter { try Self.object($0)["type"] as? String != "null" }
    try #require(lines.count == Self.figures.count, "\(outcome.summary)")
    for (line, figure) in zip(lines, Self.figures) {
      try Self.check(try Self.object(line), figure)
    }
  }

  /// The seed's expressions as typed in the issue, each with the figure it must print.
  static let expressions: [(String, Figure)] = [
    ("950k / 400k", figures[0]),
    ("250k / 60k..100k", figures[1]),
    ("days(2022-02-24..2025-06-04)", figures[2]),
    ("days(2024-01-01..2025-06-04)", figures[3]),
    ("950k / days(2022-02-24..2025-06-04)", figures[4]),
    ("5000 km² / days(2024-01-01..2025-06-04)", figures[5]),
    ("5000 km2 / 603628 km2", figures[6]),
    ("50 m/day to km/week", figures[7]),
    (#"cite(950k, "CSIS 2025-06-03") / cite(400k, "CSIS 2025-06-03")"#, figures[8]),
  ]

  @Test("each seed expression alone, with -e and --format json", arguments: expressions)
  func seedExpression(expression: String, figure: Figure) throws {
    let outcome = try AttritionProcess.run(["--format", "json", "-e", expression])
    Expect.success(outcome)
    let lines = outcome.stdoutLines
    try #require(lines.count == 1, "\(outcome.summary)")
    try Self.check(try Self.object(lines[0]), figure)
  }

  @Test("the cited ratio carries exactly that source into JSON")
  func citedSourceInJSON() throws {
    let expression = #"cite(950k, "CSIS 2025-06-03") / cite(400k, "CSIS 2025-06-03")"#
    let outcome = try AttritionProcess.run(["--format", "json", "-e", expression])
    Expect.success(outcome)
    #expect(outcome.stdout.contains(#""sources":["CSIS 2025-06-03"]"#), "\(outcome.summary)")
  }

  @Test("an area plus a duration fails with exit 1, naming both units")
  func unitMismatch() throws {
    let outcome = try AttritionProcess.run(["-e", "5000 km² + 3 day"])
    Expect.diagnostic(outcome, id: "evaluation.unit_mismatch")
    #expect(outcome.stderr.contains("'km²'"), "\(outcome.summary)")
    #expect(outcome.stderr.contains("'day'"), "\(outcome.summary)")
    #expect(outcome.stdout.isEmpty, "\(outcome.summary)")
  }

  @Test("an exact number prints low = high = value; unknown bounds print null")
  func boundsInJSON() throws {
    let outcome = try AttritionProcess.run(["--format", "json", "-e", "atleast(950k); upto(250k); 1197"])
    Expect.success(outcome)
    let lines = outcome.stdoutLines
    try #require(lines.count == 3, "\(outcome.summary)")
    let atLeast = try Self.object(lines[0])
    #expect(Self.number(atLeast["low"]) == 950_000)
    #expect(atLeast["high"] is NSNull, "\(atLeast)")
    let upTo = try Self.object(lines[1])
    #expect(upTo["low"] is NSNull, "\(upTo)")
    #expect(Self.number(upTo["high"]) == 250_000)
    let exact = try Self.object(lines[2])
    #expect(Self.number(exact["low"]) == 1197 && Self.number(exact["high"]) == 1197, "\(exact)")
  }
}
