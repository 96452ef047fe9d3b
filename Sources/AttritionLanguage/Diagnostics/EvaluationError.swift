public import AttritionSDK

/// An error raised while evaluating: its kind, the span it is about, and notes that help fix it.
public struct EvaluationError: DiagnosticConvertible, Sendable {
  /// What went wrong.
  public var kind: Kind
  /// Where.
  public var range: SourceRange
  /// Extra lines: what each operand was, a suggestion.
  public var notes: [String]
  /// The calls that led to ``range`` when it lies in a function's body, innermost first: where a
  /// diagnostic says the failing function was called from.
  public var callSites: [SourceRange] = []

  /// Creates an evaluation error.
  public init(_ kind: Kind, _ range: SourceRange, notes: [String] = []) {
    self.kind = kind
    self.range = range
    self.notes = notes
  }

  /// The evaluation error for a bad argument to a function.
  public init(_ error: ArgumentError) {
    let kind: Kind =
      switch error.kind {
      case .missing: .missingArgument(function: error.function, parameter: error.parameter)
      case .wrongType(let expected, let found):
        .wrongType(expected: expected, found: found, context: "'\(error.function)' argument '\(error.parameter)'")
      case .invalid(let reason): .invalidArgument(function: error.function, parameter: error.parameter, reason: reason)
      }
    self.init(kind, error.range)
  }

  /// The evaluation error for an error a host or module function threw, shown at `range`.
  public init(hostError error: any Error, at range: SourceRange, function: String? = nil) {
    if let error = error as? EvaluationError {
      self = error
    } else if let error = error as? ArgumentError {
      self.init(error)
    } else if let convertible = error as? any DiagnosticConvertible {
      let diagnostic = convertible.diagnostic
      self.init(.hostFailure(diagnostic.id, diagnostic.message), range, notes: diagnostic.notes)
    } else {
      let id = DiagnosticID(phase: "evaluation", name: "host_failure")
      self.init(.hostFailure(id, "'\(function ?? "function")' failed: \(error)"), range)
    }
  }

  /// The kinds of evaluation errors, in alphabetical order; each name is its stable diagnostic ID.
  public enum Kind: Sendable {
    case assertionFailed(String?)
    case callDepthExceeded(limit: Int)
    case cancelled
    case divisorRangeContainsZero(String)
    case duplicateArgument(function: String, parameter: String)
    case duplicateColumn(String)
    case emptyAggregate(String)
    case evaluationTooDeep(limit: Int)
    case hostFailure(DiagnosticID, String)
    case incompatibleOperands(verb: String, left: String, right: String)
    case indexOutOfRange(index: Int, count: Int)
    case invalidArgument(function: String, parameter: String, reason: String)
    case invalidPeriod(start: Day, end: Day)
    case invalidRange(String)
    case missingArgument(function: String, parameter: String)
    case notCallable(String)
    case notCondition(String)
    case notFinite
    case stepLimitExceeded(limit: Int)
    case tooLarge(what: String, size: String, limit: String)
    case tooManyArguments(function: String, expected: Int, found: Int)
    case unitMismatch(verb: String, left: Unit, right: Unit)
    case unknownArgumentLabel(function: String, label: String)
    case unknownColumn(String)
    case unknownCommand(String)
    case unknownFunction(module: String, name: String)
    case unknownMember(type: String, name: String)
    case unknownName(String)
    case wrongType(expected: String, found: String, context: String)
  }

  /// The diagnostic, with the `evaluation` phase (or the host's phase for host failures).
  public var diagnostic: Diagnostic {
    let (name, message) = kind.catalogue
    var id = DiagnosticID(phase: "evaluation", name: name)
    if case .hostFailure(let hostID, _) = kind { id = hostID }
    return Diagnostic(id: id, message: message, range: range, notes: notes)
  }
}

extension EvaluationError.Kind {
  /// Stable name and message of each kind.
  var catalogue: (String, String) {
    switch self {
    case .assertionFailed(let detail):
      return ("assertion_failed", "assertion failed" + (detail.map { ": \($0)" } ?? ""))
    case .callDepthExceeded(let limit):
      return ("call_depth_exceeded", "calls nested more than \(limit) deep (unbounded recursion?)")
    case .cancelled:
      return ("cancelled", "cancelled")
    case .divisorRangeContainsZero(let divisor):
      return ("divisor_range_contains_zero", "cannot divide by \(divisor): its range contains 0")
    case .duplicateArgument(let function, let parameter):
      return ("duplicate_argument", "argument '\(parameter)' of '\(function)' given twice")
    case .duplicateColumn(let name):
      return ("duplicate_column", "two columns would be named '\(name)'")
    case .emptyAggregate(let function):
      return ("empty_aggregate", "'\(function)' of nothing: no non-missing values")
    case .evaluationTooDeep(let limit):
      return (
        "evaluation_too_deep",
        "evaluation nested more than \(limit.grouped) levels deep (long operator chains in recursive calls?)"
      )
    case .hostFailure(_, let message):
      return ("host_failure", message)
    case .incompatibleOperands(let verb, let left, let right):
      return ("incompatible_operands", "cannot \(verb) \(left) and \(right)")
    case .indexOutOfRange(let index, let count):
      return ("index_out_of_range", "index \(index) is out of range for a list of \(count)")
    case .invalidArgument(let function, let parameter, let reason):
      return ("invalid_argument", "invalid '\(parameter)' for '\(function)': \(reason)")
    case .invalidPeriod(let start, let end):
      return ("invalid_period", "period ends (\(end)) before it starts (\(start))")
    case .invalidRange(let reason):
      return ("invalid_range", "invalid range: \(reason)")
    case .missingArgument(let function, let parameter):
      return ("missing_argument", "missing argument '\(parameter)' for '\(function)'")
    case .notCallable(let type):
      return ("not_callable", "a \(type) cannot be called")
    case .notCondition(let type):
      return ("not_condition", "expected a bool condition, found a \(type)")
    case .notFinite:
      return ("not_finite", "result is not a finite number (overflow)")
    case .stepLimitExceeded(let limit):
      return ("step_limit_exceeded", "evaluation took more than \(limit.grouped) steps")
    case .tooManyArguments(let function, let expected, let found):
      return (
        "too_many_arguments", "'\(function)' takes \(expected) argument\(expected == 1 ? "" : "s"), found \(found)"
      )
    case .unitMismatch(let verb, let left, let right):
      let joiner = verb == "convert" ? "to" : "and"
      return ("unit_mismatch", "cannot \(verb) \(left.spelled) \(joiner) \(right.spelled)")
    case .unknownArgumentLabel(let function, let label):
      return ("unknown_argument_label", "'\(function)' has no parameter '\(label)'")
    case .unknownColumn(let name):
      return ("unknown_column", "no column '\(name)'")
    case .unknownCommand(let name):
      return ("unknown_command", "unknown command ':\(name)'")
    case .unknownFunction(let module, let name):
      return ("unknown_function", "module '\(module)' has no function '\(name)'")
    case .unknownMember(let type, let name):
      return ("unknown_member", "a \(type) has no member '\(name)'")
    case .unknownName(let name):
      return ("unknown_name", "unknown name '\(name)'")
    case .tooLarge(let what, let size, let limit):
      return ("too_large", "\(what) would be \(size), more than the limit of \(limit)")
    case .wrongType(let expected, let found, let context):
      return ("wrong_type", "\(context) expects \(expected), found a \(found)")
    }
  }
}

extension Unit {
  /// The unit as diagnostics name it: `'km²'`, or "a plain number".
  public var spelled: String { isNone ? "a plain number" : "'\(self)'" }
}
