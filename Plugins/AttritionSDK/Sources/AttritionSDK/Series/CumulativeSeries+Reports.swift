extension CumulativeSeries {
  /// The optional parameters every series function ends with, so that each finds jumps alike.
  public static let jumpParameters = [
    ParameterDescriptor(
      "jump", .number,
      "the smallest change between two days that is a step or spike (default 1,000 km² for areas, else 10 × the "
        + "series' 99th-percentile change)", isOptional: true),
    ParameterDescriptor(
      "revert_days", .number, "the days within which a jump that comes back is a spike (default 10)",
      isOptional: true),
  ]

  /// The increments table (``incrementsTable(jumps:)``), warning through `context` about the
  /// revisions, the gaps and the jumps of the series.
  public func dailyReport(rule: JumpRule, context: (any ModuleContext)?) throws(ModuleError) -> Table {
    let jumps = jumps(rule)
    let table = try incrementsTable(jumps: jumps)
    for message in try warnings() { context?.warn(message) }
    warn(jumps, rule, context, effect: "the rows are flagged in the 'flag' column")
    return table
  }

  /// The monthly totals table (``monthlyTable(jumps:)``), warning about the jumps inside months.
  public func monthlyReport(rule: JumpRule, context: (any ModuleContext)?) throws(ModuleError) -> Table {
    let jumps = jumps(rule)
    warn(jumps, rule, context, effect: "the months whose totals include one are flagged in the 'flag' column")
    return try monthlyTable(jumps: jumps)
  }

  /// The rolling sums table (``rollingTable(days:jumps:)``), warning about the jumps inside windows.
  public func rollingReport(days: Int, rule: JumpRule, context: (any ModuleContext)?) throws(ModuleError) -> Table {
    let jumps = jumps(rule)
    warn(jumps, rule, context, effect: "the rows whose \(days)-day sums include one are flagged in the 'flag' column")
    return try rollingTable(days: days, jumps: jumps)
  }

  /// The window's total (``window(_:)``), warning about every jump among the increments it sums.
  ///
  /// A spike that is reverted inside the period nets out of the total, and the warning says so; a
  /// step, or a spike around the period's end or the day before its start, leaves the total
  /// across it meaningless.
  public func windowReport(_ period: Period, rule: JumpRule, context: (any ModuleContext)?) throws(ModuleError)
    -> Estimate
  {
    let total = try window(period)
    let (before, end) = try windowIndices(period)
    warnAboutJumps(between: before, and: end, period: period, rule: rule, context: context)
    return total
  }

  /// Warns about the jumps among the increments after position `before` up to position `end`, as
  /// a total over `period` from those two totals sums them.
  public func warnAboutJumps(
    between before: Int, and end: Int, period: Period, rule: JumpRule, context: (any ModuleContext)?
  ) {
    guard before < end else { return }
    let inside = jumps(jumps(rule), touching: (before + 1)...end)
    let nettingOut = inside.allSatisfy { jump in
      jump.kind == .spike && jump.increments.lowerBound > before && jump.increments.upperBound <= end
        && !jump.holdsOutOfLine(before) && !jump.holdsOutOfLine(end)
    }
    let effect =
      nettingOut
      ? "each is reverted inside the period, so it nets out of the total"
      : "a total across a step, or from a day inside a spike, is meaningless: split the period there or check the "
        + "source"
    warn(inside, rule, context, place: "inside \(period)", effect: effect)
  }

  /// Warns about the total on a day when it is out of line inside a spike.
  public func warnIfOutOfLine(_ day: Day, rule: JumpRule, context: (any ModuleContext)?) {
    guard let index = index(of: day) else { return }
    warn(
      jumps(rule).filter { $0.holdsOutOfLine(index) }, rule, context, place: "around \(day)",
      effect: "the total on \(day) is out of line")
  }

  private func warn(
    _ jumps: [SeriesJump], _ rule: JumpRule, _ context: (any ModuleContext)?, place: String = "", effect: String
  ) {
    guard let context, let threshold = jumpThreshold(rule),
      let message = describe(
        jumps: jumps, threshold: threshold, revertDays: rule.revertDays, place: place, effect: effect)
    else { return }
    context.warn(message)
  }
}
