import AttritionSDK

/// One row of `casualty_estimates`: a figure as an estimator published it, with its source.
struct PublishedEstimate: Sendable {
  /// The sides figures are given for.
  static let sides = ["russia", "ukraine"]
  /// The measures figures are given for.
  static let measures = ["casualties", "killed", "wounded", "missing", "named_dead"]
  /// How a figure was qualified: `about X`, `over X`, `up to X`, `between X and Y`, `at least X`,
  /// or an exact count.
  static let qualifiers = ["about", "over", "up_to", "between", "at_least", "exact"]

  /// Who made the estimate (the `publisher` column): `CSIS`, `UK MoD`, …
  let estimator: String
  /// What it was stated in (the `source` column): a report title, or a description of the statement.
  let title: String
  /// When the estimator published it, as precisely as known.
  let published: ReportedDate?
  /// The day (or month) the figure counts up to; nil when unknown.
  let asOf: ReportedDate?
  /// Where it can be read, when known.
  let url: String?
  /// `russia` or `ukraine`.
  let side: String
  /// One of ``measures``.
  let measure: String
  /// The figure with its bounds, unit and source.
  let estimate: Estimate
  /// One of ``qualifiers``.
  let qualifier: String
  /// How sure the research is of the figure (H, M, L, …); nil when it gives no grade.
  let confidence: String?
  /// Where the figure was read and its caveats.
  let note: String?
  /// The row's index in the table, which orders figures with the same date.
  let row: Int

  /// The source every figure of this row carries, cited as "publisher, title, published date".
  let source: Source

  /// "publisher, title, published date", leaving out what is not known.
  static func citation(estimator: String, title: String, published: ReportedDate?) -> String {
    [estimator, title, published?.text].compactMap { $0 }.joined(separator: ", ")
  }

  /// Orders figures in time: by the last day their as-of date may stand for, then by row.
  /// Figures without a date come before every dated one, so a dated figure is always "later".
  static func isEarlier(_ left: PublishedEstimate, _ right: PublishedEstimate) -> Bool {
    switch (left.asOf, right.asOf) {
    case (nil, nil): return left.row < right.row
    case (nil, _): return true
    case (_, nil): return false
    case (let a?, let b?): return a.last != b.last ? a.last < b.last : left.row < right.row
    }
  }

  /// The series a figure belongs to: one estimator's figures for one side and measure.
  var seriesKey: String { "\(estimator.normalizedName)|\(side)|\(measure)" }

  /// A short label for notes: `UK MoD russia casualties`.
  var seriesLabel: String { "\(estimator) \(side) \(measure)" }
}
