import AttritionSDK

extension CasualtyModule {
  /// `per_day(total, period)`: the average number per day over a period.
  static let perDay = FunctionDescriptor(
    name: "per_day", summary: "total / days: the average casualties per day over a period.",
    discussion: """
      A period counts both its days (`2022-02-24..2025-06-04` is 1,197 days), which is right for a cumulative \
      total counted from the start of its first day to the end of its last. For the days between two dated \
      cumulative totals, subtract the dates instead (or use `implied_rate`). The period may also be a duration \
      such as `1197 days` or `6 months` (a plain number counts days). The average hides the shape of the war: \
      losses per day were far lower in 2022 than in 2024–25.
      """,
    parameters: [
      ParameterDescriptor("total", .number, "casualties over the period, a count of people"),
      ParameterDescriptor("period", .period, "an inclusive period, or a duration with a unit of time"),
    ],
    returns: "number (per day)",
    examples: [
      FunctionExample("casualty.per_day(950k, 2022-02-24..2025-06-04)", "793.7 /day"),
      FunctionExample("casualty.per_day(950k casualties, 2022-02-24..2025-06-04)", "793.7 casualties/day"),
      FunctionExample("casualty.per_day(60k..100k killed, 1197 days)", "66.8 [50.1 – 83.5] killed/day"),
    ]
  ) { arguments in
    let total = try CasualtyArithmetic.count(arguments, 0)
    let days = try arguments.duration(1)
    return .estimate(try CasualtyArithmetic.quotient(total, days, function: arguments.functionName, divisor: "period"))
  }

  /// `per_km2(casualties, area)`: casualties per km² of ground taken.
  static let perSquareKilometre = FunctionDescriptor(
    name: "per_km2", summary: "casualties / area: casualties per km² of ground taken.",
    discussion: """
      The area may be in any unit of area (km², ha, m²); the result is per km². Both figures should cover the \
      same period: CSIS's ~5,000 km² is the ground taken since January 2024, so divide the casualties of that \
      window, not the war's total. "Less than 5,000 km²" (`upto(5000 km²)`) gives an "at least" result.
      """,
    parameters: [
      ParameterDescriptor("casualties", .number, "casualties, a count of people"),
      ParameterDescriptor("area", .number, "the ground taken, a positive area (km², ha, m²)"),
    ],
    returns: "number (per km²)",
    examples: [
      FunctionExample("casualty.per_km2(100k casualties, 5000 km²)", "20 casualties/km²"),
      FunctionExample("casualty.per_km2(100k, upto(5000 km²))", "at least 20 /km²"),
    ]
  ) { arguments in
    let casualties = try CasualtyArithmetic.count(arguments, 0)
    let area = try arguments.estimate(1)
    guard area.unit.isCompatible(with: .squareKilometre) else {
      throw ModuleError.unitMismatch(
        arguments.functionName, "'area' must be an area such as '5000 km²'",
        [("casualties", casualties.unit), ("area", area.unit)])
    }
    let inSquareKilometres = try area.converted(to: .squareKilometre)
    return .estimate(
      try CasualtyArithmetic.quotient(casualties, inSquareKilometres, function: arguments.functionName, divisor: "area")
    )
  }

  /// `from_coverage(count, coverage)`: a total implied by a count that covers only part of it.
  static let fromCoverage = FunctionDescriptor(
    name: "from_coverage", summary: "count / coverage: the total implied by a count that covers only part of it.",
    discussion: """
      For counts that are known to miss part of the whole, such as Mediazona's named dead, which it estimates \
      cover 45–65% of Russian military deaths. The coverage is a share (0–1, or a percentage) and may be a range; \
      its upper bound is at most 1, and an unknown upper bound is taken as 1 (a count cannot cover more than \
      everything). The result is only as good as the coverage estimate.
      """,
    parameters: [
      ParameterDescriptor("count", .number, "the partial count, a count of people"),
      ParameterDescriptor("coverage", .number, "the share of the whole it covers, e.g. 45%..65%"),
    ],
    returns: "number (count)",
    examples: [
      FunctionExample("casualty.from_coverage(122883 killed, 45%..65%)", "223,000 [189,000 – 273,000] killed")
    ]
  ) { arguments in
    let count = try CasualtyArithmetic.count(arguments, 0)
    let coverage = try arguments.estimate(1)
    guard coverage.unit.dimension.isNone else {
      throw ModuleError.unitMismatch(
        arguments.functionName, "'coverage' must be a share such as 0.5 or 50%", [("coverage", coverage.unit)])
    }
    var share = CasualtyArithmetic.stripped(coverage)
    guard share.value <= 1, (share.high ?? 1) <= 1 else {
      throw arguments.invalid(1, "a coverage cannot exceed 1 (100%); found \(share.rangeText)")
    }
    share.high = share.high ?? 1
    return .estimate(
      try CasualtyArithmetic.quotient(count, share, function: arguments.functionName, divisor: "coverage"))
  }
}
