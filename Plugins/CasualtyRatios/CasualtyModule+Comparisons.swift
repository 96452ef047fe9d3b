import AttritionSDK

extension CasualtyModule {
  /// `compare(measure, side, as_of?)`: every estimator's latest figure side by side.
  static let compare = FunctionDescriptor(
    name: "compare", summary: "Every estimator's latest figure for one measure and side, side by side.",
    discussion: """
      One row per estimator: its latest figure (as of a day, when given), the figure's as-of date, and \
      `per_day`, the average per day from 2022-02-24 to that date, which puts figures of different dates on one \
      footing (a month-dated figure gives a range). Compare the dates before the figures: an estimator's latest \
      word may be years old. `spread` gives the range between the estimators' figures.
      """,
    parameters: [
      ParameterDescriptor("measure", .string, "casualties, killed, wounded, missing or named_dead"),
      ParameterDescriptor("side", .string, "russia or ukraine"),
      ParameterDescriptor("as_of", .day, "each estimator's latest figure known by this day", isOptional: true),
    ],
    returns: "table (estimator, as_of, estimate, per_day, qualifier, confidence, source)",
    examples: [
      FunctionExample(
        #"casualty.compare("casualties", "russia", 2025-06-04) | select estimator, as_of, estimate, per_day"#,
        """
        estimator  as_of       estimate (casualties)  per_day (casualties/day)
        ─────────  ──────────  ─────────────────────  ────────────────────────
        US DoD     2024-10-09       at least 600,000              at least 626
        UK MoD     2025-05-03          about 950,000                 about 815
        CSIS       2025-06-04          about 950,000                 about 794
        """)
    ]
  ) { arguments in
    let dataset = try EstimatesDataset.load(for: arguments)
    let (measure, side) = (try arguments.measure(0), try arguments.side(1))
    let day = try arguments.optionalDay(2)
    let rows = EstimatesDataset.latestOfEachSeries(dataset.rows(side: side, measure: measure), asOf: day)
    guard !rows.isEmpty else {
      throw ModuleError.noEstimate("\(side) \(measure)" + (day.map { " as of \($0)" } ?? ""))
    }
    return .table(try EstimatesDataset.comparison(rows))
  }

  /// `spread(measure, side, as_of?, within?)`: the range of the estimators' figures.
  static let spread = FunctionDescriptor(
    name: "spread", summary: "The range of the estimators' latest figures: lowest to highest, centred on the median.",
    discussion: """
      Takes each estimator's latest dated figure known by `as_of` (by default, the newest figure's date) and \
      keeps those dated within `within` before that day (default 183 days), since a figure years older \
      measures a different war. The result's bounds are the lowest and highest central figures, its central \
      value their median, and it cites every estimator kept. This is disagreement between estimators, not the \
      uncertainty of any one of them; the figures left out as too old are named in a warning.
      """,
    parameters: [
      ParameterDescriptor("measure", .string, "casualties, killed, wounded, missing or named_dead"),
      ParameterDescriptor("side", .string, "russia or ukraine"),
      ParameterDescriptor("as_of", .day, "the day the figures must be known by", isOptional: true),
      ParameterDescriptor("within", .number, "how old a figure may be, in days (default 183 days)", isOptional: true),
    ],
    returns: "number (a count of people, citing every estimator)",
    examples: [
      FunctionExample(
        #"casualty.spread("casualties", "russia", 2025-06-04, 365 days)"#,
        "950,000 [600,000 – 950,000] casualties  (sources: US DoD, statement by a senior Pentagon official, "
          + "2024-10-09; UK MoD, casualty estimate, 2025-05-03; CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03)"
      )
    ]
  ) { arguments in
    let dataset = try EstimatesDataset.load(for: arguments)
    let (measure, side) = (try arguments.measure(0), try arguments.side(1))
    let day = try arguments.optionalDay(2)
    let within = arguments.optional(3) == nil ? Estimate.exact(183, unit: .days) : try arguments.duration(3)
    guard within.isExact, within.value >= 0 else { throw arguments.invalid(3, "expected an exact number of days") }
    let dated = EstimatesDataset.latestOfEachSeries(dataset.rows(side: side, measure: measure), asOf: day)
      .filter { $0.asOf != nil }
    guard let reference = day ?? dated.compactMap({ $0.asOf?.last }).max() else {
      throw ModuleError.noEstimate("\(side) \(measure)" + (day.map { " as of \($0)" } ?? ""))
    }
    let oldest = Double(reference.ordinal) - within.value
    let kept = dated.filter { Double($0.asOf?.last.ordinal ?? 0) >= oldest }
    let dropped = dated.filter { Double($0.asOf?.last.ordinal ?? 0) < oldest }
    if !dropped.isEmpty {
      arguments.context?.warn(
        "'\(arguments.functionName)' left out figures older than \(within.rangeText) days before \(reference): "
          + dropped.map { "\($0.estimator) (\($0.asOf?.text ?? ""))" }.joined(separator: ", "))
    }
    let centrals = kept.map(\.estimate.value).sorted()
    guard let lowest = centrals.first, let highest = centrals.last, let unit = kept.first?.estimate.unit else {
      throw ModuleError.noEstimate("\(side) \(measure) within \(within.rangeText) days of \(reference)")
    }
    let middle = centrals.count / 2
    let median = centrals.count % 2 == 1 ? centrals[middle] : (centrals[middle - 1] + centrals[middle]) / 2
    return .estimate(
      Estimate(
        value: median, low: lowest, high: highest, unit: unit, provenance: EstimatesDataset.provenance(of: kept)))
  }

