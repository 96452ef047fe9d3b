import AttritionSDK

extension SeriesModule {
  /// `series.rolling(t, col, days)`: sums and rates over the last N days.
  static let rolling = FunctionDescriptor(
    name: "rolling",
    summary: "The sum and the rate per day over the N days ending on each day of a cumulative series.",
    discussion: """
      The window ending on day d covers d−N+1 … d, so its sum is cum(d) − cum(d−N) and `per_day` is that \
      over N. Rows start on the first day with N days of series behind it. Where the series has no value \
      N days earlier (a gap) the row's sum is missing rather than stretched over a longer span. A row whose N \
      days include a step or a spike (see `series.daily`) is flagged in `flag`.
      """,
    parameters: seriesParameters + [
      ParameterDescriptor("days", .number, "the window length: a whole number of days (7, 7 days, 1 week)")
    ] + CumulativeSeries.jumpParameters,
    returns: "table (date, sum, per_day, flag)",
    examples: [
      FunctionExample(
        exampleTable + #"series.rolling(t, "tank", 2)"#,
        """
        date        sum  per_day (/day)  flag
        ──────────  ───  ──────────────  ────
        2024-01-03   10               5
        2024-01-04   13             6.5
        2024-01-05   15             7.5
        2024-01-06   14               7
        """)
    ]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 3)
    return .table(try series.rollingReport(days: try dayCount(arguments, 2), rule: rule, context: arguments.context))
  }
}
