import AttritionLanguage
import AttritionSDK
import Testing

/// Sources (`cite`, `sources`), one-sided estimates (`atleast`, `upto`) and self-checks (`assert`, `assert_eq`).
@Suite("Provenance, bounds and assertions")
struct ProvenanceAndAssertionTests {
  /// The citations of the program's last value, which must be `sources(…)`.
  static func citations(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> [String]
  {
    let value = try Script.value(source, sourceLocation: sourceLocation)
    return try #require(value.list, "expected a list", sourceLocation: sourceLocation).compactMap(\.string)
  }

  @Test("cite attaches a source; arithmetic carries the union of sources, each once")
  func citeAndSources() throws {
    #expect(try Self.citations(#"sources(cite(950k, "CSIS 2025-06-03"))"#) == ["CSIS 2025-06-03"])
    #expect(
      try Self.citations(#"sources(cite(950k, "CSIS 2025-06-03") / cite(400k, "CSIS 2025-06-03"))"#) == [
        "CSIS 2025-06-03"
      ])
    #expect(try Self.citations(#"sources(cite(cite(1, "A"), "B") * cite(2, "C"))"#) == ["A", "B", "C"])
    #expect(try Self.citations(#"sources(cite(1, "A") + 2)"#) == ["A"])
    #expect(try Self.citations("sources(1)").isEmpty)
    #expect(try Self.citations(#"let r = cite(60k..100k, "CSIS")"# + "\nsources(250k / r)") == ["CSIS"])
    #expect(try Self.citations(#"sources(cite(50 m/day, "CSIS") to km/week)"#) == ["CSIS"])
  }

  @Test("cite keeps the value, bounds and unit; an optional url is accepted")
  func citeKeepsValue() throws {
    let cited = try Script.estimate(#"cite(60k..100k, "CSIS", "https://www.csis.org/")"#)
    #expect(cited.value == 80_000 && cited.low == 60_000 && cited.high == 100_000)
    #expect(try Script.estimate(#"cite(5000 km², "CSIS")"#).unit == Unit.named("km²"))
    #expect(cited.provenance.sources.first?.url == "https://www.csis.org/")
  }

  @Test("cite and sources refuse values that cannot carry a source")
  func citeErrors() {
    #expect(Script.diagnosticID(#"cite("x", "S")"#) == "evaluation.wrong_type")
    #expect(Script.diagnosticID("cite(1, 2)") == "evaluation.wrong_type")
    #expect(Script.diagnosticID(#"sources("x")"#) == "evaluation.wrong_type")
    #expect(Script.diagnosticID("cite(1)") == "evaluation.missing_argument")
  }

  @Test("atleast(x) has lower bound x and no upper bound; upto(x) the reverse")
  func oneSided() throws {
    let atLeast = try Script.estimate("atleast(950k)")
    #expect(atLeast.value == 950_000 && atLeast.low == 950_000 && atLeast.high == nil)
    let upTo = try Script.estimate("upto(250k)")
    #expect(upTo.value == 250_000 && upTo.low == nil && upTo.high == 250_000)
    #expect(try Script.value("high(atleast(950k))").isNull)
    #expect(try Script.value("low(upto(250k))").isNull)
  }

  @Test("unknown bounds stay unknown through arithmetic; they are not widened to infinity")
  func unknownBoundsPropagate() throws {
    let sum = try Script.estimate("atleast(950k) + 50k")
    #expect(sum.value == 1_000_000 && sum.low == 1_000_000 && sum.high == nil)
    let half = try Script.estimate("upto(250k) / 2")
    #expect(half.low == nil && half.high == 125_000)
    let difference = try Script.estimate("atleast(10) - upto(4)")
    #expect(difference.low == 6 && difference.high == nil)
    #expect(Script.diagnosticID("1 / upto(5)") == "evaluation.divisor_range_contains_zero")
    #expect(Script.diagnosticID("atleast(1..2)") == "evaluation.invalid_argument")
  }

  @Test("assert passes silently and fails with its message at the condition")
  func assertions() throws {
    #expect(try Script.values("assert(1 < 2)").first?.isNull == true)
    let error = try #require(try Script.evaluationError(#"assert(1 > 2, "one is not above two")"#))
    #expect(error.diagnostic.id.description == "evaluation.assertion_failed")
    #expect(error.diagnostic.message == "assertion failed: one is not above two")
    #expect(error.range.start.column == 8)
    #expect(try Script.evaluationError("assert(false)")?.diagnostic.message == "assertion failed")
    #expect(Script.diagnosticID("assert(1)") == "evaluation.wrong_type")
  }

  @Test(
    "assert_eq holds within its tolerance, converting units, and checks bounds when expected has them",
    arguments: [
      "assert_eq(950k / 400k, 2.375)", "assert_eq(950k / 400k, 2.375, 1e-9)",
      "assert_eq(250k / 60k..100k, 3.125, 1e-9)",
      "assert_eq(1 km, 1000 m)", "assert_eq(50 m/day to km/week, 0.35 km/week, 1e-12)",
      "assert_eq(5000 km² / days(2024-01-01..2025-06-04), 9.597 km²/day, 1e-3)", "assert_eq(60k..100k, 60k..100k)",
      #"assert_eq("a", "a")"#, "assert_eq(true, true)", "assert_eq(2024-01-01 + 1, 2024-01-02)",
      "assert_eq(2024-01-01..2024-01-02, 2024-01-01..2024-01-02)", "assert_eq(low(upto(1)), low(upto(2)))",
    ])
  func assertEqualPasses(source: String) throws {
    #expect(try Script.evaluationError(source) == nil)
  }

  @Test(
    "assert_eq fails when values, bounds or kinds differ",
    arguments: [
      ("assert_eq(950k / 400k, 2.4, 1e-9)", "evaluation.assertion_failed"),
      ("assert_eq(950k / 400k, 2.38)", "evaluation.assertion_failed"),
      ("assert_eq(250k / 60k..100k, 2..4.25, 0.1)", "evaluation.assertion_failed"),
      ("assert_eq(atleast(1), 0..2, 5)", "evaluation.assertion_failed"),
      (#"assert_eq("a", "b")"#, "evaluation.assertion_failed"),
      (#"assert_eq(1, "1")"#, "evaluation.assertion_failed"),
      ("assert_eq(2024-01-01, 2024-01-02)", "evaluation.assertion_failed"),
      ("assert_eq(1 km, 1 day)", "evaluation.unit_mismatch"),
      ("assert_eq(days(2024-01-01..2025-06-04), 521)", "evaluation.unit_mismatch"),
    ])
  func assertEqualFails(source: String, id: String) {
    #expect(Script.diagnosticID(source) == id)
  }

  @Test("a failed assert_eq says what it found, what it expected and by how much they differ")
  func assertEqualMessage() throws {
    let error = try #require(try Script.evaluationError("assert_eq(950k / 400k, 2.4, 1e-9)"))
    #expect(error.diagnostic.message.hasPrefix("assertion failed: 2.375 is not 2.4"), "\(error.diagnostic.message)")
  }
}
