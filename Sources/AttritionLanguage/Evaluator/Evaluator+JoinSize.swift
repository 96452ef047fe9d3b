import AttritionSDK

extension Evaluator {
  /// Refuses a join whose result would have more rows than ``joinRowLimit``, before it is built.
  ///
  /// The rows of a join are, over each key, the left rows times the right rows with that key (and,
  /// for a left join, each unmatched left row once). Both tables' keys are counted in one grouping,
  /// so the check costs about what the join's own grouping does; joins whose tables are small
  /// enough that no key could multiply past the limit skip it.
  ///
  /// - Throws: ``EvaluationError/Kind/tooLarge(what:size:limit:)`` at the join.
  func checkJoinSize(
    _ left: Table, _ right: Table, keys: [String], keepsUnmatched: Bool, at range: SourceRange
  ) throws(EvaluationError) {
    let product = left.rowCount.multipliedReportingOverflow(by: right.rowCount)
    guard product.overflow || product.partialValue > joinRowLimit else { return }
    let counts = [
      AggregateSpec(function: .sum, column: "\u{0}left", outputName: "\u{0}left"),
      AggregateSpec(function: .sum, column: "\u{0}right", outputName: "\u{0}right"),
    ]
    var accumulator = GroupAccumulator(keys: keys, aggregates: counts)
    let groups = try Evaluator.onTable(range) { () throws(TableError) -> Table in
      for (table, isLeft) in [(left, true), (right, false)] {
        var columns = keys.compactMap { table.column(named: $0) }
        let ones = [Int64?](repeating: 1, count: table.rowCount)
        let zeros = [Int64?](repeating: 0, count: table.rowCount)
        columns.append(Column(name: "\u{0}left", data: .integer(isLeft ? ones : zeros)))
        columns.append(Column(name: "\u{0}right", data: .integer(isLeft ? zeros : ones)))
        try accumulator.add(Table(columns: columns))
      }
      return try accumulator.result()
    }
    guard case .integer(let lefts) = groups.column(named: "\u{0}left")?.data,
      case .integer(let rights) = groups.column(named: "\u{0}right")?.data
    else { return }
    let keyColumns = keys.compactMap { groups.column(named: $0) }
    var rows = 0.0
    for group in 0..<groups.rowCount {
      let leftRows = Double(lefts[group] ?? 0)
      let rightRows = Double(rights[group] ?? 0)
      // A missing key matches nothing.
      let matches = keyColumns.contains { $0.isMissing(group) } ? 0 : rightRows
      rows += matches > 0 ? leftRows * matches : (keepsUnmatched ? leftRows : 0)
    }
    guard rows > Double(joinRowLimit) else { return }
    throw EvaluationError(
      .tooLarge(
        what: "the join", size: "\(rows < 9e18 ? Int(rows).grouped : "more than 9e18") rows",
        limit: "\(joinRowLimit.grouped) rows"),
      range,
      notes: ["a key shared by many rows on both sides multiplies them; join on more keys, or group first"])
  }
}
