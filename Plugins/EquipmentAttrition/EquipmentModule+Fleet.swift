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

  /// `equipment.fleet(name)`: a sourced count of Russia's long-range aviation before June 2025.
  static let fleet = FunctionDescriptor(
    name: "fleet",
    summary: "Russia's strategic bomber fleet before June 2025 (or one type of it), as a range over its sources.",
    discussion: """
      From the rows of `equipment_figures` that count Russia's long-range aviation: Tu-95MS (azfinhub 55–60, \
      wp.pl about 60, newstik about 55), Tu-160 (Defense Express about 18; Euromaidan Press and amedpost \
      15–20 and 12–18, all in June 2025 coverage of Operation Spiderweb) and Tu-22M3 (azfinhub 60–65). \
      Each type's count runs from the lowest figure a source gives to the highest, centred on the mean of \
      the sources' figures; "strategic bombers" (or "long-range aviation") adds the three types. The \
      sources are weak (confidence L to L-M), three of them undated, and no IISS or FAS count was found: \
      every source is cited with its note. Names: "strategic bombers", "Tu-95MS", "Tu-160", "Tu-22M3".
      """,
    parameters: [ParameterDescriptor("name", .string, "the fleet: \"strategic bombers\", \"Tu-95MS\", …")],
    returns: "number (bombers), with bounds",
    examples: [
      // The result cites six web pages; the examples check the figures instead of printing them.
      FunctionExample(
        """
        let f = equipment.fleet("strategic bombers")
        assert_eq(low(f), 127 bombers, 0 bombers)
        assert_eq(high(f), 145 bombers, 0 bombers)
        """, ""),
      FunctionExample(
        """
        let tu160 = equipment.fleet("Tu-160")
        assert_eq(low(tu160), 12 bombers, 0 bombers)
        assert_eq(high(tu160), 20 bombers, 0 bombers)
        """, ""),
    ]
  ) { arguments in
    .estimate(try fleetEstimate(try arguments.string(0), arguments, 0))
  }

  /// `equipment.share_of_fleet(lost, fleet)`: the share of a fleet a loss is.
  static let shareOfFleet = FunctionDescriptor(
    name: "share_of_fleet",
    summary: "The share of a fleet that a loss is: lost / fleet, with the fleet a sourced range or a figure.",
    discussion: """
      The inverse of `fleet_from_share`. With a fleet's name (see `equipment.fleet`) the fleet is the \
      sourced range of `equipment_figures`, so "41 bombers, about a third of Russia's strategic bomber \
      fleet" becomes 41 / (127 to 145) = 0.283 to 0.323 beside the claimed 1/3; with a number, that \
      figure. The loss must not exceed the fleet: a share above 1 is an error. Bounds and sources carry \
      through; the result is a plain fraction.
      """,
    parameters: [
      ParameterDescriptor("lost", .number, "the number lost (a count, optionally in bombers)"),
      ParameterDescriptor("fleet", .any, "the fleet: a name such as \"strategic bombers\", or a figure"),
    ],
    returns: "number (a fraction)",
    examples: [
      FunctionExample("equipment.share_of_fleet(41, 123)", "0.3333"),
      FunctionExample(
        """
        let share = equipment.share_of_fleet(41, "strategic bombers")
        assert_eq(low(share), 41 / 145, 1e-12)
        assert_eq(high(share), 41 / 127, 1e-12)
        """, ""),
    ]
  ) { arguments in
    var lost = try arguments.estimate(0)
    guard (lost.low ?? 0) >= 0, lost.value >= 0 else { throw arguments.invalid(0, "losses cannot be negative") }
    let fleet: Estimate
    switch try arguments.value(1) {
    case .string(let name): fleet = try fleetEstimate(name, arguments, 1)
    case .estimate(let figure): fleet = figure
    case let other: throw arguments.wrongType(1, expected: "a fleet's name or a number", found: other)
    }
    guard let count = aligned(lost, to: fleet.unit) else {
      throw arguments.invalid(0, "the loss is in '\(lost.unit)', the fleet in '\(fleet.unit)'")
    }
    lost = count
    guard (fleet.low ?? fleet.value) > 0 else { throw arguments.invalid(1, "a fleet must be more than 0") }
    var share = try positiveQuotient(lost, fleet, computing: "the share of the fleet")
    share.unit = .none
    guard share.value <= 1 else {
      throw arguments.invalid(0, "the loss is more than the fleet: a share of \(ModuleError.figure(share.value))")
    }
    return .estimate(share)
  }

  /// The fleet a name stands for, from `equipment_figures`.
  private static func fleetEstimate(_ name: String, _ arguments: FunctionArguments, _ index: Int) throws -> Estimate {
    guard let types = BomberFleet.types(of: name) else {
      throw arguments.invalid(
        index, "no fleet '\(name)'; fleets: " + BomberFleet.fleets.map { "'\($0.names[0])'" }.joined(separator: ", "))
    }
    guard let context = arguments.context else {
      throw ModuleError(
        "no_session", "'\(arguments.functionName)' reads the dataset '\(figuresDataset)' and needs a session")
    }
    return try BomberFleet.estimate(types: types, rows: try FigureRows(try context.dataset(named: figuresDataset)))
  }
}
