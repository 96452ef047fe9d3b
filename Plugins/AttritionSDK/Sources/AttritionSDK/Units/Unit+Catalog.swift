extension Unit {
  /// The base units the language knows by name, with the names that spell them.
  ///
  /// Counted units of people share the `personnel` dimension, so `killed / casualties` is a plain
  /// ratio; equipment kinds are dimensions of their own, so tanks never add to aircraft.
  public static let catalog: [String: Unit] = {
    var names: [String: Unit] = [
      "m": Unit(.metre), "km": Unit(.kilometre),
      "m²": Unit(.metre, exponent: 2), "m2": Unit(.metre, exponent: 2),
      "km²": Unit(.kilometre, exponent: 2), "km2": Unit(.kilometre, exponent: 2),
      "ha": Unit(.hectare),
      "day": Unit(.day), "days": Unit(.day),
      "week": Unit(.week), "weeks": Unit(.week),
      "month": Unit(.month), "months": Unit(.month),
      "year": Unit(.year), "years": Unit(.year),
      "%": Unit(.percent),
    ]
    for person in personnelUnits {
      names[person] = Unit(.count(person, dimension: "personnel"))
    }
    for item in equipmentUnits {
      names[item] = Unit(.count(item))
    }
    return names
  }()

  /// Counted units of people, all in the `personnel` dimension.
  public static let personnelUnits = [
    "personnel", "troops", "soldiers", "casualties", "killed", "wounded", "recruits", "prisoners",
  ]

  /// Counted units of equipment and events, each its own dimension.
  public static let equipmentUnits = [
    "tanks", "ifv", "apc", "afv", "vehicles", "artillery", "mlrs", "aircraft", "helicopters",
    "drones", "ships", "bombers", "systems", "items",
  ]

  /// The unit a name spells, or nil if the name is not a unit.
  public static func named(_ name: String) -> Unit? {
    catalog[name]
  }
}
