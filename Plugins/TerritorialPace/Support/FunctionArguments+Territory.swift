import AttritionSDK

extension FunctionArguments {
  /// Whether argument `index` was left out or is `null`.
  func isAbsent(_ index: Int) -> Bool {
    guard let value = optional(index) else { return true }
    if case .null = value { return true }
    return false
  }

  /// The name of parameter `index`, for messages.
  func parameterName(_ index: Int) -> String {
    index < parameterNames.count ? parameterNames[index] : "#\(index + 1)"
  }

  /// An area (km², ha, m², …), in km².
  func area(_ index: Int) throws -> Estimate {
    let figure = try estimate(index)
    guard figure.unit.isArea else {
      throw ModuleError.wrongUnit(
        functionName, parameterName(index), expected: "an area such as '5000 km²'", found: figure,
        hint: figure.unit.isNone ? "write the unit: '5000 km²' (km2 also works)" : nil)
    }
    return try figure.converted(to: .squareKilometres)
  }

  /// A length (m, km), in metres.
  func length(_ index: Int) throws -> Estimate {
    let figure = try estimate(index)
    guard figure.unit.isLength else {
      throw ModuleError.wrongUnit(
        functionName, parameterName(index), expected: "a distance such as '10 km'", found: figure,
        hint: figure.unit.isNone ? "write the unit: '10 km' or '800 m'" : nil)
    }
    return try figure.converted(to: .metres)
  }

  /// A duration in days: a period (its days, both ends counted) or a figure in a unit of time.
  func duration(_ index: Int) throws -> Estimate {
    switch try value(index) {
    case .period(let period):
      return .exact(Double(period.dayCount), unit: .days)
    case .estimate(let figure) where figure.unit.isTime:
      let days = try figure.converted(to: .days)
      guard let low = days.low, low > 0 else {
        throw ModuleError.notPositive(
          functionName, parameterName(index), days, why: "a rate over no time has no meaning")
      }
      return days
    case .estimate(let figure):
      throw ModuleError.wrongUnit(
        functionName, parameterName(index), expected: "a period or a duration such as '23 months'", found: figure,
        hint: "a period is written 'start..end', e.g. 2024-01-01..2025-06-04 (521 days, both ends counted)")
    case let other:
      throw wrongType(index, expected: "a period or a duration", found: other)
    }
  }

  /// An optional area; a plain number is read in km².
  func optionalArea(_ index: Int, default fallback: Estimate) throws -> Estimate {
    guard !isAbsent(index) else { return fallback }
    let figure = try estimate(index)
    if figure.unit.isNone {
      return Estimate(
        value: figure.value, low: figure.low, high: figure.high, unit: .squareKilometres,
        provenance: figure.provenance)
    }
    return try area(index)
  }

  /// An optional string; nil when left out or null.
  func optionalString(_ index: Int) throws(ArgumentError) -> String? {
    isAbsent(index) ? nil : try string(index)
  }

  /// The table a reference dataset of this session holds.
  func referenceTable(_ name: String) throws -> Table {
    guard let context else { throw ModuleError.noDatasetCatalog }
    return try context.dataset(named: name)
  }
}

extension Estimate {
  /// The quotient, with arithmetic errors as module errors that say what was computed.
  func divided(by other: Estimate, computing what: String) throws(ModuleError) -> Estimate {
    do {
      return try dividing(by: other)
    } catch {
      throw ModuleError(error, computing: what)
    }
  }
}
