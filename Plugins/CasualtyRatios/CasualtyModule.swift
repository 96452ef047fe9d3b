public import AttritionSDK
import Foundation

/// The `casualty` module: Casualty ratios, killed shares, rates per day and per km², and published estimates.
public struct CasualtyModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The name of the reference dataset of published estimates in the shared catalog.
  public static let datasetName = "casualty_estimates"

  /// The first day of the full-scale invasion, 2022-02-24: every figure in the dataset counts from it.
  static let invasionStart = Day(ordinal: 19_047)

  /// The reference dataset's file in the module's resource bundle, or nil when the bundle lacks it.
  static let datasetPath: String? =
    ModuleResource.path("casualty_estimates.csv", in: "Resources", bundle: "Attrition_CasualtyRatios")
    ?? Bundle.module.path(forResource: "casualty_estimates", ofType: "csv", inDirectory: "Resources")

  /// The module's descriptor: its functions, their docs and examples, and its datasets.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "casualty",
      version: "0.1.0",
      summary: "Casualty ratios, killed shares, rates per day and per km², and published estimates.",
      discussion: CasualtyModule.discussion,
      functions: [
        CasualtyModule.ratio, CasualtyModule.killedShare, CasualtyModule.woundedPerKilled, CasualtyModule.perDay,
        CasualtyModule.perSquareKilometre, CasualtyModule.fromCoverage, CasualtyModule.estimates,
        CasualtyModule.figure, CasualtyModule.compare, CasualtyModule.spread, CasualtyModule.exchangeRatio,
        CasualtyModule.impliedRate,
      ],
      datasets: CasualtyModule.datasetPath.map { path in
        [
          DatasetDescriptor(
            name: CasualtyModule.datasetName,
            summary: "Published casualty estimates (CSIS, UK MoD, US officials, Mediazona), one row per sourced figure",
            path: path)
        ]
      } ?? []
    )
  }

  static let discussion = """
    Functions for literal figures (`ratio`, `killed_share`, `wounded_per_killed`, `per_day`, `per_km2`, \
    `from_coverage`) and for the published estimates of the `casualty_estimates` dataset (`estimates`, `figure`, \
    `compare`, `spread`, `exchange_ratio`, `implied_rate`). Every result carries bounds (interval arithmetic), \
    a unit and the sources of its inputs.

    Counts of people may be plain numbers or carry a personnel unit (`casualties`, `killed`, `wounded`, `troops`, \
    …); all of these share one dimension, so `killed / casualties` is a plain number. A count divides only when it \
    is positive: a divisor whose stated range reaches zero is an error, and a divisor whose lower bound is unknown \
    (`about 400,000`) is taken as some positive number, which leaves the quotient's upper bound unknown.

    `casualty_estimates` holds one row per figure with a named source, with the columns source (report title or \
    statement), publisher (the estimator), published and as_of (a day `YYYY-MM-DD`, or a month `YYYY-MM` when the \
    source gives no day), url, side (russia, ukraine), measure (casualties = killed and wounded, killed, wounded, \
    missing, named_dead), low, central, high, qualifier (about, over, up_to, between, at_least, exact), confidence \
    (H, M, L as graded by the project's research, empty when ungraded) and note (where the figure was read, \
    caveats, UNVERIFIED marks). Every figure is cumulative since 2022-02-24. Only stated numbers are bounds: \
    `about X` has unknown bounds, `up to X` no lower bound, `over X` no upper bound. Most figures were read in \
    press summaries, not in the estimators' own documents; the note says which.

    A figure dated to a month counts as known from that month's last day in look-ups "as of" a day, and spans \
    the whole month in durations, so rates computed from it are ranges.
    """
}
