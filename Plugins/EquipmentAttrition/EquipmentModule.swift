public import AttritionSDK
import Foundation

/// The `equipment` module: equipment losses over periods, rates, ratios, fleet sizes and depletion.
public struct EquipmentModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module's descriptor: its functions, their docs and examples, and its datasets.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "equipment",
      version: "0.1.0",
      summary: "Equipment losses over periods, rates, ratios, fleet sizes and depletion.",
      discussion: """
        Works on literal figures (`equipment.rate(1800, 2024-01-01..2025-06-04)`) and on datasets: \
        cumulative daily tables such as the General Staff's claims (`window`, `daily`, `monthly`, `rate`), \
        and Oryx's visually confirmed totals (`normalize`, `status`, `ratio`). Bounds, units and sources \
        carry through every result. The reference dataset `equipment_figures` holds published equipment \
        figures (CSIS, IISS Military Balance as reported, bomber-fleet counts), one row per sourced figure \
        with its confidence; `figure` reads one as an estimate with its source.
        """,
      functions: [
        Self.window, Self.daily, Self.monthly, Self.rate, Self.ratio, Self.fleetFromShare, Self.fleet,
        Self.shareOfFleet, Self.depletion,
        Self.normalize, Self.status, Self.confirmed, Self.confirmedWindow, Self.figure,
      ],
      datasets: Self.datasets
    )
  }

  /// The name the reference figures are registered under.
  static let figuresDataset = "equipment_figures"

  /// The reference datasets, when the resource bundle is present.
  static var datasets: [DatasetDescriptor] {
    guard
      let path = ModuleResource.path("\(figuresDataset).csv", in: "Resources", bundle: "Attrition_EquipmentAttrition")
        ?? Bundle.module.path(forResource: figuresDataset, ofType: "csv", inDirectory: "Resources")
    else { return [] }
    return [
      DatasetDescriptor(
        name: figuresDataset,
        summary: "Published equipment figures (CSIS, IISS Military Balance, bomber fleet), one row per sourced figure",
        path: path)
    ]
  }
}
