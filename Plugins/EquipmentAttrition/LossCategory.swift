import AttritionSDK

/// A category of equipment as an analyst names it: one Oryx category ("tanks", "IFV", any Oryx
/// spelling), or a sum of several that Oryx has no row for ("other armoured").
struct LossCategory: Sendable {
  /// The name results and messages give it.
  let name: String
  /// The Oryx categories it adds up, each counted once.
  let components: [OryxCategory]

  /// "Other armoured vehicles", as CSIS counts them beside tanks and IFVs: the rest of Oryx's own
  /// "Armoured Combat Vehicles" sum, whose row names it "[Tanks, AFVs, IFVs, APCs, and MRAPs]"
  /// (`totals_by_type.csv`): armoured fighting vehicles, armoured personnel carriers and MRAPs.
  /// Infantry mobility vehicles are left out, as Oryx leaves them out of that sum.
  static let otherArmoured = LossCategory(name: "other_armoured", components: [.afv, .apc, .mrap])

  /// The spellings of ``otherArmoured``, as `OryxCategory.key` folds them.
  private static let otherArmouredNames = [
    "other armoured", "other armored", "other armoured vehicles", "other armored vehicles", "other_armoured",
  ].map(OryxCategory.key)

  /// The category a name means, or nil when it is none.
  init?(named name: String) {
    if Self.otherArmouredNames.contains(OryxCategory.key(name)) {
      self = Self.otherArmoured
      return
    }
    guard let category = OryxCategory(oryxName: name) else { return nil }
    self.init(name: category.rawValue, components: [category])
  }

  private init(name: String, components: [OryxCategory]) {
    self.name = name
    self.components = components
  }

  /// The unit its counts are in: the one unit its components share, else `vehicles`.
  var unit: Unit {
    let units = Set(components.map(\.unit))
    return units.count == 1 ? units.first ?? .none : (Unit.named("vehicles") ?? .none)
  }

  /// How the category is made up, for notes: "afv + apc + mrap".
  var definition: String {
    components.map(\.rawValue).joined(separator: " + ")
  }
}
