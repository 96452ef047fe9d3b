import AttritionSDK

extension PublishedEstimate {
  /// Reads row `row` of the estimates table, checking it against the schema.
  ///
  /// - Throws: ``ModuleError`` `invalid_estimates_row`, naming the line and column, for a value outside
  ///   its vocabulary, a date that is not a day or month, or figures the qualifier cannot use.
  init(reading columns: [String: Column], row: Int) throws(ModuleError) {
    let line = row + 2  // the header is line 1
    func text(_ name: String) -> String? { columns[name]?.text(at: row) }
    func word(_ name: String, among allowed: [String]) throws(ModuleError) -> String {
      let value = text(name)?.lowercased() ?? ""
      guard allowed.contains(value) else {
        throw .invalidEstimatesRow(
          line: line, column: name, "'\(value)' is not one of " + allowed.joined(separator: ", "))
      }
      return value
    }
    func date(_ name: String) throws(ModuleError) -> ReportedDate? {
      guard let value = text(name) else { return nil }
      guard let date = ReportedDate(value) else {
        throw .invalidEstimatesRow(line: line, column: name, "'\(value)' is not a date YYYY-MM-DD, YYYY-MM or YYYY")
      }
      return date
    }
    func figure(_ name: String) throws(ModuleError) -> Double? {
      guard let value = columns[name]?.number(at: row) else { return nil }
      guard value.isFinite, value >= 0 else {
        throw .invalidEstimatesRow(line: line, column: name, "expected a count of zero or more")
      }
      return value
    }
    guard let estimator = text("publisher") else {
      throw .invalidEstimatesRow(line: line, column: "publisher", "every figure needs its estimator")
    }
    self.estimator = estimator
    title = text("source") ?? "estimate"
    published = try date("published")
    asOf = try date("as_of")
    url = text("url")
    side = try word("side", among: PublishedEstimate.sides)
    measure = try word("measure", among: PublishedEstimate.measures)
    qualifier = try word("qualifier", among: PublishedEstimate.qualifiers)
    confidence = text("confidence")
    note = text("note")
    self.row = row
    // The row's note stays in the table, not in the source: figures from one publication then share one
    // source, and a result built from two of them cites the publication once.
    source = Source(
      citation: PublishedEstimate.citation(estimator: estimator, title: title, published: published),
      publisher: estimator, published: published?.day, url: url)
    var figure = try PublishedEstimate.figure(
      qualifier: qualifier, low: try figure("low"), central: try figure("central"), high: try figure("high"), line: line
    )
    figure.unit = Unit.counting(measure)
    estimate = figure.citing(source)
  }

  /// The estimate a qualified figure stands for. Only stated numbers become bounds: `about X` keeps
  /// both bounds unknown, `up to X` has no lower bound, and a range without a stated central value
  /// is centred on its midpoint (as `low..high` is in the language).
  static func figure(
    qualifier: String, low: Double?, central: Double?, high: Double?, line: Int
  ) throws(ModuleError) -> Estimate {
    let missing = { (column: String) in
      ModuleError.invalidEstimatesRow(line: line, column: column, "a figure qualified '\(qualifier)' needs it")
    }
    let result: Estimate
    switch qualifier {
    case "about":
      guard let central else { throw missing("central") }
      result = Estimate(value: central, low: low, high: high)
    case "over", "at_least":
      guard let value = central ?? low else { throw missing("low") }
      result = Estimate(value: value, low: low ?? value, high: high)
    case "up_to":
      guard let value = central ?? high else { throw missing("high") }
      result = Estimate(value: value, low: low, high: high ?? value)
    case "between":
      guard let low else { throw missing("low") }
      guard let high else { throw missing("high") }
      result = Estimate(value: central ?? low + (high - low) / 2, low: low, high: high)
    default:
      guard let value = central ?? low ?? high else { throw missing("central") }
      result = .exact(value)
    }
    if let low = result.low, low > result.value {
      throw .invalidEstimatesRow(line: line, column: "low", "the low figure exceeds the central one")
    }
    if let high = result.high, high < result.value {
      throw .invalidEstimatesRow(line: line, column: "high", "the high figure is below the central one")
    }
    return result
  }
}
