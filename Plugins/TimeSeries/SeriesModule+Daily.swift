import AttritionSDK

extension SeriesModule {
  /// `series.daily(t, col)`: the daily increments, with revisions flagged and reported.
  static let daily = FunctionDescriptor(
    name: "daily",
    summary: "The daily increments of a cumulative series, with negative ones flagged as revisions.",
    discussion: """
      One row per day with a value: `increment` is that day's total minus the previous day's, `days` is \
      how many days it covers (more than 1 after a gap: nothing is spread over missing days) and \
      `revision` is true when the increment is negative, i.e. the source revised an earlier total down. \
      The first row's increment is missing, because the first total is cumulative from before the series \
      starts. Revisions and gaps are also reported as a warning naming their dates. A change between two \
      days of at least `jump` is a step (a new level, such as a change of method) or, when the series comes \
      back to within half of it within `revert_days`, a spike (a glitch): `flag` marks its rows and a warning \
      names its days and size.
      """,
    parameters: seriesParameters + CumulativeSeries.jumpParameters,
    returns: "table (date, increment, days, revision, flag)",
    examples: [
      FunctionExample(
        exampleTable + #"series.daily(t, "tank")"#,
        """
        date        increment  days (day)  revision  flag
        ──────────  ─────────  ──────────  ────────  ────
        2024-01-01
        2024-01-02          4           1  false
        2024-01-03          6           1  false
        2024-01-04          7           1  false
        2024-01-05          8           1  false
        2024-01-06          6           1  false
        """)
    ]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 2)
    return .table(try series.dailyReport(rule: rule, context: arguments.context))
  }
}
