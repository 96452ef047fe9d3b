import AttritionSDK

extension SeriesModule {
  /// `series.window(t, col, period)`: what accrued inside an inclusive period.
  static let window = FunctionDescriptor(
    name: "window",
    summary: "What a cumulative series accrued inside an inclusive period: cum(end) − cum(day before start).",
    discussion: """
      For 2024-01-01..2025-06-04 this is cum(2025-06-04) − cum(2023-12-31); subtracting cum(2024-01-01) \
      would silently drop the first day. Both totals must be in the series: a period reaching past either \
      end, or whose end or day-before-start falls in a gap, is an error naming the dates. A period starting \
      on the series' first day is refused too, because that first total is cumulative from before the \
      series began and cannot be taken as 0. The result carries the column's unit (a plain count for \
      most datasets), its bounds when the column holds estimates, and the table's sources. A step or a spike \
      among the days the window sums (see `series.daily`) is named in a warning: a spike reverted inside the \
      period nets out, a step or a spike around either end makes the total meaningless.
      """,
    parameters: seriesParameters + [ParameterDescriptor("period", .period, "an inclusive period 'start..end'")]
      + CumulativeSeries.jumpParameters,
    returns: "number (the column's unit)",
    examples: [
      FunctionExample(exampleTable + #"series.window(t, "tank", 2024-01-03..2024-01-05)"#, "21"),
      FunctionExample(
        exampleTable + #"series.window(cite(t, "General Staff"), "tank", 2024-01-02..2024-01-06)"#,
        "31  (source: General Staff)"),
    ]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 3)
    return .estimate(try series.windowReport(try arguments.period(2), rule: rule, context: arguments.context))
  }

  /// `series.value(t, col, day)`: the cumulative total on a day.
  static let value = FunctionDescriptor(
    name: "value",
    summary: "The cumulative total on a day, as the series reports it.",
    discussion: """
      The total since whenever the source starts counting (the start of the war, for the General Staff \
      series). A day the series has no value for is an error naming the closest days that have one; \
      nothing is interpolated. A day whose total is out of line inside a spike (see `series.daily`) gives \
      a warning.
      """,
    parameters: seriesParameters + [ParameterDescriptor("day", .day, "the day")] + CumulativeSeries.jumpParameters,
    returns: "number (the column's unit)",
    examples: [FunctionExample(exampleTable + #"series.value(t, "tank", 2024-01-04)"#, "117")]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 3)
    let day = try arguments.day(2)
    let total = try series.total(on: day)
    series.warnIfOutOfLine(day, rule: rule, context: arguments.context)
    return .estimate(total)
  }
}
