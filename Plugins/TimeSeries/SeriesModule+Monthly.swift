import AttritionSDK

extension SeriesModule {
  /// `series.monthly(t, col)`: totals per calendar month.
  static let monthly = FunctionDescriptor(
    name: "monthly",
    summary: "What a cumulative series accrued in each calendar month, in total and per day.",
    discussion: """
      One row per calendar month: `month` is its first day, `total` is cum(last day of the month with a \
      value) − cum(last day before the month with a value), `days` how many days that covers and \
      `per_day` the mean per day over them. `partial` is true when the total does not cover exactly the \
      calendar month: the first month (the series' first total is cumulative from before, so its own day \
      is not counted), a last month that is not over, or a month whose edge falls in a gap. Revisions \
      inside a month net out of its total. A month whose total includes a step or a spike (see `series.daily`) \
      is flagged in `flag`, and a warning names the jump.
      """,
    parameters: seriesParameters + CumulativeSeries.jumpParameters,
    returns: "table (month, total, days, per_day, partial, flag)",
    examples: [
      FunctionExample(
        """
        let t = table(date: [2024-01-31, 2024-02-29, 2024-03-31, 2024-04-15], tank: [1000, 1058, 1120, 1150])
        series.monthly(t, "tank")
        """,
        """
        month       total  days (day)  per_day (/day)  partial  flag
        ──────────  ─────  ──────────  ──────────────  ───────  ────
        2024-02-01     58          29               2  false
        2024-03-01     62          31               2  false
        2024-04-01     30          15               2  true
        """)
    ]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 2)
    return .table(try series.monthlyReport(rule: rule, context: arguments.context))
  }
}
