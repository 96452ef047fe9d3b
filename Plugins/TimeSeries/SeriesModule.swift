public import AttritionSDK

/// The `series` module: windows, increments, months and rolling rates over cumulative daily series.
///
/// Every function reads one numeric column of a table keyed by a day column (`date`, else the
/// first day column) as a running total, through the SDK's ``CumulativeSeries``.
public struct SeriesModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module's descriptor: its functions, their docs and examples, and its datasets.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "series",
      version: "0.1.0",
      summary: "Windows, increments, months and rolling rates over cumulative daily series.",
      discussion: """
        A cumulative daily series is a table with one row per day and a running total in a numeric \
        column, like the Ukrainian General Staff's claims of Russian losses since 2022-02-24. Losses inside \
        a period are cum(end) − cum(day before start); a negative increment is a revision by the source and \
        is reported, never hidden; a day without a value is a gap, and nothing is interpolated across it. \
        The first total of a series is cumulative from before the series starts, so it is never read as an \
        increment from 0.
        """,
      functions: [
        Self.daily, Self.window, Self.monthly, Self.rolling, Self.firstReaching, Self.value,
      ]
    )
  }
}
