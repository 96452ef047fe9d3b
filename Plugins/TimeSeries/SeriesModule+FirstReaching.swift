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
      counted unit (`5000 tanks`), since datasets rarely label their counts.
      """,
    parameters: seriesParameters + [ParameterDescriptor("threshold", .number, "the total to reach")],
    returns: "day, or null",
    examples: [
      FunctionExample(exampleTable + #"series.first_reaching(t, "tank", 115)"#, "2024-01-04"),
      FunctionExample(exampleTable + #"[series.first_reaching(t, "tank", 1000)]"#, "[null]"),
    ]
  ) { arguments in
    let series = try series(arguments)
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
    return series.firstIndex(reaching: threshold.value).map { .day(series.points[$0].day) } ?? .null
  }
}
