import AttritionLanguage
import AttritionSDK
import Testing

/// Parses and runs source text in-process, with no host, the way a script runs.
enum Script {
  /// The values of the program's expression statements, in order; parse errors and the first
  /// evaluation error are recorded as issues and thrown.
  static func values(
    _ source: String, evaluator: Evaluator = Evaluator(), sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> [Value] {
    let statements = try parse(source, sourceLocation: sourceLocation)
    var values: [Value] = []
    for statement in statements {
      do {
        if let value = try evaluator.execute(statement) { values.append(value) }
      } catch {
        Issue.record(
          "\(error.diagnostic.id): \(error.diagnostic.message) in: \(source)", sourceLocation: sourceLocation)
        throw error
      }
    }
    return values
  }

  /// The value of the program's last expression statement.
  static func value(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Value {
    try #require(try values(source, sourceLocation: sourceLocation).last, "no value", sourceLocation: sourceLocation)
  }

  /// The last value as an estimate.
  static func estimate(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Estimate {
    let value = try value(source, sourceLocation: sourceLocation)
    guard case .estimate(let estimate) = value else {
      Issue.record("expected a number, found a \(value.typeName): \(source)", sourceLocation: sourceLocation)
      throw ScriptFailure.wrongType
    }
    return estimate
  }

  /// The statements of a program that must parse.
  static func parse(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Statement] {
    switch Parser.parse(source) {
    case .success(let statements):
      return statements
    case .failure(let failure):
      let messages = failure.errors.map { "\($0.diagnostic.id) at \($0.range.start.line):\($0.range.start.column)" }
      Issue.record("parse errors \(messages) in: \(source)", sourceLocation: sourceLocation)
      throw failure
    }
  }

  /// The one expression of a program that is a single expression statement.
  static func expression(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> Expression
  {
    let statements = try parse(source, sourceLocation: sourceLocation)
    guard statements.count == 1, case .expression(let expression) = statements[0].kind else {
      Issue.record("expected one expression statement: \(source)", sourceLocation: sourceLocation)
      throw ScriptFailure.wrongType
    }
    return expression
  }

  /// The parse errors of a program, empty when it parses.
  static func parseErrors(_ source: String) -> [ParseError] {
    if case .failure(let failure) = Parser.parse(source) { return failure.errors }
    return []
  }

  /// The evaluation error that stops a program that parses; nil when it runs to the end.
  static func evaluationError(
    _ source: String, evaluator: Evaluator = Evaluator(), sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> EvaluationError? {
    for statement in try parse(source, sourceLocation: sourceLocation) {
      do {
        _ = try evaluator.execute(statement)
      } catch {
        return error
      }
    }
    return nil
  }

  /// The stable ID of the diagnostic that stops a program: a parse error's or an evaluation error's.
  static func diagnosticID(_ source: String, evaluator: Evaluator = Evaluator()) -> String? {
    diagnostic(source, evaluator: evaluator)?.id.description
  }

  /// The first diagnostic the source produces (a parse error, else the failing statement's), or nil.
  static func diagnostic(_ source: String, evaluator: Evaluator = Evaluator()) -> Diagnostic? {
    if let first = parseErrors(source).first { return first.diagnostic }
    guard case .success(let statements) = Parser.parse(source) else { return nil }
    for statement in statements {
      do {
        _ = try evaluator.execute(statement)
      } catch {
        return error.diagnostic
      }
    }
    return nil
  }
}

/// Why a helper gave up after recording an issue.
enum ScriptFailure: Error {
  case wrongType
}

extension Value {
  /// The estimate inside, if any.
  var estimate: Estimate? {
    if case .estimate(let estimate) = self { return estimate }
    return nil
  }

  /// The string inside, if any.
  var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The bool inside, if any.
  var bool: Bool? {
    if case .bool(let flag) = self { return flag }
    return nil
  }

  /// The day inside, if any.
  var day: Day? {
    if case .day(let day) = self { return day }
    return nil
  }

  /// The table inside, if any.
  var table: Table? {
    if case .table(let table) = self { return table }
    return nil
  }

  /// The elements of a list, if it is one.
  var list: [Value]? {
    if case .list(let elements) = self { return elements }
    return nil
  }

  /// Whether it is the null value.
  var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}

extension Table {
  /// A column's cells as plain numbers (nil where missing); empty when there is no such column.
  func numbers(_ name: String) -> [Double?] {
    column(named: name)?.numbers ?? []
  }

  /// A column's cells as language values.
  func cells(_ name: String) -> [Value] {
    guard let column = column(named: name) else { return [] }
    return (0..<column.count).map { column.value(at: $0) }
  }
}

/// Whether two doubles agree within an absolute tolerance.
func close(_ actual: Double?, _ expected: Double, _ tolerance: Double = 1e-9) -> Bool {
  guard let actual else { return false }
  return abs(actual - expected) <= tolerance
}
