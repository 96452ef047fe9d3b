import AttritionSDK
import Foundation

extension TerritoryModule {
  /// The reference dataset of advance rates (m/day).
  static let offensiveRatesName = "offensive_rates"
  /// The reference dataset of areas (km²).
  static let areasName = "areas"
  /// The reference dataset of published territorial gains.
  static let gainsName = "territory_gains"
  /// The made-up map the examples use.
  static let demoName = "territory_demo"
  /// The same made-up map later: an occupied bulge out of the liberated area's northern edge.
  static let demoAfterName = "territory_demo_after"

  /// The module's datasets, each registered when its file is in the resource bundle.
  static var datasets: [DatasetDescriptor] {
    let files: [(String, String, String)] = [
      (
        offensiveRatesName, "offensive_rates.csv",
        "Advance rates (m/day) of historical and recent offensives, one row per sourced figure (CSIS 2023–2026)"
      ),
      (areasName, "areas.csv", "Areas (km²) of Ukraine (603,628 km² by default) and of oblasts, with sources"),
      (
        gainsName, "territory_gains.csv",
        "Published figures of territory taken (km², % of Ukraine), e.g. CSIS: ~5,000 km² since January 2024"
      ),
      (
        sectorsName, "sectors.csv",
        "Sectors of the front (kharkiv, kupiansk, pokrovsk, chasiv_yar): their settlements, coordinates and start days"
      ),
      (
        demoName, "territory_demo.geojson",
        "A made-up map in DeepStateMap's export format for the examples: 4 polygons (one with a hole) and a point"
      ),
      (
        demoAfterName, "territory_demo_after.geojson",
        "The made-up map later, for the examples: an occupied bulge out of the liberated area's northern edge"
      ),
    ]
    return files.compactMap { name, file, summary in
      resourcePath(file).map { DatasetDescriptor(name: name, summary: summary, path: $0) }
    }
  }

  /// The path of a file in the module's resource bundle, or nil when the bundle lacks it.
  static func resourcePath(_ file: String) -> String? {
    if let path = ModuleResource.path(file, in: "Resources", bundle: "Attrition_TerritorialPace") { return path }
    let url = URL(fileURLWithPath: file)
    return Bundle.module.path(
      forResource: url.deletingPathExtension().lastPathComponent, ofType: url.pathExtension, inDirectory: "Resources")
  }
}
