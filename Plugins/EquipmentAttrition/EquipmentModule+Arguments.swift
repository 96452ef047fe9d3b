import AttritionSDK

extension EquipmentModule {
  /// The parameters of the functions over cumulative tables.
  static let seriesParameters = [
    ParameterDescriptor("table", .table, "a cumulative daily table, one row per day (e.g. the General Staff claims)"),
    ParameterDescriptor("column", .string, "the cumulative column, e.g. \"tank\""),
  ]

  /// A small cumulative table the examples share: tanks 2,000 → 2,035 over 2024-01-01..2024-01-05.
  static let exampleTable =
    "let gs = table(date: [2024-01-01, 2024-01-02, 2024-01-03, 2024-01-04, 2024-01-05], "
    + "tank: [2000, 2008, 2015, 2027, 2035])\n"

  /// The series named by arguments 0 (the table) and 1 (the column).
  static func series(_ arguments: FunctionArguments) throws -> CumulativeSeries {
    try CumulativeSeries(table: try arguments.table(0), column: try arguments.string(1))
  }

  /// The series of arguments 0 and 1 and the jump rule of the two arguments from `jumpIndex` on
  /// (``CumulativeSeries/jumpParameters``).
  static func seriesAndRule(_ arguments: FunctionArguments, jumpIndex: Int) throws -> (CumulativeSeries, JumpRule) {
    let series = try series(arguments)
    return (series, try arguments.jumpRule(threshold: jumpIndex, revertDays: jumpIndex + 1, for: series))
  }

  /// `value` in `unit`, where a plain number and a counted unit are taken as the same count
  /// (datasets rarely label their counts); nil when the two measure different things.
  static func aligned(_ value: Estimate, to unit: Unit) -> Estimate? {
    if let converted = try? value.converted(to: unit) { return converted }
    guard value.unit.isNone || unit.isNone, !value.unit.dimension.exponents.keys.contains(where: Self.isPhysical),
      !unit.dimension.exponents.keys.contains(where: Self.isPhysical)
    else { return nil }
    var relabelled = value
    relabelled.unit = unit
    return relabelled
  }

  private static func isPhysical(_ dimension: String) -> Bool {
    dimension == "length" || dimension == "time"
  }

  /// `a / b` for a non-negative `a` and a positive `b` whose lower bound may be unknown or not
  /// positive: the upper bound of the quotient is then unknown instead of an error.
  static func positiveQuotient(_ a: Estimate, _ b: Estimate, computing what: String) throws(ModuleError) -> Estimate {
    var divisor = b
    let lowUnknown = (b.low ?? 0) <= 0
    if lowUnknown { divisor.low = b.value }
    do {
      var result = try a.dividing(by: divisor)
      if lowUnknown { result.high = nil }
      return result
    } catch {
      throw ModuleError(error, computing: what)
    }
  }

  /// A rate as a count per day: `90 tanks/month` is 2.957 tanks per day.
  ///
  /// - Throws: ``ArgumentError`` when the figure is not per unit of time.
  static func perDay(_ arguments: FunctionArguments, _ index: Int) throws -> Estimate {
    let rate = try arguments.estimate(index)
    guard rate.unit.dimension.exponents["time"] == -1,
      let count = try? rate.multiplying(.exact(1, unit: Unit(.day))),
      count.unit.dimension.exponents["time"] == nil
    else {
      throw arguments.invalid(
        index, "expected a rate per unit of time (e.g. 90 tanks/month), found '\(rate.unit.description)'")
    }
    return count
  }
}
