import AttritionSDK

extension Evaluator {
  /// The table with each derived column added, or replaced when the name is taken; later
  /// derivations see earlier ones.
  func derive(_ derivations: [Derivation], on table: Table) throws(EvaluationError) -> Table {
    var table = table
    for derivation in derivations {
      let data = try derivedColumn(derivation.value, of: table, name: derivation.name)
      var columns = table.columns
      let column = Column(name: derivation.name.text, data: data, provenance: table.provenance)
      if let index = columns.firstIndex(where: { $0.name == derivation.name.text }) {
        columns[index] = column
      } else {
        columns.append(column)
      }
      let rebuilt = try Evaluator.onTable(derivation.name.range) { () throws(TableError) in
        try Table(columns: columns, provenance: table.provenance, summary: table.summary)
      }
      table = rebuilt
    }
    return table
  }

  /// One derived column: computed over the column's storage for a column name and for the
  /// calendar functions of a day column, else row by row.
  func derivedColumn(_ expression: Expression, of table: Table, name: Name) throws(EvaluationError) -> ColumnData {
    if case .identifier(let source) = expression.kind, let column = table.column(named: source) {
      return column.data
    }
    if case .call(let callee, let arguments) = expression.kind, case .identifier(let function) = callee.kind,
      arguments.count == 1, arguments[0].label == nil, case .identifier(let source) = arguments[0].value.kind,
      let column = table.column(named: source), isBuiltin(function),
      let data = Builtins.calendarColumn(function, column.data)
    {
      return data
    }
    let rowScope = Scope(parent: scope)
    let saved = scope
    scope = rowScope
    defer { scope = saved }
    var cells: [Value] = []
    cells.reserveCapacity(table.rowCount)
    for row in 0..<table.rowCount {
      if row % 4096 == 0 { try checkCancellation(at: expression.range) }
      rowScope.row = (table, row)
      cells.append(try evaluate(expression))
    }
    return try Builtins.columnData(cells, label: name.text, at: expression.range)
  }

  /// Whether a name reaches a built-in function, not a variable or dataset that hides it.
  func isBuiltin(_ name: String) -> Bool {
    guard Builtins.all[name] != nil, scope.lookup(name) == nil else { return false }
    return !(host?.datasetNames.contains(name) ?? false)
  }

  /// `t | join other on keys`.
  func join(
    _ table: Table, _ otherExpression: Expression, on keys: [Name], keepsUnmatched: Bool, at range: SourceRange
  ) throws(EvaluationError) -> Table {
    let value = try evaluate(otherExpression)
    guard case .table(let other) = value else {
      throw EvaluationError(
        .wrongType(expected: "a table", found: value.typeName, context: "'join'"), otherExpression.range)
    }
    for key in keys {
      guard let left = table.column(named: key.text) else { throw unknownColumn(key, in: table) }
      guard let right = other.column(named: key.text) else { throw unknownColumn(key, in: other) }
      // Cells of different types never compare equal, so the join would quietly find no rows.
      guard left.data.typeName == right.data.typeName else {
        throw EvaluationError(
          .incompatibleOperands(
            verb: "join on", left: "'\(key.text)' of the left table (\(left.data.typeName))",
            right: "'\(key.text)' of the right table (\(right.data.typeName))"),
          key.range,
          notes: [
            "a join key has one type on both sides; force it when loading: load(…, types: '\(key.text): \(left.data.typeName)')"
          ])
      }
    }
    try checkJoinSize(table, other, keys: keys.map(\.text), keepsUnmatched: keepsUnmatched, at: range)
    return try Evaluator.onTable(range) { () throws(TableError) in
      try table.joined(with: other, on: keys.map(\.text), keepingUnmatched: keepsUnmatched)
    }
  }
}
