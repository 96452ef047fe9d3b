import AttritionSDK

extension Builtins {
  static let tables: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "table", summary: "A table from named lists of equal length, one per column.",
      parameters: [], returns: "table",
      examples: [FunctionExample("count(table(day: [2024-01-01, 2024-01-02], tank: [10, 12]))", "2")],
      acceptsAnyLabel: true
    ) { arguments in
      var columns: [Column] = []
      for (label, value, range) in arguments.extraNamed {
        guard case .list(let cells) = value else {
          throw EvaluationError(
            .wrongType(expected: "a list", found: value.typeName, context: "'table' column '\(label)'"), range)
        }
        columns.append(Column(name: label, data: try columnData(cells, label: label, at: range)))
      }
      return .table(try Evaluator.onTable(arguments.callRange) { () throws(TableError) in try Table(columns: columns) })
    }
  ]

  /// Types a list of values as one column: numbers in one unit, days, strings or bools.
  static func columnData(_ cells: [Value], label: String, at range: SourceRange) throws(EvaluationError) -> ColumnData {
    let present = cells.filter { if case .null = $0 { false } else { true } }
    func invalid(_ reason: String, notes: [String] = []) -> EvaluationError {
      EvaluationError(.invalidArgument(function: "table", parameter: label, reason: reason), range, notes: notes)
    }
    // Names the two kinds that meet, so '[1, "a"]' says a number and a string, not what is allowed.
    func mixed(_ cell: Value) -> EvaluationError {
      let first = present.first?.typeName ?? cell.typeName
      if first == cell.typeName { return invalid("cells must all be numbers, days, strings or bools") }
      return invalid("its cells mix types: a \(first) and a \(cell.typeName); a column holds one type")
    }
    switch present.first {
    case .estimate(let first):
      var estimates: [Estimate?] = []
      for cell in cells {
        if case .null = cell {
          estimates.append(nil)
          continue
        }
        guard case .estimate(let estimate) = cell else { throw mixed(cell) }
        guard let factor = estimate.unit.conversionFactor(to: first.unit) else {
          throw invalid(
            "its cells mix units: \(first.unit.spelled) and \(estimate.unit.spelled)",
            notes: ["a column holds one unit, or units that convert into each other (km² and ha)"])
        }
        estimates.append(factor == 1 ? estimate : try? estimate.converted(to: first.unit))
      }
      if estimates.allSatisfy({ $0?.isExact ?? true }) {
        return .number(estimates.map { $0?.value }, unit: first.unit)
      }
      return .estimate(estimates)
    case .day:
      return .day(
        try cells.map { (cell: Value) throws(EvaluationError) -> Day? in
          if case .day(let day) = cell { return day }
          if case .null = cell { return nil }
          throw mixed(cell)
        })
    case .string:
      return .string(
        StringColumn(
          try cells.map { (cell: Value) throws(EvaluationError) -> String? in
            if case .string(let text) = cell { return text }
            if case .null = cell { return nil }
            throw mixed(cell)
          }))
    case .bool:
      return .bool(
        try cells.map { (cell: Value) throws(EvaluationError) -> Bool? in
          if case .bool(let flag) = cell { return flag }
          if case .null = cell { return nil }
          throw mixed(cell)
        })
    case nil:
      return .number(cells.map { _ in nil }, unit: .none)
    default:
      throw mixed(present.first ?? .null)
    }
  }
}
