import AttritionSDK

extension EquipmentModule {
  /// `equipment.fleet_from_share(lost, share)`: the fleet a loss implies, given its share.
  static let fleetFromShare = FunctionDescriptor(
    name: "fleet_from_share",
    summary: "The fleet size a loss implies when it is said to be a given share of the fleet: lost / share.",
    discussion: """
      "41 bombers, about a third of the strategic bomber fleet" implies a fleet of 41 / (1/3) = 123. The \
      share is a fraction (1/3, 0.33) or a percentage (33 %), and must lie in (0, 1]. Ranges carry \
      through; a share is never above 1, so the fleet is never below the loss, and a share known only \
      from above (`upto(0.35)`) leaves the fleet's upper bound unknown. Treat the result as \
      a consistency check of the claim, not as a count: both inputs are usually rounded.
      """,
    parameters: [
      ParameterDescriptor("lost", .number, "the number lost (a count, optionally with a unit such as bombers)"),
      ParameterDescriptor("share", .number, "the share of the fleet it is said to be: a fraction or a percentage"),
    ],
    returns: "number (the lost figure's unit)",
    examples: [
      FunctionExample("equipment.fleet_from_share(41, 1/3)", "123"),
      FunctionExample("equipment.fleet_from_share(13..41 bombers, 1/3)", "81.0 [39.0 – 123.0] bombers"),
    ]
  ) { arguments in
    let lost = try arguments.estimate(0)
    let share = try arguments.estimate(1)
    guard let fraction = try? share.converted(to: .none) else {
      throw arguments.invalid(1, "expected a fraction or a percentage, found a figure in '\(share.unit)'")
    }
    guard fraction.value > 0, fraction.value <= 1, (fraction.high ?? 1) <= 1 else {
      throw arguments.invalid(1, "a share of a fleet must lie in (0, 1] (or (0 %, 100 %])")
    }
    var bounded = fraction
    bounded.high = Swift.min(fraction.high ?? 1, 1)
    guard (lost.low ?? 0) >= 0, lost.value >= 0 else { throw arguments.invalid(0, "losses cannot be negative") }
    return .estimate(try positiveQuotient(lost, bounded, computing: "the fleet size"))
  }
}
