import AttritionLanguage
import AttritionSDK
import Testing

/// The evaluator without a host: bindings, functions, arguments, lists, logic, days and units.
@Suite("Evaluator")
struct EvaluatorTests {
  @Test("let binds for later statements; a later let rebinds")
  func bindings() throws {
    let values = try Script.values("let ru = 950k\nlet ua = 400k\nru / ua\nlet ru = 1\nru")
    #expect(values.map { $0.estimate?.value } == [2.375, 1])
  }

  @Test("fn defines a function; parameters shadow globals; globals are seen at call time")
  func functions() throws {
    #expect(try Script.estimate("fn per_km2(c, a) = c / a\nper_km2(950k, 5000 km²)").value == 190)
    #expect(try Script.estimate("let x = 100\nfn f(x) = x * 2\nf(3)").value == 6)
    #expect(try Script.estimate("let k = 3\nfn g(x) = x * k\ng(2)").value == 6)
    #expect(try Script.estimate("fn g(x) = x * k\nlet k = 4\ng(2)").value == 8)
    #expect(try Script.estimate("fn sq(x) = x * x\nfn quad(x) = sq(sq(x))\nquad(3)").value == 81)
  }

  @Test("a function is a value: it can be bound to another name and called through it")
  func functionValues() throws {
    #expect(try Script.estimate("fn twice(x) = 2 * x\nlet f = twice\nf(21)").value == 42)
    #expect(try Script.estimate("let d = days\nd(2024-01-01..2024-01-31)").value == 31)
  }

  @Test("a function's parameters do not leak into the global scope")
  func parametersDoNotLeak() throws {
    let error = try Script.evaluationError("fn f(secret) = secret\nf(1)\nsecret")
    #expect(error?.diagnostic.id.description == "evaluation.unknown_name")
  }

  @Test("named arguments bind by name, in any order, and mix with positional ones")
  func namedArguments() throws {
    #expect(try Script.estimate("fn f(a, b) = a - b\nf(b: 1, a: 10)").value == 9)
    #expect(try Script.estimate("fn f(a, b) = a - b\nf(10, b: 4)").value == 6)
    #expect(try Script.value(#"sources(cite(source: "S", value: 1))"#).list?.first?.string == "S")
  }

  @Test(
    "argument binding errors",
    arguments: [
      ("fn f(a, b) = a\nf(1)", "evaluation.missing_argument"),
      ("fn f(a) = a\nf(1, 2)", "evaluation.too_many_arguments"),
      ("fn f(a) = a\nf(1, a: 2)", "evaluation.duplicate_argument"),
      ("fn f(a) = a\nf(b: 2)", "evaluation.unknown_argument_label"),
      ("days()", "evaluation.missing_argument"),
      ("abs(1, 2)", "evaluation.too_many_arguments"),
    ])
  func bindingErrors(source: String, id: String) {
    #expect(Script.diagnosticID(source) == id)
  }

