import AttritionSDK

/// A stable name for one of Oryx's equipment categories, whatever spelling Oryx used at the time.
///
/// Oryx renamed categories as the war went on ("Trucks, Vehicles and Jeeps" → "Trucks, Vehicles,
/// and Jeeps" → "Trucks, Vehicles, Jeeps, and Trains"; "Multiple Rocket Launchers" → "Rocket and
/// Missile Artillery"; "Naval Ships" → "Naval Ships and Submarines"), spells some differently per
/// side ("Radars" / "Radars And Communications Equipment"), and embeds running totals in the names
/// of its summary rows. Every spelling found in the `scarnecchia/oryx_data` snapshot of 2025-07-19
/// and in the 206 dated snapshots of its history (`totals_by_type_history.csv`, 2022-03-28 to
/// 2025-07-19: the early "Logistics Trains", "Heavy Mortars", "Communications Stations", the
/// 2024–2025 `*_SUMMARY` rows) maps here, and so do the short names analysts use ("IFV", "APCs");
/// anything else (such as the parser junk `tured: 569)`) maps to nothing.
enum OryxCategory: String, CaseIterable, Sendable {
  case allTypes = "all_types"
  case armouredCombatVehicles = "armoured_combat_vehicles"
  case excludingReconDronesAndTrucks = "excluding_recon_drones_and_trucks"
  case tanks
  case afv
  case ifv
  case apc
  case mrap
  case imv
  case commandPosts = "command_posts"
  case engineering
  case ugv
  case selfPropelledAntiTank = "sp_atgm"
  case artillerySupport = "artillery_support"
  case towedArtillery = "towed_artillery"
  case selfPropelledArtillery = "sp_artillery"
  case rocketArtillery = "rocket_artillery"
  case antiAircraftGuns = "aa_guns"
  case selfPropelledAntiAircraftGuns = "sp_aa_guns"
  case surfaceToAirMissiles = "sam"
  case radars
  case jammers
  case aircraft
  case helicopters
  case combatDrones = "ucav"
  case reconDrones = "recon_uav"
  case drones = "uav"
  case naval
  case trucks
  case trains
  case heavyMortars = "heavy_mortars"
  case antiTankMissiles = "atgm"
  case manPortableAirDefence = "manpads"

  /// The Oryx names that mean this category, as ``key(_:)`` folds them.
  var oryxNames: [String] {
    switch self {
    case .allTypes: ["All Types"]
    case .armouredCombatVehicles: ["Losses of Armoured Combat Vehicles", "ACV_SUMMARY(Tanks+AFV+IFV+APC+MRAP)"]
    case .excludingReconDronesAndTrucks:
      ["Losses excluding Recon Drones and Trucks", "EXCL_RECON_DRONES_TRUCKS_SUMMARY"]
    case .tanks: ["Tanks", "Tank"]
    case .afv: ["Armoured Fighting Vehicles", "AFV", "AFVs", "Armored Fighting Vehicles"]
    case .ifv: ["Infantry Fighting Vehicles", "IFV", "IFVs"]
    case .apc: ["Armoured Personnel Carriers", "APC", "APCs", "Armored Personnel Carriers"]
    case .mrap: ["Mine-Resistant Ambush Protected"]
    case .imv: ["Infantry Mobility Vehicles"]
    case .commandPosts: ["Command Posts And Communications Stations", "Communications Stations"]
    case .engineering: ["Engineering Vehicles And Equipment", "Engineering Vehicles"]
    case .ugv: ["Unmanned Ground Vehicles"]
    case .selfPropelledAntiTank: ["Self-Propelled Anti-Tank Missile Systems"]
    case .artillerySupport: ["Artillery Support Vehicles And Equipment"]
    case .towedArtillery: ["Towed Artillery"]
    case .selfPropelledArtillery: ["Self-Propelled Artillery"]
    case .rocketArtillery: ["Multiple Rocket Launchers", "Rocket and Missile Artillery"]
    case .antiAircraftGuns: ["Anti-Aircraft Guns"]
    case .selfPropelledAntiAircraftGuns: ["Self-Propelled Anti-Aircraft Guns"]
    case .surfaceToAirMissiles: ["Surface-To-Air Missile Systems"]
    case .radars: ["Radars", "Radars And Communications Equipment"]
    case .jammers: ["Jammers And Deception Systems"]
    case .aircraft: ["Aircraft"]
    case .helicopters: ["Helicopters"]
    case .combatDrones: ["Unmanned Combat Aerial Vehicles"]
    case .reconDrones: ["Reconnaissance Unmanned Aerial Vehicles"]
    case .drones: ["Unmanned Aerial Vehicles"]
    case .naval: ["Naval Ships", "Naval Ships and Submarines"]
    case .trucks: ["Trucks, Vehicles and Jeeps", "Trucks, Vehicles, and Jeeps", "Trucks, Vehicles, Jeeps, and Trains"]
    case .trains: ["Logistics Trains"]
    case .heavyMortars: ["Heavy Mortars"]
    case .antiTankMissiles: ["Anti-Tank Guided Missiles"]
    case .manPortableAirDefence: ["Man-Portable Air Defence Systems"]
    }
  }

