import AttritionSDK

extension TerritoryModule {
  static let pace = FunctionDescriptor(
    name: "pace",
    summary: "Area taken per day: an area divided by the days of a period, in km²/day.",
    discussion: """
      pace(area, period) = area ÷ days(period), where a period counts both its ends \
      (2024-01-01..2025-06-04 is 521 days). The period may also be a duration such as `18 months`. Given a \
      daily area series (a table of date and area, such as NZZ's `territory.csv`) instead of an area, the area \
      is the series' gain over the period, computed and checked as `gain` does (including its warnings about \
      steps and spikes). Bounds, unit and sources propagate: a range of areas gives a range of paces.
      """,
    parameters: [
      ParameterDescriptor(
        "area", .any, "an area (km², ha, m²), or a daily area series (table of date and area) to take the gain of"),
      ParameterDescriptor("period", .any, "an inclusive period such as 2024-01-01..2025-06-04, or a duration"),
      ParameterDescriptor(
        "column", .string, "for a series: the area column (default 'area', else the only numeric one)",
        isOptional: true),
    ],
    returns: "number (km²/day)",
    examples: [
      FunctionExample("territory.pace(5000 km², 2024-01-01..2025-06-04)", "9.597 km²/day"),
      FunctionExample("territory.pace(3604 km², 2024-01-01..2024-12-31)", "9.847 km²/day"),
      FunctionExample("territory.pace(4k..5k km², 18 months)", "8.21 [7.30 – 9.13] km²/day"),
    ]
  ) { arguments in
    let area: Estimate
    if case .table(let table) = try arguments.value(0) {
      guard case .period(let period) = try arguments.value(1) else {
        throw arguments.invalid(1, "the gain of a series is taken over a period such as 2024-01-01..2025-06-04")
      }
      let series = try AreaSeries(
        table: table, column: try arguments.optionalString(2), function: arguments.functionName)
      area = try series.gain(over: period, rule: JumpRule(), context: arguments.context)
    } else {
      area = try arguments.area(0)
    }
    let days = try arguments.duration(1)
    let pace = try area.divided(by: days, computing: "the pace")
    return .estimate(try pace.converted(to: .squareKilometresPerDay))
  }
}
