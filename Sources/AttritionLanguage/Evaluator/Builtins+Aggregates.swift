import AttritionSDK

extension Builtins {
  static let aggregates: [NativeFunction] =
    [AggregateFunction.sum, .mean].map(columnAggregate) + [extremum(.min), extremum(.max)] + [
      NativeFunction(name: "count", parameters: [Parameter("values")]) { arguments in
        switch try arguments.value(0) {
        case .table(let table): return .estimate(.exact(Double(table.rowCount), provenance: table.provenance))
        case .list(let elements): return .estimate(.exact(Double(elements.count)))
        case .column(let column):
          return .estimate(column.aggregate(.count, rows: 0..<column.count) ?? .exact(0))
        case let other: throw arguments.wrongType(0, expected: "a table, column or list", found: other)
        }
      },
      NativeFunction(name: "first", parameters: [Parameter("column")]) { arguments in
        try endCell(arguments, first: true)
      },
      NativeFunction(name: "last", parameters: [Parameter("column")]) { arguments in
        try endCell(arguments, first: false)
      },
    ]

  /// `sum(column)` or `mean(column)`; also over a list of numbers.
  static func columnAggregate(_ function: AggregateFunction) -> NativeFunction {
    NativeFunction(name: function.rawValue, parameters: [Parameter("values")]) { arguments in
      try reduce(function, arguments)
    }
  }

  /// `min(column)` / `max(column)`, or `min(a, b)` / `max(a, b)` of two estimates.
  static func extremum(_ function: AggregateFunction) -> NativeFunction {
    NativeFunction(name: function.rawValue, parameters: [Parameter("values"), Parameter("other", isOptional: true)]) {
      arguments in
      guard arguments.optional(1) != nil else { return try reduce(function, arguments) }
      let (a, b) = (try arguments.estimate(0), try arguments.estimate(1))
      do throws(EstimateError) {
        return .estimate(function == .min ? try a.minimum(b) : try a.maximum(b))
      } catch {
        throw Evaluator.diagnose(error, verb: "compare", a, b, at: arguments.callRange)
      }
    }
  }

  static func reduce(_ function: AggregateFunction, _ arguments: Arguments) throws(EvaluationError) -> Value {
    let column: Column
    switch try arguments.value(0) {
    case .column(let given): column = given
    case .list(let elements):
      var cells: [Estimate?] = []
      for element in elements {
        switch element {
        case .estimate(let estimate): cells.append(estimate)
        case .null: cells.append(nil)
        case let other: throw arguments.wrongType(0, expected: "a list of numbers", found: other)
        }
      }
      column = Column(name: "list", data: .estimate(cells))
    case let other:
      throw arguments.wrongType(0, expected: "a column or list of numbers", found: other)
    }
    guard column.numbers != nil else {
      throw arguments.invalid(0, "column '\(column.name)' holds \(column.data.typeName)s, not numbers")
    }
    guard let result = column.aggregate(function, rows: 0..<column.count) else {
      throw EvaluationError(.emptyAggregate(function.rawValue), arguments.callRange)
    }
    guard result.value.isFinite else { throw EvaluationError(.notFinite, arguments.callRange) }
    return .estimate(result)
  }

  static func endCell(_ arguments: Arguments, first: Bool) throws(EvaluationError) -> Value {
    switch try arguments.value(0) {
    case .column(let column):
      guard column.count > 0 else {
        throw EvaluationError(.emptyAggregate(arguments.functionName), arguments.callRange)
      }
      return column.value(at: first ? 0 : column.count - 1)
    case .list(let elements):
      guard let element = first ? elements.first : elements.last else {
        throw EvaluationError(.emptyAggregate(arguments.functionName), arguments.callRange)
      }
      return element
    case let other:
      throw arguments.wrongType(0, expected: "a column or list", found: other)
    }
  }
}
