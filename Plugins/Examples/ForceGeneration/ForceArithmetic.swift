import AttritionSDK

/// Reading the force module's arguments: counts of people, durations and rates, with errors that
/// name the parameter.
enum ForceArithmetic {
  static let days = Unit(.day)
  static let months = Unit(.month)
  static let personnel = Unit.named("personnel")?.dimension ?? .none

  /// Argument `index` as a non-negative count of people, in its personnel unit or as a plain number.
  static func count(_ arguments: FunctionArguments, _ index: Int) throws -> Estimate {
    let figure = try arguments.estimate(index)
    let name = arguments.parameterNames[index]
    guard figure.unit.dimension.isNone || figure.unit.dimension == personnel else {
      throw arguments.invalid(index, "'\(name)' must count people (troops, casualties…) or be a plain number")
    }
    if [figure.value, figure.low, figure.high].contains(where: { ($0 ?? 0) < 0 }) {
      throw arguments.invalid(index, "a count of people cannot be negative")
    }
    return figure
  }

  /// Argument `index` as a positive duration in days: a period (both ends counted), a number with a
  /// unit of time, or a plain number of days.
  static func duration(_ arguments: FunctionArguments, _ index: Int) throws -> Estimate {
    let duration: Estimate
    switch try arguments.value(index) {
    case .period(let period):
      duration = .exact(Double(period.dayCount), unit: days)
    case .estimate(let figure) where figure.unit.isNone:
      duration = Estimate(value: figure.value, low: figure.low, high: figure.high, unit: days)
    case .estimate(let figure) where figure.unit.isCompatible(with: days):
      duration = try figure.converted(to: days)
    case let other:
      throw arguments.wrongType(index, expected: "a period or a duration such as '6 months'", found: other)
    }
    guard (duration.low ?? duration.value) > 0 else {
      throw arguments.invalid(index, "a duration must be longer than zero days")
    }
    return duration
  }

  /// Argument `index` as a rate of people per unit of time (`30k/month`, `800 casualties/day`), per month.
  static func monthlyRate(_ arguments: FunctionArguments, _ index: Int) throws -> Estimate {
    let figure = try arguments.estimate(index)
    let perTime = Dimension.time.power(-1)
    guard figure.unit.dimension == perTime || figure.unit.dimension == personnel * perTime else {
      let name = arguments.parameterNames[index]
      throw arguments.invalid(index, "'\(name)' must be a rate such as '30k/month' or '800 casualties/day'")
    }
    let counted = Unit(factors: figure.unit.factors.filter { $0.base.dimension != .time })
    return try figure.converted(to: counted.dividing(by: months))
  }

  /// The result of estimate arithmetic, its failure turned into a module diagnostic.
  static func arithmetic<Result>(
    _ what: String, _ body: () throws(EstimateError) -> Result
  ) throws(ModuleError) -> Result {
    do {
      return try body()
    } catch {
      throw ModuleError(error, computing: what)
    }
  }

  /// A share between 0 and 1 (a plain number or a percentage), or zero when left out.
  static func share(_ arguments: FunctionArguments, _ index: Int) throws -> Estimate {
    guard arguments.optional(index) != nil else { return .exact(0) }
    let figure = try arguments.estimate(index)
    let share = figure.unit.isNone ? figure : try figure.converted(to: .none)
    guard share.unit.isNone, (share.low ?? 0) >= 0, (share.high ?? 1) <= 1, share.value >= 0, share.value <= 1 else {
      throw arguments.invalid(index, "a share must lie between 0 and 1 (or 0% and 100%)")
    }
    return share
  }
}

extension Unit {
  /// This unit divided by another, with the conversion factor folded away.
  func dividing(by other: Unit) -> Unit {
    Unit.quotient(self, other).unit
  }
}
