import AttritionSDK

extension EquipmentModule {
  /// `equipment.window(table, column, period)`: losses inside an inclusive period.
  static let window = FunctionDescriptor(
    name: "window",
    summary: "Losses inside an inclusive period from a cumulative series: cum(end) − cum(day before start).",
    discussion: """
      For 2024-01-01..2025-06-04 this is cum(2025-06-04) − cum(2023-12-31), the losses of all 521 days; \
      cum(end) − cum(start) would drop the first day. A period reaching past the series, or whose end or \
      day-before-start has no value, is an error naming the dates; so is a period starting on the series' \
      first day, whose total is cumulative from before. The result is a count with the table's sources \
      (and the column's unit and bounds, if it has them). Same computation and warnings about steps and spikes as `series.window`.
      """,
    parameters: seriesParameters + [ParameterDescriptor("period", .period, "an inclusive period 'start..end'")]
      + CumulativeSeries.jumpParameters,
    returns: "number (a count)",
    examples: [
      FunctionExample(exampleTable + #"equipment.window(gs, "tank", 2024-01-02..2024-01-05)"#, "35"),
      FunctionExample(
        exampleTable + #"equipment.window(cite(gs, "General Staff"), "tank", 2024-01-04..2024-01-05)"#,
        "20  (source: General Staff)"),
    ]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 3)
    return .estimate(try series.windowReport(try arguments.period(2), rule: rule, context: arguments.context))
  }

  /// `equipment.daily(table, column)`: daily losses, revisions flagged.
  static let daily = FunctionDescriptor(
    name: "daily",
    summary: "Daily losses from a cumulative series, with negative increments flagged as revisions.",
    discussion: """
      One row per day with a value: `increment` (that day's total minus the previous one), `days` it \
      covers (more than 1 after a gap) and `revision` (the total went down: the source revised it). The \
      first row's increment is unknown, since the first total is cumulative from before. Revisions and \
      gaps are reported as a warning naming their dates, steps and spikes flagged in `flag`. Same computation as \
      `series.daily`.
      """,
    parameters: seriesParameters + CumulativeSeries.jumpParameters,
    returns: "table (date, increment, days, revision, flag)",
    examples: [
      FunctionExample(
        exampleTable + #"equipment.daily(gs, "tank")"#,
        """
        date        increment  days (day)  revision  flag
        ──────────  ─────────  ──────────  ────────  ────
        2024-01-01
        2024-01-02          8           1  false
        2024-01-03          7           1  false
        2024-01-04         12           1  false
        2024-01-05          8           1  false
        """)
    ]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 2)
    return .table(try series.dailyReport(rule: rule, context: arguments.context))
  }

  /// `equipment.monthly(table, column)`: losses per calendar month.
  static let monthly = FunctionDescriptor(
    name: "monthly",
    summary: "Losses per calendar month from a cumulative series, in total and per day.",
    discussion: """
      One row per month: `total` = cum(last day of the month with a value) − cum(last day before it with \
      a value), the `days` that covers, `per_day` and `partial` (true when the total does not cover \
      exactly the calendar month: the series starts or ends inside it, or a gap crosses its edge). \
      Same computation and `flag` as `series.monthly`.
      """,
    parameters: seriesParameters + CumulativeSeries.jumpParameters,
    returns: "table (month, total, days, per_day, partial, flag)",
    examples: [
      FunctionExample(
        """
        let gs = table(date: [2023-12-31, 2024-01-31, 2024-02-29], tank: [5977, 6287, 6577])
        equipment.monthly(gs, "tank")
        """,
        """
        month       total  days (day)  per_day (/day)  partial  flag
        ──────────  ─────  ──────────  ──────────────  ───────  ────
        2024-01-01    310          31              10  false
        2024-02-01    290          29              10  false
        """)
    ]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 2)
    return .table(try series.monthlyReport(rule: rule, context: arguments.context))
  }
}
