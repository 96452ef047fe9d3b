import AttritionSDK

extension EquipmentModule {
  /// `equipment.rate(count, period)` or `equipment.rate(table, column, period)`: losses per day.
  static let rate = FunctionDescriptor(
    name: "rate",
    summary: "Losses per day over a period: a count over its days, or a cumulative series' window over its days.",
    discussion: """
      With a number: count / days(period), e.g. CSIS's >1,800 tanks since January 2024 over the 521 days \
      to 2025-06-04 is at least 3.45 tanks a day. With a table and a column: `window(table, column, \
      period)` / days(period), with the same checks on the period. The period is inclusive \
      (2024-01-01..2025-06-04 is 521 days). Bounds, unit and sources of the count carry through; the \
      result is per day (convert with `to tanks/month` etc.).
      """,
    parameters: [
      ParameterDescriptor("losses", .any, "a count (number), or a cumulative daily table"),
      ParameterDescriptor(
        "column", .any, "with a table: the cumulative column; with a count, the period may be given here",
        isOptional: true),
      ParameterDescriptor("period", .period, "the inclusive period the losses cover", isOptional: true),
    ] + CumulativeSeries.jumpParameters,
    returns: "number (per day)",
    examples: [
      FunctionExample("equipment.rate(1800, 2024-01-01..2025-06-04)", "3.455 /day"),
      FunctionExample("equipment.rate(atleast(1800 tanks), 2024-01-01..2025-06-04)", "at least 3.45 tanks/day"),
      FunctionExample(exampleTable + #"equipment.rate(gs, "tank", 2024-01-02..2024-01-05)"#, "8.75 /day"),
    ]
  ) { arguments in
    let (losses, period) = try lossesAndPeriod(arguments)
    let days = Estimate.exact(Double(period.dayCount), unit: Unit(.day))
    do throws(EstimateError) {
      return .estimate(try losses.dividing(by: days))
    } catch {
      throw ModuleError(error, computing: "the rate over \(period)")
    }
  }

  /// The losses and the period of a `rate` call, in either of its two forms.
  private static func lossesAndPeriod(_ arguments: FunctionArguments) throws -> (Estimate, Period) {
    switch try arguments.value(0) {
    case .estimate(let count):
      if case .period(let period) = arguments.optional(1), arguments.optional(2) == nil { return (count, period) }
      guard arguments.optional(1) == nil else {
        throw arguments.invalid(1, "with a count, give only the period: rate(1800, 2024-01-01..2025-06-04)")
      }
      guard arguments.optional(2) != nil else {
        throw ArgumentError(
          function: arguments.functionName, parameter: "period", kind: .missing, range: arguments.callRange)
      }
      return (count, try arguments.period(2))
    case .table:
      guard case .string = arguments.optional(1) else {
        throw arguments.invalid(1, "with a table, name its cumulative column: rate(gs, \"tank\", period)")
      }
      let period = try arguments.period(2)
      let (series, rule) = try seriesAndRule(arguments, jumpIndex: 3)
      return (try series.windowReport(period, rule: rule, context: arguments.context), period)
    case let other:
      throw arguments.wrongType(0, expected: "a number or a table", found: other)
    }
  }
}
