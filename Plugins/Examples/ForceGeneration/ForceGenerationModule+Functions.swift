import AttritionSDK

extension ForceGenerationModule {
  /// `replacement(losses, period, returning?)`: recruits per month that hold a force level.
  static let replacement = FunctionDescriptor(
    name: "replacement", summary: "Recruits per month needed to replace the losses of a period.",
    discussion: """
      losses × (1 − returning) / period, per month. `returning` is the share of the losses that comes back to \
      duty (lightly wounded), 0 when left out; only the rest must be replaced by recruits. The CSIS estimate of \
      ~950,000 Russian casualties over 1,197 days needs about 24,000 recruits a month before any return to duty.
      """,
    parameters: [
      ParameterDescriptor("losses", .number, "losses over the period, a count of people"),
      ParameterDescriptor("period", .period, "an inclusive period, or a duration such as '6 months'"),
      ParameterDescriptor(
        "returning", .number, "the share of losses that returns to duty (0–1 or %)", isOptional: true),
    ],
    returns: "number (per month)",
    examples: [
      FunctionExample("force.replacement(950k, 2022-02-24..2025-06-04)", "24,156 /month"),
      FunctionExample(
        "force.replacement(950k casualties, 1197 days, 20%..40%)", "16,900 [14,500 – 19,300] casualties/month"),
    ]
  ) { arguments in
    let losses = try ForceArithmetic.count(arguments, 0)
    let duration = try ForceArithmetic.duration(arguments, 1)
    let returning = try ForceArithmetic.share(arguments, 2)
    let perMonth = try ForceArithmetic.arithmetic("the recruits needed") { () throws(EstimateError) in
      let replaced = try losses.multiplying(try Estimate.exact(1).subtracting(returning))
      return try replaced.dividing(by: duration).converted(to: losses.unit.dividing(by: ForceArithmetic.months))
    }
    return .estimate(perMonth)
  }

  /// `net_change(recruits, losses)`: the monthly change of a force.
  static let netChange = FunctionDescriptor(
    name: "net_change", summary: "recruits − losses: how much a force grows (or shrinks) per month.",
    discussion: """
      Both are rates of people in any unit of time (`30k/month`, `800 casualties/day`); the result is per month. \
      A negative result is a force that shrinks; `depletion` turns it into the time a force lasts.
      """,
    parameters: [
      ParameterDescriptor("recruits", .number, "people joining, per unit of time"),
      ParameterDescriptor("losses", .number, "people lost for good, per unit of time"),
    ],
    returns: "number (per month)",
    examples: [
      FunctionExample("force.net_change(30k/month, 1000/day)", "-436.9 /month"),
      FunctionExample("force.net_change(25k..35k troops/month, 30k troops/month)", "0 [-5,000 – 5,000] troops/month"),
    ]
  ) { arguments in
    let recruits = try ForceArithmetic.monthlyRate(arguments, 0)
    let losses = try ForceArithmetic.monthlyRate(arguments, 1)
    return .estimate(
      try ForceArithmetic.arithmetic("the net change") { () throws(EstimateError) in try recruits.subtracting(losses) })
  }
}
