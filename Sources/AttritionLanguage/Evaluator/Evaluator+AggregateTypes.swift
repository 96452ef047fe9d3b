import AttritionSDK

extension Evaluator {
  /// Checks that each aggregate of a `group` stage can be computed from its column: sums and means
  /// need numbers, minimums and maximums numbers or days; `count` takes any column.
  ///
  /// Without it, the sum of a text column came out as a column of blanks: a CSV column is text
  /// when any one of its cells is not a number, so a single stray cell emptied a whole result.
  ///
  /// - Throws: ``EvaluationError/Kind/wrongType(expected:found:context:)`` at the aggregate.
  static func checkAggregates(_ aggregates: [Aggregate], on table: Table) throws(EvaluationError) {
    for aggregate in aggregates {
      guard let name = aggregate.column, let column = table.column(named: name.text) else { continue }
      let expected: String
      switch (aggregate.function, column.data) {
      case (.count, _), (_, .integer), (_, .number), (_, .estimate), (.min, .day), (.max, .day): continue
      case (.min, _), (.max, _): expected = "a column of numbers or days"
      case (.sum, _), (.mean, _): expected = "a column of numbers"
      }
      var notes: [String] = []
      if case .string = column.data {
        notes.append(
          "a column read from a file is text when any one of its cells is not a number; load it with "
            + "types: \"\(name.text): number\" to find that cell: the error names its row")
      }
      throw EvaluationError(
        .wrongType(
          expected: expected, found: "\(column.data.typeName) column",
          context: "'\(aggregate.function.rawValue)(\(name.text))'"),
        aggregate.range, notes: notes)
    }
  }
}
