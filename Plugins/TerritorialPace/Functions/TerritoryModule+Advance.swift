import AttritionSDK

extension TerritoryModule {
  static let advance = FunctionDescriptor(
    name: "advance",
    summary: "How far a front moves per day: a distance divided by the days of a period, in m/day.",
    discussion: """
      advance(distance, period) = distance ÷ days(period), with both ends of the period counted; the period \
      may also be a duration such as `23 months`. This is the measure CSIS compares with the Somme: the \
      straight-line distance the front moved along an axis, not an area. Compare the result with history with \
      `compare`.
      """,
    parameters: [
      ParameterDescriptor("distance", .number, "how far the front moved (m, km)"),
      ParameterDescriptor("period", .any, "an inclusive period such as 2024-02-01..2025-12-31, or a duration"),
    ],
    returns: "number (m/day)",
    examples: [
      FunctionExample("territory.advance(10 km, 23 months)", "14.28 m/day"),
      FunctionExample("territory.advance(50 km, 2024-02-01..2026-01-31)", "68.4 m/day"),
    ]
  ) { arguments in
    let distance = try arguments.length(0)
    let days = try arguments.duration(1)
    let rate = try distance.divided(by: days, computing: "the advance rate")
    return .estimate(try rate.converted(to: .metresPerDay))
  }
}
