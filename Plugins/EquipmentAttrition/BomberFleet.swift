import AttritionSDK

/// Russia's long-range aviation before June 2025 as the reference dataset `equipment_figures`
/// records it: a row per source for each type (`strategic_bombers_tu95ms`, `_tu160`, `_tu22m3`).
///
/// Sources disagree and are weak (confidence L to L-M; no IISS or FAS count was found), so each
/// type's count is the range from the lowest figure any source gives to the highest, its central
/// value the mean of the sources' central values (a range's midpoint for a source that gives
/// one), and a fleet of several types their sum.
struct BomberFleet {
  /// The named fleets: one type, or the three of long-range aviation.
  static let fleets: [(names: [String], types: [String])] = [
    (
      ["strategic bombers", "long-range aviation", "bombers", "strategic bomber fleet"], ["tu95ms", "tu160", "tu22m3"]
    ),
    (["tu-95ms", "tu-95", "tu95ms"], ["tu95ms"]),
    (["tu-160", "tu160"], ["tu160"]),
    (["tu-22m3", "tu-22m", "tu22m3"], ["tu22m3"]),
  ]

  /// The types of a fleet's name (case and spacing ignored), or nil.
  static func types(of name: String) -> [String]? {
    let key = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return fleets.first { $0.names.contains(key) }?.types
  }

  /// The fleet of `types`, summed, with every source that counted a type.
  static func estimate(types: [String], rows: FigureRows) throws -> Estimate {
    var total: Estimate?
    for type in types {
      let count = try typeCount(type, rows: rows)
      total = try total.map { try $0.adding(count) } ?? count
    }
    guard let total else { throw ModuleError("unknown_fleet", "no types in the fleet") }
    return total
  }

  /// One type's count: the lowest to the highest figure of its sources, centred on their mean.
  private static func typeCount(_ type: String, rows: FigureRows) throws -> Estimate {
    let figures = try rows.indices(measure: "strategic_bombers_\(type)").map { try rows.estimate($0) }
    guard let first = figures.first else {
      throw ModuleError("malformed_dataset", "'equipment_figures' has no figure 'strategic_bombers_\(type)'")
    }
    let lows = figures.map { $0.low ?? $0.value }
    let highs = figures.map { $0.high ?? $0.value }
    let centre = figures.map(\.value).reduce(0, +) / Double(figures.count)
    let provenance = figures.dropFirst().reduce(first.provenance) { $0.union($1.provenance) }
    return Estimate(
      value: centre, low: lows.min(), high: highs.max(), unit: first.unit, provenance: provenance)
  }
}
