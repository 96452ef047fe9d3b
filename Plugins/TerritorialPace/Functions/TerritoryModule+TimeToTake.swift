import AttritionSDK

extension TerritoryModule {
  static let timeToTake = FunctionDescriptor(
    name: "time_to_take",
    summary: "How long taking an area would last at a pace, in days; with `from:`, also the date.",
    discussion: """
      time_to_take(area, pace) = area ÷ pace, in days. With `from:` (the first day of the advance) the result \
      is a one-row table with the `duration` in days and the `date` the area would be taken: the last day of \
      the inclusive period of ⌈days⌉ days that starts on `from`, so taking pace(a, p)'s area at that pace from \
      p's first day ends on p's last day. When the pace is a range, `earliest` and `latest` give the dates at its high \
      and low ends. A pace whose range reaches zero or below is an error: at that pace the area is never taken.
      """,
    parameters: [
      ParameterDescriptor("area", .number, "the area still to take (km², ha, m²)"),
      ParameterDescriptor("pace", .number, "the pace (km²/day, km²/month, …), e.g. from 'pace'"),
      ParameterDescriptor("from", .day, "the first day of the advance; adds the date to the result", isOptional: true),
    ],
    returns: "number (days), or with `from:` a table (duration, date, earliest, latest)",
    examples: [
      FunctionExample("territory.time_to_take(26517 km², 9.6 km²/day)", "2,762 days"),
      FunctionExample("territory.time_to_take(1000 km², 5..15 km²/day)", "100 [67 – 200] days"),
      FunctionExample(
        "territory.time_to_take(5000 km², 5000 km² / 521 days, from: 2024-01-01)",
        """
        duration (day)  date        earliest    latest
        ──────────────  ──────────  ──────────  ──────────
                   521  2025-06-04  2025-06-04  2025-06-04
        """),
    ]
  ) { arguments in
    let area = try arguments.area(0)
    guard (area.low ?? area.value) >= 0, area.value >= 0 else {
      throw ModuleError.notPositive(arguments.functionName, "area", area, why: "an area to take cannot be negative")
    }
    let pace = try arguments.estimate(1)
    guard pace.unit.isAreaRate else {
      throw ModuleError.wrongUnit(
        arguments.functionName, "pace", expected: "an area per unit of time such as '9.6 km²/day'", found: pace,
        hint: pace.unit.isSpeed ? "an advance rate (m/day) says how far a front moves, not how much area it takes" : nil
      )
    }
    let perDay = try pace.converted(to: .squareKilometresPerDay)
    guard let low = perDay.low, low > 0, perDay.value > 0 else {
      throw ModuleError.notPositive(
        arguments.functionName, "pace", perDay, why: "at a pace of zero or less the area is never taken")
    }
    let days = try area.divided(by: perDay, computing: "the time to take the area").converted(to: .days)
    if arguments.isAbsent(2) { return .estimate(days) }
    let start = try arguments.day(2)
    let date = { (count: Double?) -> Day? in
      // Outside ten thousand years either way a date means nothing, and Int(…) of a huge double would trap.
      guard let count, count.isFinite, Swift.abs(count) < 3_650_000 else { return nil }
      // A tolerance keeps 521.0000000001 days (round-off) from becoming 522.
      return start.adding(days: max(1, Int((count - 1e-9).rounded(.up))) - 1)
    }
    let columns = [
      Column(name: "duration", data: days.isExact ? .number([days.value], unit: .days) : .estimate([days])),
      Column(name: "date", data: .day([date(days.value)])),
      Column(name: "earliest", data: .day([date(days.low)])),
      Column(name: "latest", data: .day([date(days.high)])),
    ]
    return .table(try Table(columns: columns, provenance: days.provenance, summary: "time to take \(area.value) km²"))
  }
}
