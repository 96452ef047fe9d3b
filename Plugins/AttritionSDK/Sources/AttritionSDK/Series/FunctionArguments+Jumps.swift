extension FunctionArguments {
  /// The jump rule of a series function: its `jump` argument (the smallest change between two
  /// days that counts as a step or spike, in the series' unit or a compatible one; a plain number
  /// is read in the series' unit) and its `revert_days` argument (a whole number of days or a
  /// duration), each the default when left out or null.
  ///
  /// - Throws: ``ArgumentError`` naming the argument when it is not a positive figure in a
  ///   compatible unit, or not a whole number of days from 0 to 3,650.
  public func jumpRule(threshold thresholdIndex: Int, revertDays revertIndex: Int, for series: CumulativeSeries)
    throws(ArgumentError) -> JumpRule
  {
    var rule = JumpRule()
    if let value = given(thresholdIndex) {
      guard case .estimate(var threshold) = value else {
        throw wrongType(thresholdIndex, expected: "a number", found: value)
      }
      if !threshold.unit.isNone {
        guard let converted = try? threshold.converted(to: series.unit) else {
          let columnUnit = series.unit.isNone ? "a plain count" : "in '\(series.unit)'"
          throw invalid(
            thresholdIndex, "the series '\(series.name)' is \(columnUnit), the jump is in '\(threshold.unit)'")
        }
        threshold = converted
      }
      guard threshold.isExact, threshold.value > 0, threshold.value.isFinite else {
        throw invalid(thresholdIndex, "expected one positive figure, the smallest change that counts as a jump")
      }
      rule.threshold = threshold.value
    }
    if let value = given(revertIndex) {
      guard case .estimate(var days) = value else { throw wrongType(revertIndex, expected: "a number", found: value) }
      if !days.unit.isNone {
        guard let converted = try? days.converted(to: Unit(.day)) else {
          throw invalid(revertIndex, "expected a number of days, found a figure in '\(days.unit)'")
        }
        days = converted
      }
      guard days.isExact, days.value == days.value.rounded(), days.value >= 0, days.value <= 3_650 else {
        throw invalid(revertIndex, "expected a whole number of days from 0 to 3,650")
      }
      rule.revertDays = Int(days.value)
    }
    return rule
  }
}
