public import AttritionSDK

/// The `territory` module: Territorial pace, shares of Ukraine, advance rates against history, and geodesic areas.
public struct TerritoryModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module's descriptor: its functions, their docs and examples, and its datasets.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "territory",
      version: "0.1.0",
      summary: "Territorial pace, shares of Ukraine, advance rates against history, and geodesic areas.",
      functions: []
    )
  }
}
