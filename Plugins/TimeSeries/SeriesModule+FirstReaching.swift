import AttritionSDK

extension SeriesModule {
  /// `series.first_reaching(t, col, threshold)`: the first day the total reaches a figure.
  static let firstReaching = FunctionDescriptor(
    name: "first_reaching",
    summary: "The first day a cumulative series reaches a threshold, or null if it never does.",
    discussion: """
      Compares central values: the first day whose total is at least the threshold. After a gap the day \
      found is the first one reported at or above it; the crossing itself may lie inside the gap. A \
      threshold with a unit must match the column's unit; a plain column accepts a threshold in any \
      counted unit (`5000 tanks`), since datasets rarely label their counts. A total that reaches the \
      threshold only inside a spike (a jump that comes back within `revert_days`, see `series.daily`) is no \
      crossing: the answer is the first day that reaches it outside every spike, or null, with a warning \
      naming the spike.
      """,
    parameters: seriesParameters + [ParameterDescriptor("threshold", .number, "the total to reach")]
      + CumulativeSeries.jumpParameters,
    returns: "day, or null",
    examples: [
      FunctionExample(exampleTable + #"series.first_reaching(t, "tank", 115)"#, "2024-01-04"),
      FunctionExample(exampleTable + #"[series.first_reaching(t, "tank", 1000)]"#, "[null]"),
    ]
  ) { arguments in
    let (series, rule) = try seriesAndRule(arguments, jumpIndex: 3)
    var threshold = try arguments.estimate(2)
    let physical = threshold.unit.dimension.exponents.keys.contains { $0 == "length" || $0 == "time" }
    if !series.unit.isNone || physical {
      guard let converted = try? threshold.converted(to: series.unit) else {
        let columnUnit = series.unit.isNone ? "a plain count" : "'\(series.unit)'"
        throw arguments.invalid(
          2, "the column '\(series.name)' is \(columnUnit), the threshold is in '\(threshold.unit)'")
      }
      threshold = converted
    }
    let (index, skipped) = series.firstSustainedIndex(reaching: threshold.value, jumps: series.jumps(rule))
    if !skipped.isEmpty, let context = arguments.context, let jump = series.jumpThreshold(rule) {
      let answer = index.map { "the first day it reaches it and stays in line is \(series.points[$0].day)" }
      let effect =
        "a total inside a spike is no crossing, since the series comes back; "
        + (answer ?? "it never reaches it otherwise")
      let place = "that alone reach \(SeriesJump.figure(threshold.value))\(series.unit.isNone ? "" : " \(series.unit)")"
      if let message = series.describe(
        jumps: skipped, threshold: jump, revertDays: rule.revertDays, place: place, effect: effect)
      {
        context.warn(message)
      }
    }
    return index.map { .day(series.points[$0].day) } ?? .null
  }
}