  /// `exchange_ratio(estimator, measure, as_of?)`: Russian to Ukrainian losses by one estimator.
  static let exchangeRatio = FunctionDescriptor(
    name: "exchange_ratio", summary: "Russian / Ukrainian figure of one estimator: the casualty exchange ratio.",
    discussion: """
      Both figures come from the same estimator (so the same definitions), each its latest known by `as_of`; \
      a warning says when their dates differ. Bounds follow from the stated ones: an "about" figure leaves \
      them unknown, an "up to" numerator leaves the lower one unknown. Only estimators that publish figures for \
      both sides can be used (in the reference dataset, CSIS).
      """,
    parameters: [
      ParameterDescriptor("estimator", .string, "who made both estimates, e.g. CSIS"),
      ParameterDescriptor("measure", .string, "casualties, killed, wounded, missing or named_dead"),
      ParameterDescriptor("as_of", .day, "the latest figures known by this day", isOptional: true),
    ],
    returns: "number (plain, Russian per Ukrainian)",
    examples: [
      FunctionExample(
        #"casualty.exchange_ratio("CSIS", "killed", 2025-06-04)"#,
        "3.13 [? – 4.17]  (source: CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03)"),
      FunctionExample(
        #"casualty.exchange_ratio("CSIS", "casualties", 2025-06-04)"#,
        "about 2.38  (source: CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03)"),
    ]
  ) { arguments in
    let dataset = try EstimatesDataset.load(for: arguments)
    let (estimator, measure) = (try arguments.string(0), try arguments.measure(1))
    let day = try arguments.optionalDay(2)
    let russia = try latestFigure(dataset, estimator: estimator, side: "russia", measure: measure, asOf: day)
    let ukraine = try latestFigure(dataset, estimator: estimator, side: "ukraine", measure: measure, asOf: day)
    if russia.asOf != ukraine.asOf {
      arguments.context?.warn(
        "'\(arguments.functionName)' divides figures of different dates: Russia \(russia.asOf?.text ?? "undated"), "
          + "Ukraine \(ukraine.asOf?.text ?? "undated")")
    }
    return .estimate(
      try CasualtyArithmetic.quotient(
        russia.estimate, ukraine.estimate, function: arguments.functionName, divisor: "Ukrainian \(measure)"))
  }

  /// `implied_rate(estimator, side, measure, from, to?)`: the rate between two of one estimator's figures.
  static let impliedRate = FunctionDescriptor(
    name: "implied_rate", summary: "The per-day rate implied by two dated figures of one estimator.",
    discussion: """
      (later − earlier) / days between their as-of dates, where the earlier figure is the estimator's latest \
      known by `from` and the later its latest known by `to` (by default its newest). The days are the \
      difference of the dates (two cumulative totals, so no day is counted twice); a month-dated figure makes \
      the days, and so the rate, a range. Differences of "about" figures have unknown bounds. A later figure \
      below the earlier one gives a negative rate and a warning: a revision or a change of method, not \
      resurrected soldiers. Compare the result with the rates estimators state (the notes of the dataset give \
      several, e.g. UK MoD's 1,072 a day in July 2025).
      """,
    parameters: [
      ParameterDescriptor("estimator", .string, "whose figures, e.g. UK MoD"),
      ParameterDescriptor("side", .string, "russia or ukraine"),
      ParameterDescriptor("measure", .string, "casualties, killed, wounded, missing or named_dead"),
      ParameterDescriptor("from", .day, "the earlier figure is the latest known by this day"),
      ParameterDescriptor("to", .day, "the later figure is the latest known by this day", isOptional: true),
    ],
    returns: "number (per day, with both figures' sources)",
    examples: [
      FunctionExample(
        #"casualty.implied_rate("UK MoD", "russia", "casualties", 2025-05-03, 2025-08-05)"#,
        "about 1,060 casualties/day  (sources: UK MoD, casualty estimate, 2025-05-03; UK MoD, casualty estimate, "
          + "2025-08-05)"),
      FunctionExample(
        #"casualty.implied_rate("Mediazona", "russia", "named_dead", 2023-06-09, 2025-08-08)"#,
        "123.5 killed/day  (sources: Mediazona, count of named Russian military dead (with BBC Russian), 2023-06-09; "
          + "Mediazona, count of named Russian military dead (with BBC Russian), 2025-08-08)"),
    ]
  ) { arguments in
    let dataset = try EstimatesDataset.load(for: arguments)
    let (estimator, side, measure) = (try arguments.string(0), try arguments.side(1), try arguments.measure(2))
    let earlier = try latestFigure(
      dataset, estimator: estimator, side: side, measure: measure, asOf: try arguments.day(3))
    let later = try latestFigure(
      dataset, estimator: estimator, side: side, measure: measure, asOf: try arguments.optionalDay(4))
    guard let start = earlier.asOf, let end = later.asOf, start.last < end.first else {
      let dates = [earlier, later].map { "\($0.asOf?.text ?? "undated") (line \($0.row + 2))" }
      throw ModuleError(
        "no_interval",
        "'\(arguments.functionName)': no days between the two figures, dated \(dates[0]) and \(dates[1])",
        notes: ["choose 'from' and 'to' so that they select two figures with different dates"])
    }
    var difference: Estimate
    do {
      difference = try later.estimate.subtracting(earlier.estimate)
      difference.provenance = earlier.estimate.provenance.union(later.estimate.provenance)
    } catch {
      throw ModuleError("not_finite", "'\(arguments.functionName)': the difference is not a finite number")
    }
    if difference.value < 0 {
      arguments.context?.warn(
        "'\(arguments.functionName)': the figure of \(end) is below that of \(start): a revision or a change of method")
    }
    return .estimate(
      try CasualtyArithmetic.quotient(
        difference, start.days(until: end), function: arguments.functionName, divisor: "days"))
  }
}
