import AttritionSDK

extension EstimatesDataset {
  /// Orders a listing in time, figures without a date last.
  static func isListedEarlier(_ left: PublishedEstimate, _ right: PublishedEstimate) -> Bool {
    switch (left.asOf, right.asOf) {
    case (nil, nil): left.row < right.row
    case (nil, _): false
    case (_, nil): true
    case (_?, _?): PublishedEstimate.isEarlier(left, right)
    }
  }

  /// The figures as a table: one row each, the estimate cells carrying their sources.
  static func listing(_ rows: [PublishedEstimate]) throws -> Table {
    // A column shows one unit in its header; figures of several measures are shown as personnel.
    let mixed = Set(rows.map(\.estimate.unit)).count > 1
    let personnel = Unit.named("personnel") ?? .none
    let figures = rows.map { row in
      mixed ? (try? row.estimate.converted(to: personnel)) ?? row.estimate : row.estimate
    }
    return try Table(
      columns: [
        strings("estimator", rows.map(\.estimator)), strings("side", rows.map(\.side)),
        strings("measure", rows.map(\.measure)), strings("as_of", rows.map { $0.asOf?.text }),
        strings("published", rows.map { $0.published?.text }),
        estimates("estimate", figures, of: rows), strings("qualifier", rows.map(\.qualifier)),
        strings("confidence", rows.map(\.confidence)), strings("source", rows.map(\.source.citation)),
        strings("url", rows.map(\.url)), strings("note", rows.map(\.note)),
      ],
      provenance: provenance(of: rows), summary: "published casualty estimates")
  }

  /// Figures of one measure side by side, each with its average per day since the invasion began.
  static func comparison(_ rows: [PublishedEstimate]) throws -> Table {
    let perDay = rows.map { row -> Estimate? in
      guard let date = row.asOf else { return nil }
      let days = date.days(since: CasualtyModule.invasionStart, inclusive: true)
      return try? CasualtyArithmetic.quotient(row.estimate, days, function: "casualty.compare", divisor: "days")
    }
    return try Table(
      columns: [
        strings("estimator", rows.map(\.estimator)), strings("as_of", rows.map { $0.asOf?.text }),
        estimates("estimate", rows.map(\.estimate), of: rows), estimates("per_day", perDay, of: rows),
        strings("qualifier", rows.map(\.qualifier)), strings("confidence", rows.map(\.confidence)),
        strings("source", rows.map(\.source.citation)),
      ],
      provenance: provenance(of: rows), summary: "published casualty estimates compared")
  }

  /// The sources of the rows, in row order.
  static func provenance(of rows: [PublishedEstimate]) -> Provenance {
    Provenance(sources: rows.map(\.source))
  }

  private static func strings(_ name: String, _ cells: [String?]) -> Column {
    Column(name: name, data: .string(StringColumn(cells)))
  }

  private static func estimates(_ name: String, _ cells: [Estimate?], of rows: [PublishedEstimate]) -> Column {
    Column(name: name, data: .estimate(cells), provenance: provenance(of: rows))
  }
}
