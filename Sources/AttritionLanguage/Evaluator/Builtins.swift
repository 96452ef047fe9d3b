import AttritionSDK

/// The functions every program can call without a module prefix, each with its docs and examples.
enum Builtins {
  /// All built-ins by name.
  static let all: [String: FunctionDescriptor] = Dictionary(
    uniqueKeysWithValues: (estimates + provenance + assertions + aggregates + tables + charts + calendar + rolling)
      .map { ($0.name, $0) })

  static let estimates: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "days", summary: "The number of days in a period, both ends counted.",
      parameters: [ParameterDescriptor("period", .period, "an inclusive period 'start..end'")],
      returns: "number (days)",
      examples: [FunctionExample("days(2024-01-01..2025-06-04)", "521 days")]
    ) { arguments in
      .estimate(.exact(Double(try arguments.period(0).dayCount), unit: Unit(.day)))
    },
    FunctionDescriptor(
      name: "atleast", summary: "A figure known only from below: central value and lower bound x, upper bound unknown.",
      parameters: [ParameterDescriptor("value", .number, "an exact number")], returns: "number",
      examples: [FunctionExample("atleast(950k)", "at least 950,000")]
    ) { arguments in
      let value = try exactArgument(arguments, 0)
      return .estimate(
        Estimate(value: value.value, low: value.value, high: nil, unit: value.unit, provenance: value.provenance))
    },
    FunctionDescriptor(
      name: "upto", summary: "A figure known only from above: central value and upper bound x, lower bound unknown.",
      parameters: [ParameterDescriptor("value", .number, "an exact number")], returns: "number",
      examples: [FunctionExample("upto(250k)", "up to 250,000")]
    ) { arguments in
      let value = try exactArgument(arguments, 0)
      return .estimate(
        Estimate(value: value.value, low: nil, high: value.value, unit: value.unit, provenance: value.provenance))
    },
    bound(
      "low", "The lower bound as an exact number, or null when unknown.", \.low,
      FunctionExample("low(250k / 60k..100k)", "2.5")),
    bound(
      "high", "The upper bound as an exact number, or null when unknown.", \.high,
      FunctionExample("high(250k / 60k..100k)", "4.167")),
    bound(
      "central", "The central value as an exact number.", { $0.value },
      FunctionExample("central(60k..100k)", "80,000")),
    FunctionDescriptor(
      name: "abs", summary: "The absolute value; a range across zero gets lower bound 0.",
      parameters: [ParameterDescriptor("value", .number)], returns: "number",
      examples: [FunctionExample("abs(-3..2)", "0.500 [0.000 – 3.000]")]
    ) { arguments in
      .estimate(try arguments.estimate(0).magnitude())
    },
  ]

  static func bound(
    _ name: String, _ summary: String, _ pick: @escaping @Sendable (Estimate) -> Double?, _ example: FunctionExample
  ) -> FunctionDescriptor {
    FunctionDescriptor(
      name: name, summary: summary, parameters: [ParameterDescriptor("value", .number)], returns: "number",
      examples: [example]
    ) { arguments in
      let value = try arguments.estimate(0)
      return pick(value).map { .estimate(.exact($0, unit: value.unit, provenance: value.provenance)) } ?? .null
    }
  }

  static func exactArgument(_ arguments: FunctionArguments, _ index: Int) throws -> Estimate {
    let value = try arguments.estimate(index)
    guard value.isExact else { throw arguments.invalid(index, "expected an exact number, not a range") }
    return value
  }
}
