public import AttritionSDK

/// The `series` module: Windows, increments, months and rolling rates over cumulative daily series.
public struct SeriesModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module's descriptor: its functions, their docs and examples, and its datasets.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "series",
      version: "0.1.0",
      summary: "Windows, increments, months and rolling rates over cumulative daily series.",
      functions: []
    )
  }
}
