import AttritionSDK

extension FunctionArguments {
  /// An optional string argument; nil when left out (or null).
  func optionalString(_ index: Int) throws(ArgumentError) -> String? {
    if optional(index) == nil || isNull(index) { return nil }
    return try string(index)
  }

  /// An optional day argument; nil when left out (or null).
  func optionalDay(_ index: Int) throws(ArgumentError) -> Day? {
    if optional(index) == nil || isNull(index) { return nil }
    return try day(index)
  }

  /// A side, `russia` or `ukraine` (any case).
  func side(_ index: Int) throws(ArgumentError) -> String {
    try word(index, among: PublishedEstimate.sides, kind: "sides")
  }

  /// A measure: `casualties`, `killed`, `wounded`, `missing` or `named_dead` (any case).
  func measure(_ index: Int) throws(ArgumentError) -> String {
    try word(index, among: PublishedEstimate.measures, kind: "measures")
  }

  /// A duration in days: a period (its days, both ends counted), a number with a unit of time, or a
  /// plain number of days.
  func duration(_ index: Int) throws -> Estimate {
    switch try value(index) {
    case .period(let period):
      return .exact(Double(period.dayCount), unit: .days)
    case .estimate(let figure) where figure.unit.isNone:
      return Estimate(
        value: figure.value, low: figure.low, high: figure.high, unit: .days, provenance: figure.provenance)
    case .estimate(let figure) where figure.unit.isCompatible(with: .days):
      return try figure.converted(to: .days)
    case .estimate(let figure):
      throw ModuleError.unitMismatch(
        functionName, "'\(parameterNames[index])' must be a period or a duration such as '1197 days'",
        [(parameterNames[index], figure.unit)])
    case let other:
      throw wrongType(index, expected: "a period or a number of days", found: other)
    }
  }

  private func word(_ index: Int, among allowed: [String], kind: String) throws(ArgumentError) -> String {
    let text = try string(index).lowercased().trimmingSpaces
    guard allowed.contains(text) else {
      let suggestion = NameMatcher.suggestion(for: text, among: allowed).map { "did you mean '\($0)'? " } ?? ""
      throw invalid(index, "'\(text)' is not known; \(suggestion)\(kind): " + allowed.joined(separator: ", "))
    }
    return text
  }

  private func isNull(_ index: Int) -> Bool {
    if case .null = optional(index) { return true }
    return false
  }
}
