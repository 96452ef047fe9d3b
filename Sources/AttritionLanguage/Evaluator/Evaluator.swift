public import AttritionSDK

/// Evaluates statements and expressions against a scope of bindings and an optional host.
///
/// One evaluator holds the state of one session: bindings made by earlier statements stay visible
/// to later ones, and a failed statement leaves earlier bindings intact.
public final class Evaluator {
  /// How deep calls may nest before evaluation stops with a diagnostic instead of a stack overflow.
  public static let callDepthLimit = 200
  /// How deep evaluation may recurse in all (operator chains inside nested calls multiply), so no
  /// program exhausts the evaluation thread's stack.
  public static let evaluationDepthLimit = 25_000

  /// The longest string, in UTF-8 bytes, that arithmetic may build (256 MiB): a few doublings in
  /// nested calls would otherwise ask for gigabytes and end the process.
  public var stringByteLimit = 1 << 28
  /// The most rows a join may produce (100 million): two large tables joined on a key they share
  /// on many rows multiply.
  public var joinRowLimit = 100_000_000

  /// The host that provides `load`, modules and cancellation.
  public weak var host: (any EvaluationHost)?
  let globals = Scope(parent: nil)
  var scope: Scope
  var callDepth = 0
  var evaluationDepth = 0
  /// The steps each statement may take; shared by the evaluators of one session.
  public var budget: StepBudget

  /// Creates an evaluator with the built-in functions, an optional host and a step budget.
  public init(host: (any EvaluationHost)? = nil, budget: StepBudget = StepBudget()) {
    self.host = host
    self.budget = budget
    scope = globals
  }

  deinit {
    // A function defined with `fn` closes over the global scope that holds it: a reference cycle.
    // Emptying the scope when the evaluator goes breaks it, so an evaluator leaves nothing behind.
    globals.variables.removeAll()
  }

  /// Binds a name in the global scope (e.g. `args`, `_`).
  public func define(_ name: String, _ value: Value) {
    globals.variables[name] = value
  }

  /// The value bound to a global name.
  public func global(_ name: String) -> Value? {
    globals.variables[name]
  }

  /// The built-in functions, for help and completion.
  public static var builtinFunctions: [FunctionDescriptor] {
    Builtins.all.values.sorted { $0.name < $1.name }
  }

  /// The names bound in the global scope, for completion and suggestions.
  public var globalNames: [String] { Array(globals.variables.keys).sorted() }

  /// Runs one statement; returns the value of an expression statement, nil for bindings.
  public func execute(_ statement: Statement) throws(EvaluationError) -> Value? {
    switch statement.kind {
    case .binding(let name, let expression):
      globals.variables[name.text] = try evaluate(expression)
      return nil
    case .function(let name, let parameters, let body):
      let function = UserFunction(name: name.text, parameterNames: parameters.map(\.text), body: body, closure: globals)
      globals.variables[name.text] = .function(function)
      return nil
    case .expression(let expression):
      return try evaluate(expression)
    case .command(let name, _):
      throw EvaluationError(.unknownCommand(name), statement.range)
    case .importModule:
      throw EvaluationError(.unknownCommand("import"), statement.range, notes: ["imports are run by a session"])
    case .module:
      // A module file run as a script: its name only matters when it is imported.
      return nil
    }
  }

  /// Evaluates an expression in the current scope.
  public func evaluate(_ expression: Expression) throws(EvaluationError) -> Value {
    evaluationDepth += 1
    defer { evaluationDepth -= 1 }
    guard evaluationDepth <= Evaluator.evaluationDepthLimit else {
      throw EvaluationError(.evaluationTooDeep(limit: Evaluator.evaluationDepthLimit), expression.range)
    }
    guard budget.take() else {
      throw EvaluationError(
        .stepLimitExceeded(limit: budget.limit), expression.range,
        notes: ["a statement may take \(budget.limit.grouped) steps; raise the limit with --max-steps N (0: none)"])
    }
    switch expression.kind {
    case .number(let value, let unit):
      return .estimate(.exact(value, unit: unit))
    case .string(let text):
      return .string(text)
    case .day(let day):
      return .day(day)
    case .bool(let flag):
      return .bool(flag)
    case .identifier(let name):
      return try lookup(name, at: expression.range)
    case .list(let elements):
      var values: [Value] = []
      for element in elements { values.append(try evaluate(element)) }
      return .list(values)
    case .unary(let operation, let operand):
      return try applyUnary(operation, try evaluate(operand), at: expression.range)
    case .binary(let operation, let left, let right):
      return try evaluateBinary(operation, left, right, at: expression.range)
    case .range(let low, let high):
      return try makeRange(try evaluate(low), try evaluate(high), at: expression.range)
    case .conversion(let operand, let unit):
      return try convert(try evaluate(operand), to: unit, at: expression.range)
    case .call(let callee, let arguments):
      return try evaluateCall(callee, arguments, at: expression.range)
    case .member(let base, let name):
      return try evaluateMember(base, name, at: expression.range)
    case .index(let base, let position):
      return try evaluateIndex(try evaluate(base), try evaluate(position), at: expression.range)
    case .pipeline(let source, let stages):
      return try evaluatePipeline(source, stages)
    }
  }

  func lookup(_ name: String, at range: SourceRange) throws(EvaluationError) -> Value {
    if let value = scope.lookup(name) { return value }
    if let table = try datasetTable(name, at: range) { return .table(table) }
    if let builtin = Builtins.all[name] { return .function(builtin) }
    if let function = host?.function(named: name) { return .function(function) }
    if host?.moduleNames.contains(name) ?? false {
      throw EvaluationError(
        .wrongType(expected: "a value", found: "module", context: "'\(name)'"), range,
        notes: ["call its functions as '\(name).function(…)'"])
    }
    let hostNames = (host?.functionNames ?? []) + (host?.moduleNames ?? []) + (host?.datasetNames ?? [])
    let candidates = scope.visibleNames + Builtins.all.keys + hostNames
    if Unit.named(name) != nil {
      throw EvaluationError(
        .unknownName(name), range,
        notes: ["'\(name)' is a unit: write it right after a number, and '/' between units without spaces ('50 m/day')"]
      )
    }
    throw EvaluationError(.unknownName(name), range, notes: Evaluator.suggestion(for: name, among: candidates))
  }

  func datasetTable(_ name: String, at range: SourceRange) throws(EvaluationError) -> Table? {
    do {
      return try host?.table(named: name)
    } catch {
      throw EvaluationError(hostError: error, at: range)
    }
  }

  static func suggestion(for name: String, among candidates: [String]) -> [String] {
    Suggestions.closest(to: name, among: candidates).map { ["did you mean '\(Evaluator.spelled($0))'?"] } ?? []
  }

  /// A name as it must be written: in backticks when it is not a plain identifier.
  static func spelled(_ name: String) -> String {
    let plain = name.unicodeScalars.enumerated().allSatisfy { offset, scalar in
      offset == 0 ? Lexer.isIdentifierStart(scalar) : Lexer.isIdentifierContinuation(scalar)
    }
    return plain && Keyword(rawValue: name) == nil ? name : "`\(name)`"
  }

  func checkCancellation(at range: SourceRange) throws(EvaluationError) {
    if host?.isCancelled ?? false { throw EvaluationError(.cancelled, range) }
  }
}
