import AttritionSDK

extension TerritoryModule {
  static let gain = FunctionDescriptor(
    name: "gain",
    summary: "Area gained over a period from a daily area series: area(end) − area(day before start), in km².",
    discussion: """
      gain(series, period) reads a table with a day column (`date`, else the first) and an area column (`area`, \
      else the only numeric one, else `column:`), such as NZZ's `territory.csv`, and returns \
      area(end) − area(day before start), so that the first day's change counts (2024-01-01..2025-06-04 is \
      area(2025-06-04) − area(2023-12-31)). A plain number column is read as km². Both days must be in the \
      series: a period reaching past either end, or a day the series lacks, is an error naming the days it \
      has. Area series hold glitches and changes of method (NZZ: the whole country on 2023-10-24..30, a \
      −16,619 km² step on 2024-03-14) that make a gain across them meaningless, so every change between two \
      held days inside the period of at least `jump` (default 1,000 km²) is named in a warning: a step when \
      it stays, a spike when the series comes back to within half of it within `revert_days` (default 10). A \
      spike reverted inside the period nets out of the gain.
      """,
    parameters: [
      ParameterDescriptor("series", .table, "a daily area series: a day column and an area column (km²)"),
      ParameterDescriptor("period", .period, "the inclusive period, e.g. 2024-01-01..2025-06-04"),
      ParameterDescriptor(
        "column", .string, "the area column (default 'area', else the only numeric one)", isOptional: true),
    ] + CumulativeSeries.jumpParameters,
    returns: "number (km²)",
    examples: [
      FunctionExample(
        """
        let s = table(date: [2024-01-01, 2024-01-02, 2024-01-03, 2024-01-04], area: [100, 104, 110, 117])
        territory.gain(s, 2024-01-02..2024-01-04)
        """,
        "17 km²"),
      FunctionExample(
        """
        let s = table(date: [2024-01-01, 2024-01-02, 2024-01-03], area: [100 km², 1600 km², 1650 km²])
        territory.gain(s, 2024-01-02..2024-01-03, jump: 2000 km²)
        """,
        "1,550 km²"),
    ]
  ) { arguments in
    let table = try arguments.table(0)
    let period = try arguments.period(1)
    let series = try AreaSeries(table: table, column: try arguments.optionalString(2), function: arguments.functionName)
    let rule = try arguments.jumpRule(threshold: 3, revertDays: 4, for: series.series)
    return .estimate(try series.gain(over: period, rule: rule, context: arguments.context))
  }
}