  @Test("lists: literals, indexing from 0 and from the end, count, and args")
  func lists() throws {
    #expect(try Script.value("[1, \"a\", true][1]").string == "a")
    #expect(try Script.value("[1, 2, 3][-1]").estimate?.value == 3)
    #expect(try Script.value("[1, 2, 3].count").estimate?.value == 3)
    #expect(try Script.value("[]").list?.isEmpty == true)
    let evaluator = Evaluator()
    evaluator.define("args", .list([.string("a"), .string("b")]))
    #expect(
      try Script.values("args[0]\nargs[1]\nargs.count", evaluator: evaluator).map { $0.string ?? "n" } == [
        "a", "b", "n",
      ])
    #expect(Script.diagnosticID("[1, 2][2]") == "evaluation.index_out_of_range")
    #expect(Script.diagnosticID("[1, 2][-3]") == "evaluation.index_out_of_range")
    #expect(Script.diagnosticID("[1, 2][0.5]") == "evaluation.wrong_type")
    #expect(Script.diagnosticID("5[0]") == "evaluation.wrong_type")
  }

  @Test(
    "comparisons, and, or, not",
    arguments: [
      ("1 < 2", true), ("2 <= 2", true), ("3 > 4", false), ("3 >= 4", false), ("1 == 1", true), ("1 != 1", false),
      ("1 km == 1000 m", true), ("1 km > 999 m", true), ("2024-01-01 < 2024-02-01", true), ("\"a\" < \"b\"", true),
      ("\"a\" == \"a\"", true), ("true == false", false), ("true and false", false), ("true or false", true),
      ("not true", false), ("not (1 > 2)", true), ("1 < 2 and 2 < 3", true), ("1 > 2 or not false", true),
      ("60k..100k == 80k", true),
    ])
  func logic(source: String, expected: Bool) throws {
    #expect(try Script.value(source).bool == expected)
  }

  @Test("and/or short-circuit: the right side is not evaluated when the left decides")
  func shortCircuit() throws {
    #expect(try Script.value("false and nope").bool == false)
    #expect(try Script.value("true or nope").bool == true)
    #expect(Script.diagnosticID("true and nope") == "evaluation.unknown_name")
  }

  @Test(
    "conditions must be bools; comparisons must be of like things",
    arguments: [
      ("1 and true", "evaluation.not_condition"), ("false or 1", "evaluation.not_condition"),
      ("not 5", "evaluation.not_condition"), ("1 km < 2 day", "evaluation.unit_mismatch"),
      ("1 < \"a\"", "evaluation.incompatible_operands"), ("true < false", "evaluation.incompatible_operands"),
    ])
  func logicErrors(source: String, id: String) {
    #expect(Script.diagnosticID(source) == id)
  }

  @Test("day arithmetic: day − day is days, day ± n is a day, a period has start, end and days")
  func dayArithmetic() throws {
    let difference = try Script.estimate("2024-03-01 - 2024-01-01")
    #expect(difference.value == 60)
    #expect(difference.unit == Unit(.day))
    #expect(try Script.value("2024-01-01 + 3").day == Day(iso: "2024-01-04"))
    #expect(try Script.value("3 + 2024-01-01").day == Day(iso: "2024-01-04"))
    #expect(try Script.value("2024-03-01 - 1").day == Day(iso: "2024-02-29"))
    #expect(try Script.value("2024-01-01 + 3 day").day == Day(iso: "2024-01-04"))
    #expect(try Script.value("2024-01-01 + 1 week").day == Day(iso: "2024-01-08"))
    #expect(try Script.value("(2024-01-01..2025-06-04).start").day == Day(iso: "2024-01-01"))
    #expect(try Script.value("(2024-01-01..2025-06-04).end").day == Day(iso: "2025-06-04"))
    #expect(try Script.estimate("(2024-01-01..2025-06-04).days").value == 521)
    #expect(try Script.estimate("days(2024-01-01..2024-01-01)").value == 1)
    #expect(try Script.estimate("days(2022-02-24..2025-06-04)").value == 1197)
  }

  @Test(
    "day arithmetic errors",
    arguments: [
      ("2024-01-01 + 1.5", "evaluation.wrong_type"), ("2024-01-01 + 1 km", "evaluation.unit_mismatch"),
      ("2024-01-01 * 2", "evaluation.incompatible_operands"),
      ("2024-01-01 + 2024-01-02", "evaluation.incompatible_operands"),
      ("2025-06-04..2024-01-01", "evaluation.invalid_period"), ("2024-01-01..5", "evaluation.incompatible_operands"),
      ("days(5)", "evaluation.wrong_type"),
    ])
  func dayErrors(source: String, id: String) {
    #expect(Script.diagnosticID(source) == id)
  }

  @Test("units: conversion, products, quotients, and mismatches that name both units")
  func units() throws {
    let pace = try Script.estimate("50 m/day to km/week")
    #expect(close(pace.value, 0.35))
    #expect("\(pace.unit)" == "km/week")
    #expect(try Script.estimate("1 km + 500 m to m").value == 1_500)
    #expect("\(try Script.estimate("5000 km² / days(2024-01-01..2025-06-04)").unit)" == "km²/day")
    #expect(try Script.estimate("5000 km2 / 603628 km2").unit.isNone)
    #expect(try Script.estimate("2 km * 3 km to km²").value == 6)
    let error = try #require(try Script.evaluationError("5000 km² + 3 day"))
    #expect(error.diagnostic.id.description == "evaluation.unit_mismatch")
    #expect(error.diagnostic.message.contains("'km²'") && error.diagnostic.message.contains("'day'"))
    #expect(Script.diagnosticID("1 km to day") == "evaluation.unit_mismatch")
  }

  @Test("ranges: bounds propagate through arithmetic; a divisor range across 0 is an error")
  func ranges() throws {
    let ratio = try Script.estimate("250k / 60k..100k")
    #expect(ratio.value == 3.125)
    #expect(close(ratio.low, 2.5) && close(ratio.high, 250.0 / 60.0))
    let sum = try Script.estimate("(1..2) + (10..20)")
    #expect(sum.low == 11 && sum.high == 22)
    let negated = try Script.estimate("-(1..2)")
    #expect(negated.low == -2 && negated.high == -1)
    #expect(try Script.estimate("central(60k..100k)").value == 80_000)
    #expect(try Script.value("low(5)").estimate?.value == 5)
    #expect(Script.diagnosticID("1 / (-1..1)") == "evaluation.divisor_range_contains_zero")
    #expect(Script.diagnosticID("1 / 0") == "evaluation.divisor_range_contains_zero")
    #expect(Script.diagnosticID("5..1") == "evaluation.invalid_range")
    #expect(Script.diagnosticID("(1..2)..3") == "evaluation.invalid_range")
    #expect(Script.diagnosticID("1 km..2 day") == "evaluation.unit_mismatch")
    #expect(Script.diagnosticID("1e308 * 10") == "evaluation.not_finite")
  }

  @Test("an invalid range's message prints its ends as the language writes numbers")
  func invalidRangeMessage() throws {
    let error = try #require(try Script.evaluationError("100k..60k"))
    #expect(!error.diagnostic.message.contains(".0 "), "message: \(error.diagnostic.message)")
    #expect(error.diagnostic.message.contains("100000") || error.diagnostic.message.contains("100,000"))
  }

  @Test("a string concatenates with '+' only")
  func strings() throws {
    #expect(try Script.value(#""CSIS " + "2025""#).string == "CSIS 2025")
    #expect(Script.diagnosticID(#""a" * 2"#) == "evaluation.incompatible_operands")
    #expect(Script.diagnosticID(#""a" + 1"#) == "evaluation.incompatible_operands")
  }

  @Test("unknown names suggest the closest binding, built-in or parameter")
  func unknownNames() throws {
    let error = try #require(try Script.evaluationError("let ru_casualties = 950k\nru_casualtise / 2"))
    #expect(error.diagnostic.id.description == "evaluation.unknown_name")
    #expect(error.notes == ["did you mean 'ru_casualties'?"])
    #expect(try Script.evaluationError("dayz(1)")?.notes == ["did you mean 'days'?"])
    #expect(try Script.evaluationError("zzzzzz")?.notes == [])
  }

  @Test("calling a non-function, and members of things that have none")
  func notCallable() {
    #expect(Script.diagnosticID("let r = 2\nr(1)") == "evaluation.not_callable")
    #expect(Script.diagnosticID("5.foo") == "evaluation.unknown_member")
    #expect(Script.diagnosticID("(2024-01-01..2024-01-02).dayz") == "evaluation.unknown_member")
  }

  @Test("unbounded recursion stops at the call-depth limit with a diagnostic")
  func recursion() throws {
    let error = try #require(try Script.evaluationError("fn f(x) = f(x)\nf(1)"))
    #expect(error.kind.isCallDepthExceeded)
    let mutual = try #require(try Script.evaluationError("fn f(x) = g(x)\nfn g(x) = f(x)\nf(1)"))
    #expect(mutual.kind.isCallDepthExceeded)
  }

  @Test("a failed statement leaves earlier bindings intact")
  func failureKeepsBindings() throws {
    let evaluator = Evaluator()
    _ = try Script.values("let a = 1", evaluator: evaluator)
    #expect(try Script.evaluationError("let b = a / 0", evaluator: evaluator) != nil)
    #expect(try Script.values("a + 1", evaluator: evaluator).first?.estimate?.value == 2)
    #expect(evaluator.global("b") == nil)
  }
}

extension EvaluationError.Kind {
  /// Whether this is `call_depth_exceeded`.
  var isCallDepthExceeded: Bool {
    if case .callDepthExceeded = self { return true }
    return false
  }
}