  /// The unit a count of this category is in: the unit the General Staff's column of the same kind
  /// has where there is one (tanks, apc, artillery, mlrs, aircraft, helicopters, drones, ships,
  /// systems), so that a General Staff count over an Oryx count is a plain ratio; `vehicles` for
  /// the other kinds of vehicle, `items` for the sums of every kind.
  var unit: Unit {
    let name: String
    switch self {
    case .tanks: name = "tanks"
    case .afv: name = "afv"
    case .ifv: name = "ifv"
    case .apc: name = "apc"
    case .towedArtillery, .selfPropelledArtillery, .heavyMortars: name = "artillery"
    case .rocketArtillery: name = "mlrs"
    case .aircraft: name = "aircraft"
    case .helicopters: name = "helicopters"
    case .combatDrones, .reconDrones, .drones: name = "drones"
    case .naval: name = "ships"
    case .surfaceToAirMissiles, .antiAircraftGuns, .selfPropelledAntiAircraftGuns, .radars, .jammers,
      .antiTankMissiles, .manPortableAirDefence:
      name = "systems"
    case .armouredCombatVehicles, .mrap, .imv, .commandPosts, .engineering, .ugv, .selfPropelledAntiTank,
      .artillerySupport, .trucks, .trains:
      name = "vehicles"
    case .allTypes, .excludingReconDronesAndTrucks: name = "items"
    }
    return Unit.named(name) ?? .none
  }

  /// Whether the row sums other categories (All Types and the two summary rows), so adding it to
  /// them would count losses twice.
  var isAggregate: Bool {
    self == .allTypes || self == .armouredCombatVehicles || self == .excludingReconDronesAndTrucks
  }

  /// The category an Oryx name (or a stable name) means, or nil when it is not one.
  init?(oryxName name: String) {
    let key = Self.key(name)
    if let category = Self.byKey[key] {
      self = category
      return
    }
    // Summary rows carry their running totals: "Losses of Armoured Combat Vehicles [...] - 13080, of which: …".
    for category in [Self.armouredCombatVehicles, .excludingReconDronesAndTrucks] {
      if let prefix = category.oryxNames.first.map(Self.key), key.hasPrefix(prefix + " ") {
        self = category
        return
      }
    }
    return nil
  }

  /// A spelling-insensitive key: lower case, without commas, brackets or repeated whitespace;
  /// `_` reads as a space, so stable names are keys too.
  static func key(_ name: String) -> String {
    let folded = name.lowercased().map { character -> Character in
      character == "_" || character.isWhitespace ? " " : character
    }
    let kept = String(folded.filter { $0 != "," })
    return kept.split(separator: " ").joined(separator: " ")
  }

  private static let byKey: [String: OryxCategory] = {
    var keys: [String: OryxCategory] = [:]
    for category in allCases {
      keys[key(category.rawValue)] = category
      for name in category.oryxNames { keys[key(name)] = category }
    }
    return keys
  }()
}
