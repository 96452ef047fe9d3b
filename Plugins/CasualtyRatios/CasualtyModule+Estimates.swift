import AttritionSDK

extension CasualtyModule {
  /// `estimates(estimator?, side?, measure?, as_of?)`: the published estimates as a table.
  static let estimates = FunctionDescriptor(
    name: "estimates", summary: "The published casualty estimates, filtered by estimator, side, measure and date.",
    discussion: """
      Reads the `casualty_estimates` dataset. Every filter is optional; names match in any case and spacing \
      (`uk mod` is `UK MoD`), and an unknown estimator gets a "did you mean" from the dataset's names. Without \
      `as_of` the result is every matching figure in time order (undated ones last); with it, the latest figure \
      of each series (estimator, side, measure) whose as-of date had passed by that day: a figure dated only to \
      a month counts from the month's last day. Each `estimate` cell carries its own source (publisher, title, \
      published date, URL), so arithmetic on it cites the estimator; the table cites them all. Most figures \
      were read in press summaries (see `note`); `confidence` is the project's grade (H, M, L).
      """,
    parameters: [
      ParameterDescriptor("estimator", .string, "who made the estimate: CSIS, UK MoD, US DoD, …", isOptional: true),
      ParameterDescriptor("side", .string, "russia or ukraine", isOptional: true),
      ParameterDescriptor(
        "measure", .string, "casualties, killed, wounded, missing or named_dead", isOptional: true),
      ParameterDescriptor("as_of", .day, "keep each series' latest figure known by this day", isOptional: true),
    ],
    returns:
      "table (estimator, side, measure, as_of, published, estimate, qualifier, confidence, source, url, note)",
    examples: [
      FunctionExample(
        #"casualty.estimates("CSIS", as_of: 2025-06-04) | select side, measure, estimate, as_of"#,
        """
        side     measure          estimate (personnel)  as_of
        ───────  ──────────  ─────────────────────────  ──────────
        russia   casualties              about 950,000  2025-06-04
        russia   killed                  up to 250,000  2025-06-04
        ukraine  casualties              about 400,000  2025-06-04
        ukraine  killed      80,000 [60,000 – 100,000]  2025-06-04
        """),
      FunctionExample(
        #"casualty.estimates(estimator: "UK MoD", measure: "casualties") | select as_of, estimate, qualifier"#,
        """
        as_of       estimate (casualties)  qualifier
        ──────────  ─────────────────────  ─────────
        2024-02             about 350,000  about
        2025-03             about 875,000  about
        2025-03             about 900,000  about
        2025-05-03          about 950,000  about
        2025-06           about 1,000,000  about
        2025-08-05        about 1,050,000  about
        2025-10        at least 1,100,000  over
        """),
    ]
  ) { arguments in
    let dataset = try EstimatesDataset.load(for: arguments)
    let estimator = try arguments.optionalString(0).map { name throws(ModuleError) in
      try dataset.estimator(named: name)
    }
    let side = try arguments.optional(1) == nil ? nil : arguments.side(1)
    let measure = try arguments.optional(2) == nil ? nil : arguments.measure(2)
    let day = try arguments.optionalDay(3)
    let matching = dataset.rows(estimator: estimator, side: side, measure: measure)
    let rows =
      day == nil
      ? matching.sorted(by: EstimatesDataset.isListedEarlier)
      : EstimatesDataset.latestOfEachSeries(matching, asOf: day)
    return .table(try EstimatesDataset.listing(rows))
  }

  /// `figure(estimator, side, measure, as_of?)`: one estimator's latest figure.
  static let figure = FunctionDescriptor(
    name: "figure", summary: "One estimator's latest figure for a side and measure, with its source.",
    discussion: """
      The number to calculate with: `casualty.ratio(casualty.figure("CSIS", "russia", "casualties"), …)`. \
      Without `as_of` it is the estimator's latest dated figure; with it, the latest whose as-of date had \
      passed by that day (a month counts from its last day). Bounds are the ones the estimator stated: \
      "about X" has unknown bounds, "up to X" no lower bound. The unit is the measure's: casualties, killed, \
      wounded (named_dead counts as killed, missing as personnel).
      """,
    parameters: [
      ParameterDescriptor("estimator", .string, "who made the estimate: CSIS, UK MoD, US DoD, …"),
      ParameterDescriptor("side", .string, "russia or ukraine"),
      ParameterDescriptor("measure", .string, "casualties, killed, wounded, missing or named_dead"),
      ParameterDescriptor("as_of", .day, "the latest figure known by this day", isOptional: true),
    ],
    returns: "number (a count of people, with its source)",
    examples: [
      FunctionExample(
        #"casualty.figure("CSIS", "ukraine", "killed", as_of: 2025-06-04)"#,
        "80,000 [60,000 – 100,000] killed  (source: CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03)"),
      FunctionExample(
        #"casualty.figure("UK MoD", "russia", "casualties", 2025-05-31)"#,
        "about 950,000 casualties  (source: UK MoD, casualty estimate, 2025-05-03)"),
    ]
  ) { arguments in
    let dataset = try EstimatesDataset.load(for: arguments)
    let row = try latestFigure(
      dataset, estimator: try arguments.string(0), side: try arguments.side(1), measure: try arguments.measure(2),
      asOf: try arguments.optionalDay(3))
    return .estimate(row.estimate)
  }

  /// The latest figure of one series known by `day`.
  ///
  /// - Throws: ``ModuleError`` `unknown_estimator`, or `no_estimate` naming what the estimator has.
  static func latestFigure(
    _ dataset: EstimatesDataset, estimator name: String, side: String, measure: String, asOf day: Day?
  ) throws(ModuleError) -> PublishedEstimate {
    let estimator = try dataset.estimator(named: name)
    let series = dataset.rows(estimator: estimator, side: side, measure: measure)
    guard let row = EstimatesDataset.latest(of: series, asOf: day) else {
      let when = day.map { " as of \($0)" } ?? ""
      let earliest = series.compactMap(\.asOf).min { $0.last < $1.last }.map {
        ["the earliest \(side) \(measure) figure of \(estimator) is dated \($0)"]
      }
      throw .noEstimate(
        "\(side) \(measure) by \(estimator)\(when)",
        notes: series.isEmpty
          ? ["available: " + dataset.holdings(of: estimator).joined(separator: "; ")] : earliest ?? [])
    }
    return row
  }
}
