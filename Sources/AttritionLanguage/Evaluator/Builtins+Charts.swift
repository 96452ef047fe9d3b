import AttritionSDK

extension Builtins {
  static let charts: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "chart", summary: "A line or bar chart of one column of a table against another.",
      discussion: """
        `x` and `y` name columns. `x` may hold days (a time axis), numbers or text (one slot per row); `y` holds \
        numbers, whose unit labels the axis. Rows without an x value are left out; a missing y is a gap in a line. \
        Line charts are drawn in order of x. Notebooks draw the chart as SVG; the REPL and scripts print it as \
        text. The chart carries the sources of the table and the columns.
        """,
      parameters: [
        ParameterDescriptor("table", .table, "the table to draw"),
        ParameterDescriptor("x", .string, "the column along the horizontal axis"),
        ParameterDescriptor("y", .string, "the column of numbers along the vertical axis"),
        ParameterDescriptor("kind", .string, "line (the default) or bar", isOptional: true),
        ParameterDescriptor("title", .string, "the title (default: y by x)", isOptional: true),
      ],
      returns: "chart",
      examples: [
        FunctionExample(
          "chart(table(month: [\"2024-01\", \"2024-02\"], tanks: [300, 250]), x: \"month\", y: \"tanks\", kind: \"bar\")",
          """
          tanks by month
          2024-01  ████████████████████████████████████████ 300
          2024-02  █████████████████████████████████▍       250
          """)
      ]
    ) { arguments in
      let table = try arguments.table(0)
      let xColumn = try arguments.column(1, of: table)
      let yColumn = try arguments.column(2, of: table)
      var kind = Chart.Kind.line
      if arguments.optional(3) != nil {
        let name = try arguments.string(3)
        guard let chosen = Chart.Kind(rawValue: name) else { throw arguments.invalid(3, "expected 'line' or 'bar'") }
        kind = chosen
      }
      let title = arguments.optional(4) != nil ? try arguments.string(4) : "\(yColumn.name) by \(xColumn.name)"
      return .chart(try chart(kind: kind, title: title, x: xColumn, y: yColumn, table: table, arguments: arguments))
    }
  ]

  static func chart(
    kind: Chart.Kind, title: String, x: Column, y: Column, table: Table, arguments: FunctionArguments
  ) throws -> Chart {
    let ys: [Double?]
    switch y.data {
    case .integer(let cells): ys = cells.map { $0.map(Double.init) }
    case .number(let cells, _): ys = cells
    case .estimate(let cells): ys = cells.map { $0?.value }
    default: throw arguments.invalid(2, "column '\(y.name)' holds \(y.data.typeName) cells, not numbers")
    }
    var rows = Array(0..<table.rowCount)
    let axis: Chart.Axis
    switch x.data {
    case .day(let cells):
      rows = rows.filter { cells[$0] != nil }
      if kind == .line { rows.sort { (cells[$0]?.ordinal ?? 0) < (cells[$1]?.ordinal ?? 0) } }
      axis = .days(rows.compactMap { cells[$0] })
    case .integer, .number, .estimate:
      let values = (0..<table.rowCount).map { row -> Double? in
        if case .estimate(let estimate) = x.value(at: row) { return estimate.value }
        return nil
      }
      rows = rows.filter { values[$0] != nil }
      if kind == .line { rows.sort { (values[$0] ?? 0) < (values[$1] ?? 0) } }
      axis = .numbers(rows.compactMap { values[$0] })
    case .string(let column):
      rows = rows.filter { column[$0] != nil }
      axis = .labels(rows.compactMap { column[$0] })
    default:
      throw arguments.invalid(1, "column '\(x.name)' holds \(x.data.typeName) cells; use days, numbers or text")
    }
    return Chart(
      kind: kind, title: title, x: axis, xLabel: label(of: x), y: rows.map { ys[$0] }, yLabel: label(of: y),
      provenance: table.provenance.union(x.provenance).union(y.provenance))
  }

  /// A column's name with its unit, as an axis shows it: `tank (tanks/day)`.
  static func label(of column: Column) -> String {
    column.unit.isNone ? column.name : "\(column.name) (\(column.unit))"
  }
}
