/// How the module writes numbers inside messages and warnings: grouped thousands, at most two
/// decimals, an explicit sign where a change is meant.
enum TerritoryFormat {
  /// `16,619` or `9.6`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "\(value)" }
    let hundredths = (abs(value) * 100).rounded()
    guard hundredths < 9e17 else { return "\(value)" }
    let whole = Int64(hundredths) / 100
    let fraction = Int64(hundredths) % 100
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    var text = digits + grouped
    if fraction != 0 {
      text += "." + (fraction < 10 ? "0" : "") + String(fraction)
      while text.hasSuffix("0") { text.removeLast() }
    }
    return (value < 0 && hundredths > 0 ? "−" : "") + text
  }

  /// `+643,829` or `−16,619`.
  static func signed(_ value: Double) -> String {
    (value > 0 ? "+" : "") + number(value)
  }
}

extension TerritoryFormat {
  /// The shortest text that reads back as the same number, without a trailing `.0`.
  static func plain(_ value: Double) -> String {
    let text = "\(value)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}

extension TerritoryFormat {
  /// A value rounded to `digits` significant digits (for ratios of approximate figures).
  static func significant(_ value: Double, _ digits: Int) -> Double {
    guard value.isFinite, value != 0 else { return value }
    var exponent = 0
    var magnitude = abs(value)
    while magnitude >= 10 {
      magnitude /= 10
      exponent += 1
    }
    while magnitude < 1 {
      magnitude *= 10
      exponent -= 1
    }
    let places = digits - 1 - exponent
    var factor = 1.0
    for _ in 0..<abs(places) { factor *= 10 }
    // Powers of ten up to 10²² are exact doubles, so dividing by one rounds to the nearest decimal.
    return places >= 0 ? (value * factor).rounded() / factor : (value / factor).rounded() * factor
  }
}
