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
      consecutive days inside the period larger than `threshold` (default 1,000 km²) is named in a warning.
      """,
    parameters: [
      ParameterDescriptor("series", .table, "a daily area series: a day column and an area column (km²)"),
      ParameterDescriptor("period", .period, "the inclusive period, e.g. 2024-01-01..2025-06-04"),
      ParameterDescriptor(
        "threshold", .number, "the size of a one-day change worth a warning (default 1000 km²)", isOptional: true),
      ParameterDescriptor(
        "column", .string, "the area column (default 'area', else the only numeric one)", isOptional: true),
    ],
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
        territory.gain(s, 2024-01-02..2024-01-03, threshold: 2000 km²)
        """,
        "1,550 km²"),
    ]
  ) { arguments in
    let table = try arguments.table(0)
    let period = try arguments.period(1)
    let threshold = try arguments.optionalArea(2, default: .exact(AreaSeries.defaultThreshold))
    guard threshold.value > 0 else { throw arguments.invalid(2, "the threshold must be a positive area") }
    let series = try AreaSeries(table: table, column: try arguments.optionalString(3), function: arguments.functionName)
    return .estimate(try series.gain(over: period, threshold: threshold.value, context: arguments.context))
  }
}
