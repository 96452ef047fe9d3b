import AttritionSDK

extension Builtins {
  static let aggregates: [FunctionDescriptor] =
    [AggregateFunction.sum, .mean].map(columnAggregate) + [extremum(.min), extremum(.max)] + [
      FunctionDescriptor(
        name: "count", summary: "The rows of a table, the non-missing cells of a column, or the elements of a list.",
        parameters: [ParameterDescriptor("values", .any, "a table, column or list")], returns: "number",
        examples: [FunctionExample("count(table(a: [1, 2, 3]))", "3")]
      ) { arguments in
        switch try arguments.value(0) {
        case .table(let table): return .estimate(.exact(Double(table.rowCount), provenance: table.provenance))
        case .list(let elements): return .estimate(.exact(Double(elements.count)))
        case .column(let column):
          return .estimate(column.aggregate(.count, rows: 0..<column.count) ?? .exact(0))
        case let other: throw arguments.wrongType(0, expected: "a table, column or list", found: other)
        }
      },
      FunctionDescriptor(
        name: "first", summary: "The cell in a column's first row (or a list's first element).",
        parameters: [ParameterDescriptor("column", .column, "a column 't.col' or a list")], returns: "the cell",
        examples: [FunctionExample("first(table(a: [4, 5]).a)", "4")]
      ) { arguments in
        try endCell(arguments, first: true)
      },
      FunctionDescriptor(
        name: "last", summary: "The cell in a column's last row (or a list's last element).",
        parameters: [ParameterDescriptor("column", .column, "a column 't.col' or a list")], returns: "the cell",
        examples: [FunctionExample("last(table(a: [4, 5]).a)", "5")]
      ) { arguments in
        try endCell(arguments, first: false)
      },
    ]

  /// `sum(column)` or `mean(column)`; also over a list of numbers.
  static func columnAggregate(_ function: AggregateFunction) -> FunctionDescriptor {
    let isSum = function == .sum
    return FunctionDescriptor(
      name: function.rawValue,
      summary: isSum
        ? "The total of a column's (or list's) non-missing numbers, bounds added by interval arithmetic."
        : "The mean of a column's (or list's) non-missing numbers.",
      parameters: [ParameterDescriptor("values", .column, "a column 't.col' or a list of numbers")],
      returns: "number (in the column's unit)",
      examples: [
        FunctionExample("\(function.rawValue)([1, 2, 3..5])", isSum ? "7.00 [6.00 – 8.00]" : "2.33 [2.00 – 2.67]")
      ]
    ) { arguments in
      try reduce(function, arguments)
    }
  }

  /// `min(column)` / `max(column)`, or `min(a, b)` / `max(a, b)` of two estimates.
  static func extremum(_ function: AggregateFunction) -> FunctionDescriptor {
    let isMin = function == .min
    return FunctionDescriptor(
      name: function.rawValue,
      summary: "The \(isMin ? "smallest" : "largest") number of a column or list, or of two numbers (bound by bound).",
      parameters: [
        ParameterDescriptor("values", .any, "a column, a list, or a number"),
        ParameterDescriptor("other", .number, "a second number", isOptional: true),
      ],
      returns: "number",
      examples: [FunctionExample("\(function.rawValue)(3, 1..5)", isMin ? "3.00 [1.00 – 3.00]" : "3.00 [3.00 – 5.00]")]
    ) { arguments in
      guard arguments.optional(1) != nil else { return try reduce(function, arguments) }
      let (a, b) = (try arguments.estimate(0), try arguments.estimate(1))
      do throws(EstimateError) {
        return .estimate(function == .min ? try a.minimum(b) : try a.maximum(b))
      } catch {
        throw Evaluator.diagnose(error, verb: "compare", a, b, at: arguments.callRange)
      }
    }
  }

  static func reduce(_ function: AggregateFunction, _ arguments: FunctionArguments) throws -> Value {
    let column: Column
    switch try arguments.value(0) {
    case .column(let given): column = given
    case .list(let elements):
      var cells: [Estimate?] = []
      for element in elements {
        switch element {
        case .estimate(let estimate):
          if let first = cells.lazy.compactMap({ $0 }).first, !first.unit.isCompatible(with: estimate.unit) {
            throw EvaluationError(
              .unitMismatch(verb: function.rawValue, left: first.unit, right: estimate.unit), arguments.range(0))
          }
          cells.append(estimate)
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

  static func endCell(_ arguments: FunctionArguments, first: Bool) throws -> Value {
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
