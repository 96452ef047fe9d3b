import AttritionSDK

extension ForceGenerationModule {
  /// `depletion(force, net_change)`: how long a force lasts at a net loss.
  static let depletion = FunctionDescriptor(
    name: "depletion", summary: "force / −net_change: the months until a force is used up at a net loss.",
    discussion: """
      `net_change` is the force's monthly change (see `net_change`); it must be a loss (negative). When its \
      range reaches zero or above, the force may never be used up and the result has no upper bound.
      """,
    parameters: [
      ParameterDescriptor("force", .number, "the force's size, a count of people"),
      ParameterDescriptor("net_change", .number, "its change per unit of time, negative for a loss"),
    ],
    returns: "number (months)",
    examples: [
      FunctionExample("force.depletion(600k troops, -5k troops/month)", "120 months"),
      FunctionExample("force.depletion(600k troops, -10k..-5k troops/month)", "80.0 [60.0 – 120.0] months"),
      FunctionExample("force.depletion(600k troops, -10k..0 troops/month)", "120 [60 – ?] months"),
    ]
  ) { arguments in
    let force = try ForceArithmetic.count(arguments, 0)
    let change = try ForceArithmetic.monthlyRate(arguments, 1)
    guard change.value < 0 else {
      throw arguments.invalid(1, "the force does not shrink at this rate, so it is never used up")
    }
    // Months = force / loss. A loss whose range reaches zero (or whose low end is unknown) may be no
    // loss at all, so the time it lasts then has no upper bound.
    let loss = change.negated()
    let lossLow = loss.low.flatMap { $0 > 0 ? $0 : nil }
    let months = Estimate(
      value: force.value / loss.value,
      low: force.low.flatMap { low in loss.high.map { low / $0 } },
      high: force.high.flatMap { high in lossLow.map { high / $0 } },
      unit: ForceArithmetic.months, provenance: force.provenance.union(change.provenance))
    return .estimate(months)
  }

  /// `contingent_cover(contingent, losses, period)`: how long a contingent replaces losses.
  static let contingentCover = FunctionDescriptor(
    name: "contingent_cover", summary: "contingent / (losses / period): the days of losses a contingent makes good.",
    discussion: """
      For foreign contingents such as the North Korean troops sent to Kursk (">10,000" per CSIS, June 2025; \
      ~15,000 per CSIS, January 2026): the number of days of the given loss rate that the contingent would replace \
      one for one, ignoring its own losses and training.
      """,
    parameters: [
      ParameterDescriptor("contingent", .number, "the contingent's size, a count of people"),
      ParameterDescriptor("losses", .number, "losses over the period, a count of people"),
      ParameterDescriptor("period", .period, "an inclusive period, or a duration"),
    ],
    returns: "number (days)",
    examples: [
      FunctionExample("force.contingent_cover(atleast(10k), 950k, 2022-02-24..2025-06-04)", "at least 12.6 days"),
      FunctionExample("force.contingent_cover(15k troops, 35k casualties, 1 month)", "13.04 days"),
    ]
  ) { arguments in
    let contingent = try ForceArithmetic.count(arguments, 0)
    let losses = try ForceArithmetic.count(arguments, 1)
    let duration = try ForceArithmetic.duration(arguments, 2)
    guard losses.value > 0, (losses.low ?? 1) > 0 else { throw arguments.invalid(1, "losses must be more than zero") }
    let days = try ForceArithmetic.arithmetic("the days covered") { () throws(EstimateError) in
      try contingent.dividing(by: try losses.dividing(by: duration))
    }
    return .estimate(
      Estimate(
        value: days.value, low: days.low, high: days.high, unit: ForceArithmetic.days, provenance: days.provenance))
  }
}
