import AttritionSDK

extension CasualtyModule {
  /// `ratio(a, b)`: how many times one figure is another.
  static let ratio = FunctionDescriptor(
    name: "ratio", summary: "a / b as a plain number: how many times one figure is another.",
    discussion: """
      The two figures must measure the same dimension (both counts of people, both tanks, both rates) or one \
      of them must be a plain number; the result is a plain number. Bounds come from interval arithmetic \
      over independent figures: the lowest ratio takes the lowest a and the highest b. When the two figures \
      come from one estimator whose errors move together, the true range is narrower than this. The divisor \
      must be positive; a range reaching zero is an error.
      """,
    parameters: [
      ParameterDescriptor("a", .number, "the figure compared, e.g. Russian casualties"),
      ParameterDescriptor("b", .number, "the figure it is compared with, positive, e.g. Ukrainian casualties"),
    ],
    returns: "number (plain)",
    examples: [
      FunctionExample("casualty.ratio(950k, 400k)", "2.375"),
      FunctionExample("casualty.ratio(250k killed, 60k..100k killed)", "3.13 [2.50 – 4.17]"),
      FunctionExample("casualty.ratio(upto(250k), 950k casualties)", "up to 0.263"),
    ]
  ) { arguments in
    let (a, b) = try CasualtyArithmetic.commensurable(try arguments.estimate(0), try arguments.estimate(1), arguments)
    return .estimate(try CasualtyArithmetic.quotient(a, b, function: arguments.functionName, divisor: "b"))
  }

  /// `killed_share(killed, total)`: the killed as a share of all casualties.
  static let killedShare = FunctionDescriptor(
    name: "killed_share", summary: "killed / total: the share of the casualties who were killed.",
    discussion: """
      Assumes the total includes the killed (casualties = killed + wounded, and sometimes missing and \
      captured, depending on the estimator). Killed above the total is an error, not a share above 1; \
      known bounds are kept within 0–1, since interval arithmetic over two independent figures can overshoot. \
      An "up to" killed figure gives an "up to" share. Estimators differ in what their totals include, so \
      take killed and total from the same estimator and date.
      """,
    parameters: [
      ParameterDescriptor("killed", .number, "the killed, a count of people"),
      ParameterDescriptor("total", .number, "all casualties including the killed, a count of people"),
    ],
    returns: "number (plain, 0–1)",
    examples: [
      FunctionExample("casualty.killed_share(250k, 950k)", "0.2632"),
      FunctionExample("casualty.killed_share(upto(250k), 950k)", "up to 0.263"),
      FunctionExample("casualty.killed_share(60k..100k, 400k)", "0.200 [0.150 – 0.250]"),
    ]
  ) { arguments in
    let (killed, total) = try killedAndTotal(arguments)
    let share = try CasualtyArithmetic.quotient(killed, total, function: arguments.functionName, divisor: "total")
    return .estimate(CasualtyArithmetic.clamped(share, to: 0...1))
  }

  /// `wounded_per_killed(killed, total)`: the non-fatal casualties per killed.
  static let woundedPerKilled = FunctionDescriptor(
    name: "wounded_per_killed", summary: "(total − killed) / killed: non-fatal casualties per killed.",
    discussion: """
      Computed as total / killed − 1, which uses each figure once, so its bounds are as tight as the inputs \
      allow (the form (total − killed) / killed would count the killed's uncertainty twice). "Wounded" here is \
      everything in the total that is not killed: wounded, and missing or captured when the estimator counts \
      them. Assumes the total includes the killed; killed above the total is an error. Historical ratios of \
      about 3 wounded per killed are a common sanity check; a lower figure suggests the killed are high or the \
      total is narrow.
      """,
    parameters: [
      ParameterDescriptor("killed", .number, "the killed, a positive count of people"),
      ParameterDescriptor("total", .number, "all casualties including the killed, a count of people"),
    ],
    returns: "number (plain)",
    examples: [
      FunctionExample("casualty.wounded_per_killed(250k, 950k)", "2.8"),
      FunctionExample("casualty.wounded_per_killed(upto(250k), 950k)", "at least 2.8"),
      FunctionExample("casualty.wounded_per_killed(60k..100k, 400k)", "4.00 [3.00 – 5.67]"),
    ]
  ) { arguments in
    let (killed, total) = try killedAndTotal(arguments)
    let perKilled = try CasualtyArithmetic.quotient(total, killed, function: arguments.functionName, divisor: "killed")
    return .estimate(CasualtyArithmetic.clamped(CasualtyArithmetic.shifted(perKilled, by: -1), to: 0...Double.infinity))
  }

  /// The killed and the total of a call, in one unit, with the killed no more than the total.
  private static func killedAndTotal(_ arguments: FunctionArguments) throws -> (Estimate, Estimate) {
    let (killed, total) = try CasualtyArithmetic.commensurable(
      try CasualtyArithmetic.count(arguments, 0), try CasualtyArithmetic.count(arguments, 1), arguments)
    guard killed.value <= total.value else {
      throw ModuleError.killedExceedsTotal(arguments.functionName, killed: killed, total: total)
    }
    return (killed, total)
  }
}
