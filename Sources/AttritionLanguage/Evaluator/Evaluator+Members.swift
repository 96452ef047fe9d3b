import AttritionSDK

extension Evaluator {
  /// `module.function`, `table.column`, `period.start`, `period.end`, `period.days`, `list.count`.
  func evaluateMember(_ base: Expression, _ name: String, at range: SourceRange) throws(EvaluationError) -> Value {
    if case .identifier(let moduleName) = base.kind, scope.lookup(moduleName) == nil,
      let host, host.moduleNames.contains(moduleName)
    {
      guard let function = host.function(named: name, inModule: moduleName) else {
        throw EvaluationError(
          .unknownFunction(module: moduleName, name: name), range,
          notes: Evaluator.suggestion(for: name, among: host.functionNames(inModule: moduleName)))
      }
      return .function(function)
    }
    let value = try evaluate(base)
    switch value {
    case .table(let table):
      guard var column = table.column(named: name) else {
        throw EvaluationError(
          .unknownColumn(name), range, notes: Evaluator.suggestion(for: name, among: table.columnNames))
      }
      column.provenance = table.provenance.union(column.provenance)
      return .column(column)
    case .period(let period) where ["start", "end", "days"].contains(name):
      if name == "start" { return .day(period.start) }
      if name == "end" { return .day(period.end) }
      return .estimate(.exact(Double(period.dayCount), unit: Unit(.day)))
    case .list(let elements) where name == "count":
      return .estimate(.exact(Double(elements.count)))
    default:
      let members: [String] =
        switch value {
        case .period: ["start", "end", "days"]
        case .list: ["count"]
        default: []
        }
      throw EvaluationError(
        .unknownMember(type: value.typeName, name: name), range,
        notes: Evaluator.suggestion(for: name, among: members))
    }
  }

  /// `list[i]`, counting from 0; negative indices count from the end.
  func evaluateIndex(_ base: Value, _ position: Value, at range: SourceRange) throws(EvaluationError) -> Value {
    guard case .list(let elements) = base else {
      throw EvaluationError(.wrongType(expected: "a list", found: base.typeName, context: "indexing"), range)
    }
    guard case .estimate(let index) = position, index.isExact, index.unit.isNone, index.value == index.value.rounded(),
      abs(index.value) < 1e15
    else {
      throw EvaluationError(
        .wrongType(expected: "a whole number", found: position.typeName, context: "an index"), range)
    }
    let offset = Int(index.value)
    let resolved = offset < 0 ? elements.count + offset : offset
    guard elements.indices.contains(resolved) else {
      throw EvaluationError(.indexOutOfRange(index: offset, count: elements.count), range)
    }
    return elements[resolved]
  }
}
