import AttritionSDK

extension TerritoryModule {
  static let compare = FunctionDescriptor(
    name: "compare",
    summary: "An advance rate beside the historical and recent offensives of 'offensive_rates', fastest first.",
    discussion: """
      compare(rate) lists every offensive of the `offensive_rates` dataset with its rate (m/day, the central \
      figure; `qualifier` says when it is approximate) and `ratio`, the given rate divided by that offensive's \
      rate (below 1: slower; to 3 significant digits, as the reference rates are \
      approximate), with the given rate as a row of its own, `(this rate)`, all sorted fastest \
      first, so the row shows where the rate ranks: 50 m/day comes below the Somme's ~80 m/day. When the \
      given rate has bounds, `ratio` has them too. The rates are those CSIS published (January 2026: the \
      Somme, Belleau Wood, 2022–2025 offensives; June 2025: Kharkiv and Donetsk; October 2023: the 2023 \
      counter-offensive), with a few from other named sources of lower confidence; CSIS measures them as the \
      straight-line distance the front moved along an axis. The table cites every row's source.
      """,
    parameters: [ParameterDescriptor("rate", .number, "an advance rate (m/day, km/month, …), e.g. from 'advance'")],
    returns: "table (offensive, years, side, rate m/day, ratio, qualifier, confidence, source)",
    examples: [
      FunctionExample(
        "territory.compare(50 m/day) | select offensive, rate, ratio",
        """
        offensive                                            rate (m/day)    ratio
        ───────────────────────────────────────────────────  ────────────  ───────
        US-led drive on Baghdad (Operation Iraqi Freedom)          26,000  0.00192
        Ukrainian Kharkiv counter-offensive                         7,500  0.00667
        Russian advance in May 2022                                 1,000     0.05
        Ukrainian Kherson counter-offensive                           590   0.0847
        Battle of Belleau Wood                                        410    0.122
        Russian offensive in Donetsk (Avdiivka to Pokrovsk)           135     0.37
        Ukrainian counter-offensive at its peak                    82.296    0.608
        Battle of the Somme                                            80    0.625
        Russian Pokrovsk offensive                                     70    0.714
        (this rate)                                                    50        1
        Russian offensive in Kharkiv region                            50        1
        Russian Kupiansk offensive                                     23     2.17
        Russian Chasiv Yar offensive                                   15     3.33
        """),
      FunctionExample(
        "territory.compare(10 km / 23 months) | select offensive, ratio | limit 2",
        """
        offensive                                             ratio
        ─────────────────────────────────────────────────  ────────
        US-led drive on Baghdad (Operation Iraqi Freedom)  0.000549
        Ukrainian Kharkiv counter-offensive                  0.0019
        """),
    ]
  ) { arguments in
    let given = try arguments.estimate(0)
    guard given.unit.isSpeed else {
      throw ModuleError.wrongUnit(
        arguments.functionName, "rate", expected: "an advance rate such as '50 m/day'", found: given,
        hint: given.unit.isAreaRate ? "an area pace (km²/day) does not compare with advance rates; see 'advance'" : nil)
    }
    let rate = try given.converted(to: .metresPerDay)
    let rates = try ReferenceTable(offensiveRatesName, for: arguments)
    return .table(try comparison(of: rate, with: rates))
  }

  /// One row of the comparison.
  private struct Row {
    var offensive: String
    var years: String?
    var side: String?
    var rate: Double
    var ratio: Estimate
    var qualifier: String?
    var confidence: String?
    var source: String?
  }

  /// The comparison table of `rate` (m/day) with every offensive of the dataset, fastest first.
  private static func comparison(of rate: Estimate, with rates: ReferenceTable) throws -> Table {
    let (offensives, years, sides) = (
      try rates.column("offensive"), try rates.column("years"), try rates.column("side")
    )
    let qualifiers = try rates.column("qualifier")
    let confidences = try rates.column("confidence")
    var rows = [
      Row(
        offensive: "(this rate)", years: nil, side: nil, rate: rate.value,
        ratio: .exact(1), qualifier: nil, confidence: nil, source: rate.provenance.sources.first?.citation)
    ]
    var provenance = rate.provenance
    for row in 0..<rates.table.rowCount {
      guard
        let figure = try rates.figure(
          row: row, low: "rate_m_per_day_low", central: "rate_m_per_day_central", high: "rate_m_per_day_high",
          unit: .metresPerDay), figure.value > 0
      else { continue }
      provenance = provenance.union(figure.provenance)
      // The reference rate divides as its central figure: "about 80" has no stated bounds to carry.
      let reference = Estimate.exact(figure.value, unit: .metresPerDay)
      rows.append(
        Row(
          offensive: ReferenceTable.text(offensives, row) ?? "row \(row + 1)", years: ReferenceTable.text(years, row),
          side: ReferenceTable.text(sides, row), rate: figure.value,
          ratio: try rate.divided(by: reference, computing: "the ratio of the rates"),
          qualifier: ReferenceTable.text(qualifiers, row), confidence: ReferenceTable.text(confidences, row),
          source: figure.provenance.sources.first?.citation))
    }
    // Stable: ties keep the dataset's order, with the given rate first among equals.
    let sorted = rows.enumerated().sorted { ($0.element.rate, -$0.offset) > ($1.element.rate, -$1.offset) }
      .map(\.element)
    let ratio: ColumnData =
      rate.isExact
      ? .number(sorted.map { TerritoryFormat.significant($0.ratio.value, 3) }, unit: .none)
      : .estimate(sorted.map(\.ratio))
    let columns = [
      Column(name: "offensive", data: .string(StringColumn(sorted.map(\.offensive)))),
      Column(name: "years", data: .string(StringColumn(sorted.map(\.years)))),
      Column(name: "side", data: .string(StringColumn(sorted.map(\.side)))),
      Column(name: "rate", data: .number(sorted.map(\.rate), unit: .metresPerDay)),
      Column(name: "ratio", data: ratio),
      Column(name: "qualifier", data: .string(StringColumn(sorted.map(\.qualifier)))),
      Column(name: "confidence", data: .string(StringColumn(sorted.map(\.confidence)))),
      Column(name: "source", data: .string(StringColumn(sorted.map(\.source)))),
    ]
    return try Table(
      columns: columns, provenance: provenance,
      summary: "\(TerritoryFormat.number(rate.value)) m/day beside the offensives of '\(offensiveRatesName)'")
  }
}
