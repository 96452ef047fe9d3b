import AttritionSDK

extension Evaluator {
  /// Runs a table through its stages, left to right.
  ///
  /// A pipeline that starts with `load(PATH)` of a CSV file and groups after its filters and
  /// derivations is streamed: the file is read in blocks, and only the columns the stages use.
  func evaluatePipeline(_ sourceExpression: Expression, _ stages: [Stage]) throws(EvaluationError) -> Value {
    if let streamed = try streamedPipeline(sourceExpression, stages) { return .table(streamed) }
    let source = try evaluate(sourceExpression)
    guard case .table(var table) = source else {
      throw EvaluationError(
        .wrongType(expected: "a table", found: source.typeName, context: "a pipeline"), sourceExpression.range)
    }
    for stage in stages {
      table = try apply(stage, to: table)
    }
    return .table(table)
  }

  func apply(_ stage: Stage, to table: Table) throws(EvaluationError) -> Table {
    switch stage.kind {
    case .filter(let condition):
      return table.gathering(try matchingRows(of: table, condition))
    case .select(let names):
      var seen: Set<String> = []
      for name in names {
        if table.column(named: name.text) == nil { throw unknownColumn(name, in: table) }
        // Two columns of one name would make every later reference to it ambiguous, as in group.
        guard seen.insert(name.text).inserted else {
          throw EvaluationError(.duplicateColumn(name.text), name.range, notes: ["a select names each column once"])
        }
      }
      return try Evaluator.onTable(stage.range) { () throws(TableError) in try table.selecting(names.map(\.text)) }
    case .sort(let keys):
      for key in keys where table.column(named: key.column.text) == nil {
        throw unknownColumn(key.column, in: table)
      }
      return try Evaluator.onTable(stage.range) { () throws(TableError) in
        try table.sorted(by: keys.map { ($0.column.text, $0.descending) })
      }
    case .limit(let countExpression):
      let value = try evaluate(countExpression)
      guard case .estimate(let count) = value, count.isExact, count.value >= 0, count.value == count.value.rounded()
      else {
        throw EvaluationError(
          .wrongType(expected: "a whole number ≥ 0", found: value.typeName, context: "'limit'"),
          countExpression.range)
      }
      return table.prefix(count.value > Double(Int.max / 2) ? Int.max / 2 : Int(count.value))
    case .group(let aggregates, let keys):
      for name in keys + aggregates.compactMap(\.column) where table.column(named: name.text) == nil {
        throw unknownColumn(name, in: table)
      }
      try Evaluator.checkAggregates(aggregates, on: table)
      let specs = aggregates.map {
        AggregateSpec(function: $0.function, column: $0.column?.text, outputName: $0.outputName)
      }
      return try Evaluator.onTable(stage.range) { () throws(TableError) in
        try table.grouped(by: keys.map(\.text), aggregates: specs)
      }
    case .derive(let derivations):
      return try derive(derivations, on: table)
    case .join(let otherExpression, let keys, let keepsUnmatched):
      return try join(table, otherExpression, on: keys, keepsUnmatched: keepsUnmatched, at: stage.range)
    }
  }

  /// Runs a table operation, turning its error into a diagnostic at `range`.
  static func onTable<T>(_ range: SourceRange, _ body: () throws(TableError) -> T) throws(EvaluationError) -> T {
    do {
      return try body()
    } catch {
      throw diagnose(error, at: range)
    }
  }

  func matchingRows(of table: Table, _ condition: Expression) throws(EvaluationError) -> [Int] {
    if let rows = try vectorisedRows(of: table, condition) { return rows }
    let rowScope = Scope(parent: scope)
    let saved = scope
    scope = rowScope
    defer { scope = saved }
    var rows: [Int] = []
    for row in 0..<table.rowCount {
      if row % 4096 == 0 { try checkCancellation(at: condition.range) }
      rowScope.row = (table, row)
      switch try evaluate(condition) {
      case .bool(true): rows.append(row)
      case .bool(false), .null: continue
      case let other: throw EvaluationError(.notCondition(other.typeName), condition.range)
      }
    }
    return rows
  }

  func unknownColumn(_ name: Name, in table: Table) -> EvaluationError {
    EvaluationError(
      .unknownColumn(name.text), name.range,
      notes: Evaluator.suggestion(for: name.text, among: table.columnNames)
        + ["columns: " + table.columnNames.joined(separator: ", ")])
  }

  static func diagnose(_ error: TableError, at range: SourceRange) -> EvaluationError {
    switch error {
    case .unknownColumn(let name, let available):
      return EvaluationError(.unknownColumn(name), range, notes: suggestion(for: name, among: available))
    case .duplicateColumn(let name):
      return EvaluationError(
        .duplicateColumn(name), range, notes: ["in a group stage, name one with 'as': 'sum(x) as total'"])
    case .columnLengthMismatch(let column, let expected, let found):
      return EvaluationError(
        .invalidArgument(function: "table", parameter: column, reason: "has \(found) rows, expected \(expected)"), range
      )
    }
  }
}
