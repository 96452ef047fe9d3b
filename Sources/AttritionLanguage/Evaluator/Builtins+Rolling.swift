import AttritionSDK

extension Builtins {
  /// Trailing means over a dense daily calendar.
  static let rolling: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "rolling_mean",
      summary: "The trailing mean of a column over N days of a dense calendar, per group.",
      discussion: """
        The calendar runs from the table's first day to its last, every day present: a day without a row \
        counts as 0, and rows of the same day and group are added up first. The mean on day d covers \
        d−N+1 … d (fewer days at the calendar's start). The result has the `by` column, the date, the \
        daily total and the mean (named by `as`, `mean` by default), a rate per day in the column's unit \
        per day, ordered by group and day. The date \
        column is `on`, or the table's one day column.
        """,
      parameters: [
        ParameterDescriptor("table", .table, "a table with a day column"),
        ParameterDescriptor("column", .string, "the numeric column to average"),
        ParameterDescriptor("days", .number, "the window length in days"),
        ParameterDescriptor("by", .string, "a column whose values each get their own series", isOptional: true),
        ParameterDescriptor("on", .string, "the day column, when the table has several", isOptional: true),
        ParameterDescriptor("as", .string, "the name of the mean column", isOptional: true),
      ],
      returns: "table (by, date, column, mean)",
      examples: [
        FunctionExample(
          #"rolling_mean(table(date: [2024-01-01, 2024-01-03], n: [3, 6]), "n", 2)"#,
          """
          date        n  mean (/day)
          ──────────  ─  ───────────
          2024-01-01  3            3
          2024-01-02  0          1.5
          2024-01-03  6            3
          """)
      ]
    ) { arguments in
      .table(try rollingMean(arguments))
    }
  ]

  private static func rollingMean(_ arguments: FunctionArguments) throws -> Table {
    let table = try arguments.table(0)
    let values = try arguments.column(1, of: table)
    let days = try arguments.estimate(2).value
    guard days >= 1, days == days.rounded(), days <= 100_000 else {
      throw arguments.invalid(2, "give a whole number of days from 1 to 100000")
    }
    let window = Int(days)
    guard let numbers = values.numbers else {
      throw arguments.invalid(1, "'\(values.name)' is not a column of numbers")
    }
    let dateColumn: Column
    if arguments.optional(4) != nil {
      dateColumn = try arguments.column(4, of: table)
    } else {
      let dayColumns = table.columns.filter { if case .day = $0.data { true } else { false } }
      guard dayColumns.count == 1 else {
        throw arguments.invalid(
          0, dayColumns.isEmpty ? "the table has no day column" : "name the day column with 'on:'")
      }
      dateColumn = dayColumns[0]
    }
    guard case .day(let dates) = dateColumn.data else {
      throw arguments.invalid(4, "'\(dateColumn.name)' is not a column of days")
    }
    let groupColumn = try arguments.optional(3).map { _ in try arguments.column(3, of: table) }
    let outputName = try arguments.optional(5).map { _ in try arguments.string(5) } ?? "mean"
    let ordinals = dates.compactMap { $0?.ordinal }
    guard let first = ordinals.min(), let last = ordinals.max() else {
      return try Table(columns: [])
    }
    let span = last - first + 1
    guard span <= 10_000_000 else { throw arguments.invalid(0, "the calendar spans more than 10 million days") }
    let (groups, firstRows) =
      groupColumn.map { GroupAccumulator.localGroups([$0], rows: table.rowCount) }
      ?? ([Int32](repeating: 0, count: table.rowCount), [0])
    var totals = [Double](repeating: 0, count: firstRows.count * span)
    for row in 0..<table.rowCount {
      guard let day = dates[row], let value = numbers[row], !value.isNaN else { continue }
      totals[Int(groups[row]) * span + day.ordinal - first] += value
    }
    // Groups in ascending key order, missing last, as `group … by` orders them.
    var order = Array(firstRows.indices)
    if let groupColumn {
      order.sort { groupColumn.compareCells(firstRows[$0], firstRows[$1]) < 0 }
    }
    var groupRows: [Int] = []
    var outDates: [Day?] = []
    var outTotals: [Double?] = []
    var means: [Double?] = []
    let capacity = order.count * span
    groupRows.reserveCapacity(capacity)
    outDates.reserveCapacity(capacity)
    outTotals.reserveCapacity(capacity)
    means.reserveCapacity(capacity)
    for group in order {
      let base = group * span
      var sum = 0.0
      for offset in 0..<span {
        sum += totals[base + offset]
        if offset >= window { sum -= totals[base + offset - window] }
        groupRows.append(firstRows[group])
        outDates.append(Day(ordinal: first + offset))
        outTotals.append(totals[base + offset])
        means.append(sum / Double(min(offset + 1, window)))
      }
    }
    var columns: [Column] = []
    if let groupColumn {
      columns.append(
        Column(name: groupColumn.name, data: groupColumn.data.gathering(groupRows), provenance: groupColumn.provenance))
    }
    columns.append(Column(name: dateColumn.name, data: .day(outDates), provenance: dateColumn.provenance))
    columns.append(
      Column(name: values.name, data: .number(outTotals, unit: values.unit), provenance: values.provenance))
    // The mean of daily totals over N days is a rate: personnel per day, not personnel.
    let perDay = Unit.quotient(values.unit, Unit(.day))
    let rates = perDay.factor == 1 ? means : means.map { $0.map { $0 * perDay.factor } }
    columns.append(Column(name: outputName, data: .number(rates, unit: perDay.unit), provenance: values.provenance))
    return try Table(columns: columns, provenance: table.provenance, summary: table.summary)
  }
}
