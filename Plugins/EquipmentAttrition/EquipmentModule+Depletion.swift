import AttritionSDK

extension EquipmentModule {
  /// `equipment.depletion(stock, rate, production:, start:, period:)`: when a stock runs out.
  static let depletion = FunctionDescriptor(
    name: "depletion",
    summary: "How many days a stock lasts at a loss rate, net of production, and the day it runs out.",
    discussion: """
      days = stock / (rate − production), with both rates converted to per day (`90 tanks/month` is \
      2.957 a day). A net rate that is not positive means the stock never runs out at these figures, \
      and is refused with an error rather than given as a negative or infinite number of days. The \
      date is `start` plus the days, rounded up (the stock is gone by the end of that day); `start` \
      defaults to the last day of `period`, the period the rate was measured over, and one of the two \
      is required. Bounds carry through: `earliest` and `latest` are the dates at the bounds of `days` \
      (empty when a bound is unknown, e.g. when the net rate's range reaches 0). A linear model: it \
      ignores that losses fall as a stock shrinks, and that stored equipment differs in condition.
      """,
    parameters: [
      ParameterDescriptor("stock", .number, "the stock (e.g. 4000 tanks in storage)"),
      ParameterDescriptor("rate", .number, "the loss rate per unit of time (e.g. 3.45 tanks/day, 150 tanks/month)"),
      ParameterDescriptor(
        "production", .number, "what is produced or reactivated per unit of time (default 0)", isOptional: true),
      ParameterDescriptor(
        "start", .day, "the day the stock is counted (default: the last day of 'period')", isOptional: true),
      ParameterDescriptor("period", .period, "the period the rate was measured over", isOptional: true),
    ],
    returns: "table (start, net_rate, days, date, earliest, latest)",
    examples: [
      FunctionExample(
        "equipment.depletion(1000 tanks, 10 tanks/day, start: 2025-01-01)",
        """
        start       net_rate (tanks/day)  days (day)  date        earliest    latest
        ──────────  ────────────────────  ──────────  ──────────  ──────────  ──────────
        2025-01-01                    10         100  2025-04-11  2025-04-11  2025-04-11
        """),
      FunctionExample(
        "equipment.depletion(4000 tanks, 5 tanks/day, production: 3 tanks/day, period: 2024-01-01..2024-12-31)",
        """
        start       net_rate (tanks/day)  days (day)  date        earliest    latest
        ──────────  ────────────────────  ──────────  ──────────  ──────────  ──────────
        2024-12-31                     2       2,000  2030-06-23  2030-06-23  2030-06-23
        """),
      FunctionExample(
        "equipment.depletion(3500..4500 tanks, 4..6 tanks/day, production: 2 tanks/day, start: 2025-06-04)",
        """
        start       net_rate (tanks/day)           days (day)  date        earliest    latest
        ──────────  ────────────────────  ───────────────────  ──────────  ──────────  ──────────
        2025-06-04    3.00 [2.00 – 4.00]  1,330 [880 – 2,250]  2029-01-28  2027-10-27  2031-08-02
        """),
    ]
  ) { arguments in
    let stock = try arguments.estimate(0)
    guard stock.value > 0, (stock.low ?? 0) >= 0 else { throw arguments.invalid(0, "a stock must be positive") }
    let losses = try perDay(arguments, 1)
    var net = losses
    if arguments.optional(2) != nil {
      let production = try perDay(arguments, 2)
      guard let alignedProduction = aligned(production, to: losses.unit) else {
        throw arguments.invalid(2, "production counts '\(production.unit)', the rate '\(losses.unit)'")
      }
      do throws(EstimateError) {
        net = try losses.subtracting(alignedProduction)
      } catch {
        throw ModuleError(error, computing: "the net loss rate")
      }
    }
    guard let netCount = aligned(net, to: stock.unit) else {
      throw arguments.invalid(1, "the stock counts '\(stock.unit)', the rate '\(net.unit)' per day")
    }
    guard netCount.value > 0 else {
      throw ModuleError(
        "not_depleting",
        "the stock never runs out: the loss rate does not exceed production "
          + "(net \(ModuleError.figure(netCount.value)) a day)",
        notes: ["depletion needs losses greater than production; compare the two rates instead"])
    }
    let start = try startDay(arguments)
    var days = try positiveQuotient(stock, netCount, computing: "the days until the stock runs out")
    days.unit = Unit(.day)
    return .table(try depletionTable(start: start, net: netCount, days: days))
  }

  private static func startDay(_ arguments: FunctionArguments) throws -> Day {
    if arguments.optional(3) != nil { return try arguments.day(3) }
    if arguments.optional(4) != nil { return try arguments.period(4).end }
    throw ModuleError(
      "missing_start", "'equipment.depletion' needs the day the stock is counted",
      notes: ["give 'start:' (e.g. start: 2025-06-04), or 'period:', the period the rate was measured over"])
  }

  private static func depletionTable(start: Day, net: Estimate, days: Estimate) throws -> Table {
    let perDay = Unit.quotient(net.unit, Unit(.day)).unit
    let date = { (count: Double?) -> Day? in
      // Past ten thousand years a date means nothing, and Int(…) of a huge double would trap.
      guard let count, count.isFinite, Swift.abs(count) <= 3_652_425 else { return nil }
      return start.adding(days: Int(count.rounded(.up)))
    }
    let figure = { (name: String, value: Estimate, unit: Unit) -> Column in
      Column(
        name: name, data: value.isExact ? .number([value.value], unit: unit) : .estimate([value]),
        provenance: value.provenance)
    }
    return try Table(
      columns: [
        Column(name: "start", data: .day([start])),
        figure(
          "net_rate",
          Estimate(value: net.value, low: net.low, high: net.high, unit: perDay, provenance: net.provenance), perDay),
        figure("days", days, Unit(.day)),
        Column(name: "date", data: .day([date(days.value)])),
        Column(name: "earliest", data: .day([date(days.low)])),
        Column(name: "latest", data: .day([date(days.high)])),
      ], provenance: days.provenance, summary: "depletion of a stock")
  }
}
