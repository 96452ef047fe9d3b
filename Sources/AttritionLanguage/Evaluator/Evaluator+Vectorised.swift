import AttritionSDK

extension Evaluator {
  /// The rows where a condition holds, computed column by column when it compares columns with
  /// values (`side == "Russia"`, `date >= 2024-01-01 and count > 2`); nil when it has another shape
  /// and must be evaluated row by row. Missing cells never match, as in row-by-row evaluation.
  func vectorisedRows(of table: Table, _ condition: Expression) throws(EvaluationError) -> [Int]? {
    try checkCancellation(at: condition.range)
    guard let mask = try vectorisedMask(of: table, condition) else { return nil }
    var rows: [Int] = []
    for (row, matches) in mask.enumerated() where matches { rows.append(row) }
    return rows
  }

  /// Per row whether the condition is true (false for false and for missing), or nil.
  func vectorisedMask(of table: Table, _ condition: Expression) throws(EvaluationError) -> [Bool]? {
    guard case .binary(let op, let left, let right) = condition.kind else { return nil }
    switch op {
    case .and, .or:
      guard let leftMask = try vectorisedMask(of: table, left), let rightMask = try vectorisedMask(of: table, right)
      else { return nil }
      return op == .and ? zip(leftMask, rightMask).map { $0 && $1 } : zip(leftMask, rightMask).map { $0 || $1 }
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      if case .identifier(let name) = left.kind, let column = table.column(named: name),
        !mentionsColumn(right, of: table)
      {
        return Evaluator.compare(column.data, op, try evaluate(right), mirrored: false)
      }
      if case .identifier(let name) = right.kind, let column = table.column(named: name),
        !mentionsColumn(left, of: table)
      {
        return Evaluator.compare(column.data, op, try evaluate(left), mirrored: true)
      }
      return nil
    default:
      return nil
    }
  }

  /// Whether an expression names any column of the table (or anything at all it cannot see through).
  func mentionsColumn(_ expression: Expression, of table: Table) -> Bool {
    switch expression.kind {
    case .number, .string, .day, .bool: return false
    case .identifier(let name): return table.column(named: name) != nil
    case .unary(_, let operand): return mentionsColumn(operand, of: table)
    case .binary(_, let left, let right), .range(let left, let right):
      return mentionsColumn(left, of: table) || mentionsColumn(right, of: table)
    case .conversion(let operand, _): return mentionsColumn(operand, of: table)
    case .list(let elements): return elements.contains { mentionsColumn($0, of: table) }
    default: return true
    }
  }

  /// Compares each cell of a column with one value; nil for types compared otherwise (units,
  /// bounds, estimates), which go row by row.
  static func compare(_ data: ColumnData, _ op: BinaryOperator, _ value: Value, mirrored: Bool) -> [Bool]? {
    func holds(_ order: Int) -> Bool {
      let order = mirrored ? -order : order
      switch op {
      case .equal: return order == 0
      case .notEqual: return order != 0
      case .less: return order < 0
      case .lessEqual: return order <= 0
      case .greater: return order > 0
      case .greaterEqual: return order >= 0
      default: return false
      }
    }
    switch (data, value) {
    case (.string(let column), .string(let text)) where op == .equal || op == .notEqual:
      // Every entry equal to the text: a dictionary read from bytes may hold two spellings that
      // are equal as text (composed and decomposed accents).
      let matches = column.dictionary.map { $0 == text }
      return column.codes.map { $0 >= 0 && holds(matches[Int($0)] ? 0 : 1) }
    case (.day(let cells), .day(let day)):
      let target = day.ordinal
      return cells.map { cell in cell.map { holds($0.ordinal < target ? -1 : ($0.ordinal == target ? 0 : 1)) } ?? false
      }
    case (.integer(let cells), .estimate(let estimate)) where estimate.isExact && estimate.unit == .none:
      let target = estimate.value
      return cells.map { cell in
        cell.map {
          let value = Double($0)
          return holds(value < target ? -1 : (value == target ? 0 : 1))
        } ?? false
      }
    case (.number(let cells, let unit), .estimate(let estimate))
    where estimate.isExact && estimate.unit == .none && unit == .none:
      let target = estimate.value
      return cells.map { cell in
        guard let value = cell, !value.isNaN else { return false }
        return holds(value < target ? -1 : (value == target ? 0 : 1))
      }
    case (.bool(let cells), .bool(let target)) where op == .equal || op == .notEqual:
      return cells.map { cell in cell.map { holds($0 == target ? 0 : 1) } ?? false }
    default:
      return nil
    }
  }
}
