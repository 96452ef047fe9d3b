import AttritionSDK

extension Unit {
  /// The unit as a message names it: its symbol, or `a plain number`.
  var spelled: String { isNone ? "a plain number" : description }

  /// The dimension every counted unit of people shares (`casualties`, `killed`, `troops`, …).
  static let personnelDimension = Dimension.count("personnel")

  /// Whether figures in this unit count people, or are plain numbers that may.
  var countsPeople: Bool { dimension.isNone || dimension == Unit.personnelDimension }

  /// The unit of area figures are divided by: km².
  static let squareKilometre = Unit(.kilometre, exponent: 2)

  /// The unit of durations: the day.
  static let days = Unit(.day)

  /// The unit a figure of one measure of the estimates dataset is counted in.
  static func counting(_ measure: String) -> Unit {
    let name =
      switch measure {
      case "casualties": "casualties"
      case "killed", "named_dead": "killed"
      case "wounded": "wounded"
      default: "personnel"
      }
    return Unit.named(name) ?? .none
  }
}
