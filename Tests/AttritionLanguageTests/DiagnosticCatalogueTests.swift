import AttritionLanguage
import AttritionSDK
import Foundation
import Testing

/// The diagnostic catalogues: stable IDs, one golden fixture per kind, and messages that read well.
@Suite("Diagnostic catalogue")
struct DiagnosticCatalogueTests {
  /// One value of every parse error kind. `isListed` below stops compiling when a kind is added,
  /// so this list and the fixtures are kept complete.
  static let parseKinds: [ParseError.Kind] = [
    .expected("an expression", found: "'*'"), .integerTooLarge("99999999999999999999"), .invalidDay("2024-02-30"),
    .invalidEscape("\\q"), .nestedTooDeeply(limit: 200), .numberOutOfRange("1e400"), .tooManyOperators(limit: 10_000),
    .unexpectedCharacter("€"), .expectedUnit("number '7'"), .unknownUnit("kmm", suggestion: "km"),
    .unterminatedQuotedName, .unterminatedString, .stringTooLong(limit: 8_388_608),
  ]

  /// One value of every evaluation error kind.
  static let evaluationKinds: [EvaluationError.Kind] = [
    .assertionFailed("2.375 is not 2.4"), .callDepthExceeded(limit: 200), .cancelled,
    .divisorRangeContainsZero("a number between -10 and 40"), .duplicateArgument(function: "cite", parameter: "value"),
    .duplicateColumn("a"), .emptyAggregate("mean"), .evaluationTooDeep(limit: 25_000),
    .hostFailure(DiagnosticID(phase: "evaluation", name: "host_failure"), "failed"),
    .incompatibleOperands(verb: "multiply", left: "a string", right: "a number"), .indexOutOfRange(index: 2, count: 2),
    .invalidArgument(function: "atleast", parameter: "value", reason: "not exact"),
    .invalidPeriod(start: Day(ordinal: 10), end: Day(ordinal: 1)), .invalidRange("low end above high end"),
    .missingArgument(function: "cite", parameter: "source"), .notCallable("number"), .notCondition("number"),
    .notFinite, .stepLimitExceeded(limit: 1_000), .tooLarge(what: "the join", size: "12 rows", limit: "10 rows"),
    .tooManyArguments(function: "days", expected: 1, found: 2),
    .unitMismatch(verb: "add", left: Unit(.day), right: .none), .unknownArgumentLabel(function: "cite", label: "sourc"),
    .unknownColumn("tanks"), .unknownCommand("frobnicate"), .unknownFunction(module: "casualty", name: "ratoi"),
    .unknownMember(type: "period", name: "dayz"), .unknownName("ru_casualtise"),
    .wrongType(expected: "a period", found: "number", context: "'days'"),
  ]

  /// Kinds no script can provoke through the executable, each with where it is covered instead.
  static let exempt: [String: String] = [
    "evaluation.cancelled": "needs Ctrl-C; EvaluatorHostTests.cancelled",
    "evaluation.host_failure": "keeps the host's ID; Tests/Fixtures/diagnostics/file_not_found.atn",
    "evaluation.step_limit_exceeded": "the default limit takes a minute to reach; StepBudgetTests, LimitTests",
    "parse.string_too_long": "needs a literal of 8 MiB, too large for a fixture; BadInputTests (size limits)",
  ]

  /// Compile-time check that `parseKinds` can list every kind: adding a kind breaks this switch.
  static func isListed(_ kind: ParseError.Kind) -> Bool {
    switch kind {
    case .expected, .expectedUnit, .integerTooLarge, .invalidDay, .invalidEscape, .nestedTooDeeply,
      .numberOutOfRange, .stringTooLong, .tooManyOperators, .unexpectedCharacter, .unknownUnit,
      .unterminatedQuotedName, .unterminatedString:
      true
    }
  }

