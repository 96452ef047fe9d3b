import AttritionSDK
import CasualtyRatios
import Testing

/// Bad input to the casualty functions is a diagnostic with a stable ID, never a crash or a wrong number.
@Suite struct CasualtyBadInputTests {
  @Test(
    "bad input is a diagnostic",
    arguments: [
      (#"casualty.ratio("a", 2)"#, "evaluation.wrong_type"),
      (#"casualty.per_day(950k, "2022")"#, "evaluation.wrong_type"),
      ("casualty.ratio(1)", "evaluation.missing_argument"),
      ("casualty.ratio(950k, 0..100k)", "module.divisor_contains_zero"),
      ("casualty.ratio(950k, 0)", "module.divisor_contains_zero"),
      ("casualty.per_day(950k, 0 days)", "module.divisor_contains_zero"),
      ("casualty.ratio(1, -5..-1)", "module.divisor_not_positive"),
      ("casualty.killed_share(950k, 250k)", "module.killed_exceeds_total"),
      ("casualty.wounded_per_killed(950k killed, 250k casualties)", "module.killed_exceeds_total"),
      (#"casualty.estimates("CSSI")"#, "module.unknown_estimator"),
      (#"casualty.figure("Oryx", "russia", "killed")"#, "module.unknown_estimator"),
      ("casualty.ratio(950k casualties, 5000 km²)", "module.unit_mismatch"),
      ("casualty.killed_share(250k killed, 5000 km²)", "module.unit_mismatch"),
      ("casualty.per_km2(950k, 5000 km)", "module.unit_mismatch"),
      ("casualty.per_km2(5000 km², 950k)", "module.unit_mismatch"),
      ("casualty.per_day(950k, 5000 km²)", "module.unit_mismatch"),
      ("casualty.from_coverage(100, 5 km)", "module.unit_mismatch"),
      ("casualty.killed_share(-5, 10)", "evaluation.invalid_argument"),
      (#"casualty.figure("CSIS", "rusia", "killed")"#, "evaluation.invalid_argument"),
      (#"casualty.compare("kiled", "russia")"#, "evaluation.invalid_argument"),
      ("casualty.from_coverage(100, 150%)", "evaluation.invalid_argument"),
      ("casualty.from_coverage(100, 0..50%)", "module.divisor_contains_zero"),
      (#"casualty.spread("casualties", "russia", 2025-06-04, 1..2)"#, "evaluation.invalid_argument"),
      (#"casualty.figure("CSIS", "ukraine", "wounded")"#, "module.no_estimate"),
      (#"casualty.figure("CSIS", "russia", "casualties", 2020-01-01)"#, "module.no_estimate"),
      (#"casualty.exchange_ratio("UK MoD", "killed")"#, "module.no_estimate"),
      (#"casualty.compare("missing", "ukraine")"#, "module.no_estimate"),
      (#"casualty.implied_rate("CSIS", "russia", "casualties", 2025-06-04, 2025-06-04)"#, "module.no_interval"),
    ])
  func badInput(_ code: String, _ id: String) throws {
    try CasualtyProbe.expectFailure(code, id: id)
  }

  @Test func anUnknownEstimatorGetsADidYouMean() throws {
    let outcome = try ExampleRunner.run(#"casualty.estimates("CSSI")"#)
    let errors = outcome.errors.joined(separator: "\n")
    #expect(errors.contains("did you mean 'CSIS'?"))
    #expect(errors.contains("estimators: CSIS, UK MoD"))
    let partial = try ExampleRunner.run(#"casualty.estimates("UK")"#)
    #expect(partial.errors.joined().contains("did you mean 'UK MoD'?"))
  }

  @Test func aUnitMismatchNamesBothFigures() throws {
    let outcome = try ExampleRunner.run("casualty.ratio(950k casualties, 5000 km²)")
    let errors = outcome.errors.joined(separator: "\n")
    #expect(errors.contains("'a' is in casualties (personnel)"))
    #expect(errors.contains("'b' is in km² (length^2)"))
  }

  /// Every function, with each argument in turn replaced by a value of another type or an extreme
  /// number: each run ends with a result or a diagnostic, and never prints a non-finite number.
  @Test func everyArgumentSurvivesBadValues() throws {
    let valid: [String: [String]] = [
      "ratio": ["950k", "400k"], "killed_share": ["250k", "950k"], "wounded_per_killed": ["250k", "950k"],
      "per_day": ["950k", "2022-02-24..2025-06-04"], "per_km2": ["100k", "5000 km²"],
      "from_coverage": ["122883", "45%..65%"],
      "estimates": [#""CSIS""#, #""russia""#, #""casualties""#, "2025-06-04"],
      "figure": [#""CSIS""#, #""russia""#, #""casualties""#, "2025-06-04"],
      "compare": [#""casualties""#, #""russia""#, "2025-06-04"],
      "spread": [#""casualties""#, #""russia""#, "2025-06-04", "365 days"],
      "exchange_ratio": [#""CSIS""#, #""killed""#, "2025-06-04"],
      "implied_rate": [#""UK MoD""#, #""russia""#, #""casualties""#, "2025-05-03", "2025-08-05"],
    ]
    let functions = CasualtyModule().descriptor.functions
    #expect(Set(functions.map(\.name)) == Set(valid.keys), "every function is swept")
    let bad = [#""x""#, "true", "2024-01-01", "2024-01-01..2024-02-01", "[1, 2]", "-1", "0", "1e308", "0..1", "-1e308"]
    for function in functions {
      let arguments = try #require(valid[function.name])
      let baseline = try ExampleRunner.run("casualty.\(function.name)(\(arguments.joined(separator: ", ")))")
      #expect(baseline.succeeded, "\(function.name): \(baseline.errors)")
      for index in arguments.indices {
        for value in bad {
          var changed = arguments
          changed[index] = value
          let code = "casualty.\(function.name)(\(changed.joined(separator: ", ")))"
          let outcome = try ExampleRunner.run(code)
          let printed = outcome.output.joined(separator: "\n")
          if outcome.succeeded {
            #expect(!printed.contains("NaN") && !printed.contains("∞"), "\(code) printed \(printed)")
          } else {
            #expect(outcome.output.isEmpty && !outcome.errors.isEmpty, "\(code) failed silently")
          }
        }
      }
    }
  }

  /// Without a session the dataset functions report that there is no catalog.
  @Test func withoutACatalogTheDatasetFunctionsSaySo() throws {
    let estimates = try #require(CasualtyModule().descriptor.function(named: "estimates"))
    #expect(throws: ModuleError.self) { try estimates.implementation(Self.arguments(for: estimates)) }
  }

  @Test(
    "a malformed estimates table is a diagnostic naming the line and column",
    arguments: [
      (["side": "rusia"], "invalid_estimates_row", "line 2, column 'side'"),
      (["qualifier": "roughly"], "invalid_estimates_row", "column 'qualifier'"),
      (["as_of": "June 2025"], "invalid_estimates_row", "column 'as_of'"),
      (["low": "-5"], "invalid_estimates_row", "column 'low'"),
      (["central": ""], "invalid_estimates_row", "column 'central'"),
      (["publisher": ""], "invalid_estimates_row", "column 'publisher'"),
      (["measure": nil], "invalid_estimates_table", "no column 'measure'"),
    ])
  func malformedTable(_ changes: [String: String?], _ name: String, _ fragment: String) throws {
    var cells: [String: String?] = [
      "source": "a report", "publisher": "CSIS", "published": "2025-06-03", "as_of": "2025-06-04", "url": nil,
      "side": "russia", "measure": "casualties", "low": nil, "central": "950000", "high": nil, "qualifier": "about",
      "confidence": "H", "note": nil,
    ]
    for (column, value) in changes {
      if let value { cells[column] = value } else { cells.removeValue(forKey: column) }
    }
    let table = try Table(
      columns: cells.keys.sorted().map { name in
        Column(name: name, data: .string(StringColumn([cells[name] ?? nil])))
      })
    let estimates = try #require(CasualtyModule().descriptor.function(named: "estimates"))
    do {
      _ = try estimates.implementation(Self.arguments(for: estimates, context: StubContext(table: table)))
      Issue.record("a malformed table was accepted")
    } catch let error as ModuleError {
      #expect(error.diagnostic.id.name == name)
      #expect(error.diagnostic.message.contains(fragment) || error.diagnostic.notes.joined().contains(fragment))
    }
  }

  private static func arguments(
    for function: FunctionDescriptor, context: (any ModuleContext)? = nil
  ) -> FunctionArguments {
    let here = SourceLocation(line: 1, column: 1, offset: 0)
    return FunctionArguments(
      functionName: "casualty.\(function.name)", callRange: SourceRange(start: here, end: here),
      parameterNames: function.parameterNames, values: function.parameters.map { _ in nil },
      ranges: function.parameters.map { _ in nil }, context: context)
  }
}

/// A host whose only dataset is one table, for feeding the module malformed data.
private struct StubContext: ModuleContext {
  let table: Table

  func dataset(named name: String) throws -> Table { table }
  func warn(_ message: String) {}
  var isCancelled: Bool { false }
}
