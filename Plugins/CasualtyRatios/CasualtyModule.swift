public import AttritionSDK

/// The `casualty` module: Casualty ratios, killed shares, rates per day and per km², and published estimates.
public struct CasualtyModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module's descriptor: its functions, their docs and examples, and its datasets.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "casualty",
      version: "0.1.0",
      summary: "Casualty ratios, killed shares, rates per day and per km², and published estimates.",
      functions: []
    )
  }
}