  /// Compile-time check that `evaluationKinds` can list every kind.
  static func isListed(_ kind: EvaluationError.Kind) -> Bool {
    switch kind {
    case .assertionFailed, .callDepthExceeded, .cancelled, .divisorRangeContainsZero, .duplicateArgument,
      .duplicateColumn, .emptyAggregate, .evaluationTooDeep, .hostFailure, .incompatibleOperands, .indexOutOfRange,
      .invalidArgument,
      .invalidPeriod,
      .invalidRange, .missingArgument, .notCallable, .notCondition, .notFinite, .stepLimitExceeded, .tooLarge,
      .tooManyArguments,
      .unitMismatch,
      .unknownArgumentLabel, .unknownColumn, .unknownCommand, .unknownFunction, .unknownMember, .unknownName,
      .wrongType:
      true
    }
  }

  static let nowhere = SourceRange(
    start: AttritionSDK.SourceLocation(line: 1, column: 1, offset: 0),
    end: AttritionSDK.SourceLocation(line: 1, column: 2, offset: 1))

  /// Every catalogue ID, `phase.name`.
  static var allIDs: [String] {
    parseKinds.map { ParseError($0, nowhere).diagnostic.id.description }
      + evaluationKinds.map { EvaluationError($0, nowhere).diagnostic.id.description }
  }

  /// `Tests/Fixtures/diagnostics`, from this file's path.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/diagnostics")

  @Test("every kind is listed once, and IDs are distinct, snake_case and phase-qualified")
  func idsAreStable() {
    #expect(Self.parseKinds.allSatisfy(Self.isListed) && Self.evaluationKinds.allSatisfy(Self.isListed))
    let ids = Self.allIDs
    #expect(Set(ids).count == ids.count, "duplicate IDs: \(ids)")
    #expect(ids.count == 13 + 29, "a kind was added or removed: update the lists and add a fixture")
    for id in ids {
      let parts = id.split(separator: ".")
      #expect(parts.count == 2 && ["parse", "evaluation"].contains(String(parts[0])), "\(id)")
      #expect(parts.last?.allSatisfy { $0.isLowercase || $0 == "_" } == true, "\(id)")
    }
  }

  @Test("every kind in the catalogues has a golden fixture named after it, or a stated exemption")
  func everyKindHasAFixture() {
    let missing = Self.allIDs.filter { id in
      let name = String(id.split(separator: ".")[1])
      let exists = FileManager.default.fileExists(atPath: Self.fixtures.appendingPathComponent("\(name).atn").path)
      return !exists && Self.exempt[id] == nil
    }
    #expect(missing.isEmpty, "kinds without a fixture in Tests/Fixtures/diagnostics: \(missing)")
  }

  @Test("messages are lowercase, have no trailing period, and quote code with '…'")
  func messageStyle() {
    let messages =
      Self.parseKinds.map { ParseError($0, Self.nowhere).diagnostic.message }
      + Self.evaluationKinds.map { EvaluationError($0, Self.nowhere).diagnostic.message }
    for message in messages {
      #expect(message.first?.isUppercase == false, "\(message)")
      #expect(!message.hasSuffix("."), "\(message)")
      #expect(!message.contains("`"), "\(message)")
    }
  }

  @Test("a unit mismatch names both units, and a plain number is called that")
  func unitMismatchNamesBoth() {
    let message = EvaluationError(
      .unitMismatch(verb: "add", left: Unit.named("km²") ?? .none, right: Unit(.day)), Self.nowhere
    ).diagnostic.message
    #expect(message == "cannot add 'km²' and 'day'")
    let plain = EvaluationError(.unitMismatch(verb: "compare", left: Unit(.day), right: .none), Self.nowhere)
    #expect(plain.diagnostic.message == "cannot compare 'day' and a plain number")
  }

  @Test("dividing by exactly zero is not described as a range between 0 and 0")
  func divisionByZeroMessage() throws {
    let error = try #require(try Script.evaluationError("1 / 0"))
    #expect(error.diagnostic.id.description == "evaluation.divisor_range_contains_zero")
    #expect(!error.diagnostic.message.contains("between 0 and 0"), "message: \(error.diagnostic.message)")
  }
}
