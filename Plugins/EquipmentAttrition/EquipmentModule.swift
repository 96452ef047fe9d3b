public import AttritionSDK

/// The `equipment` module: Equipment losses over periods, rates, ratios, fleet sizes and depletion.
public struct EquipmentModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module's descriptor: its functions, their docs and examples, and its datasets.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "equipment",
      version: "0.1.0",
      summary: "Equipment losses over periods, rates, ratios, fleet sizes and depletion.",
      functions: []
    )
  }
}
