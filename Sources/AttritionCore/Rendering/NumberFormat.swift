/// How numbers are written for people: thousands separators, and no more digits than the figure
/// can claim.
///
/// An exact figure keeps 4 significant digits (integers all of theirs); a figure with bounds keeps
/// 3, and its bounds are written to the same decimal place, so `250k / 60k..100k` reads
/// `3.13 [2.50 – 4.17]`. See Docs/Decisions/0002-human-number-format.md.
public enum NumberFormat {
  /// An exact figure: integers in full with separators, others to 4 significant digits.
  public static func exact(_ value: Double) -> String {
    if !value.isFinite { return nonFinite(value) }
    if value == value.rounded(), abs(value) < 1e15 {
      return grouped(value, decimals: 0)
    }
    if let scientific = scientificIfExtreme(value) { return scientific }
    return trimmed(rounded(value, significant: 4))
  }

  /// A figure with bounds; an unknown bound prints as `?`; one-sided figures read `at least` /
  /// `up to`, and a figure with no known bound `about`.
  public static func estimate(value: Double, low: Double?, high: Double?) -> String {
    if low == value, high == value { return exact(value) }
    if !value.isFinite { return nonFinite(value) }
    let reference = [value, low ?? 0, high ?? 0].map(abs).max() ?? 0
    let magnitude = abs(value) > 0 ? abs(value) : reference
    if reference >= 1e15 || (magnitude > 0 && magnitude < 1e-4) {
      let bound = { (number: Double?) in number.map { scientific($0) } ?? "?" }
      if low == value, high == nil { return "at least " + scientific(value) }
      if high == value, low == nil { return "up to " + scientific(value) }
      if low == nil, high == nil { return "about " + scientific(value) }
      return "\(scientific(value)) [\(bound(low)) – \(bound(high))]"
    }
    let (decimals, quantum) = precision(for: magnitude, significant: 3)
    let write = { (number: Double) in grouped((number / quantum).rounded() * quantum, decimals: decimals) }
    // A one-sided or "about" figure: a whole number as stated, else 3 significant digits.
    let stated = value == value.rounded() ? grouped(value, decimals: 0) : trimmed(write(value))
    if low == value, high == nil { return "at least " + stated }
    if high == value, low == nil { return "up to " + stated }
    if low == nil, high == nil { return "about " + stated }
    return "\(write(value)) [\(low.map(write) ?? "?") – \(high.map(write) ?? "?")]"
  }

  /// A table cell: the value as recorded, with separators, cut to 6 significant digits (never
  /// into the integer part) so a computed ratio does not print 16 digits of float noise.
  public static func cell(_ value: Double) -> String {
    if value.isNaN { return "" }
    if value.isInfinite { return nonFinite(value) }
    if let scientific = scientificIfExtreme(value) { return scientific }
    let (decimals, _) = precision(for: abs(value), significant: 6)
    let text = plain(value)
    if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) - 1 > decimals {
      return trimmed(grouped(value, decimals: decimals))
    }
    guard let dot = text.firstIndex(of: ".") else { return grouped(value, decimals: 0) }
    let integerPart = Double(text[..<dot]) ?? 0
    return (value < 0 && integerPart == 0 ? "-" : "") + grouped(integerPart, decimals: 0) + text[dot...]
  }

  /// The shortest round-tripping text of a double, without a trailing `.0` (as JSON and CSV use).
  public static func plain(_ value: Double) -> String {
    let text = "\(value)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  /// Infinity and NaN never come out of checked arithmetic, but a renderer must not hang on them.
  static func nonFinite(_ value: Double) -> String {
    value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞")
  }

  static func precision(for magnitude: Double, significant: Int) -> (decimals: Int, quantum: Double) {
    guard magnitude > 0 else { return (significant - 1, 1 / power10(significant - 1)) }
    let exponent = Int((magnitude.log10Floor))
    let place = exponent - significant + 1
    return place < 0 ? (-place, 1 / power10(-place)) : (0, power10(place))
  }

  static func rounded(_ value: Double, significant: Int) -> String {
    let (decimals, quantum) = precision(for: abs(value), significant: significant)
    if decimals == 0 { return grouped(value.rounded(), decimals: 0) }
    return grouped((value / quantum).rounded() * quantum, decimals: decimals)
  }

  static func scientificIfExtreme(_ value: Double) -> String? {
    let magnitude = abs(value)
    return magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-4) ? scientific(value) : nil
  }

  static func scientific(_ value: Double) -> String {
    guard value != 0 else { return "0" }
    guard value.isFinite else { return nonFinite(value) }
    var exponent = Int(abs(value).log10Floor)
    var mantissa = (scaled(value, byPowerOfTen: -exponent) * 1000).rounded() / 1000
    if abs(mantissa) >= 10 {
      // 9.9996 rounds to 10.000: move to the next power of ten.
      mantissa /= 10
      exponent += 1
    } else if abs(mantissa) < 1 {
      mantissa *= 10
      exponent -= 1
    }
    return trimmed(grouped(mantissa, decimals: 3)) + "e\(exponent)"
  }

  /// `value × 10^exponent` in steps small enough that neither 10^k nor the product overflows
  /// (subnormals need 10^324).
  static func scaled(_ value: Double, byPowerOfTen exponent: Int) -> Double {
    var result = value
    var remaining = exponent
    while remaining != 0 {
      let step = max(-100, min(100, remaining))
      result *= power10(step)
      remaining -= step
    }
    return result
  }

  /// Writes a value with a fixed number of decimals and `,` between groups of three digits.
  static func grouped(_ value: Double, decimals: Int) -> String {
    let scale = power10(decimals)
    let negative = value < 0 && (abs(value) * scale).rounded() > 0
    let units = (abs(value) * scale).rounded()
    // Int64 holds about 9.2e18; past that the digits would be invented anyway.
    guard units < 9e18, value.isFinite else { return value.isFinite ? scientific(value) : "\(value)" }
    let integer = (units / scale).rounded(.towardZero)
    let fraction = units - integer * scale
    var digits = String(Int64(integer))
    var groupedDigits = ""
    while digits.count > 3 {
      groupedDigits = "," + digits.suffix(3) + groupedDigits
      digits.removeLast(3)
    }
    var text = (negative ? "-" : "") + digits + groupedDigits
    if decimals > 0 {
      let fractionDigits = String(Int64(fraction))
      text += "." + String(repeating: "0", count: decimals - fractionDigits.count) + fractionDigits
    }
    return text
  }

  static func trimmed(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = text
    while result.hasSuffix("0") { result.removeLast() }
    if result.hasSuffix(".") { result.removeLast() }
    return result
  }

  static func power10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }
}

extension Double {
  /// ⌊log₁₀ x⌋ for positive finite x, exact at powers of ten.
  fileprivate var log10Floor: Double {
    guard isFinite, self > 0 else { return 0 }
    var exponent = 0.0
    var scaled = self
    while scaled >= 10 {
      scaled /= 10
      exponent += 1
    }
    while scaled < 1 {
      scaled *= 10
      exponent -= 1
    }
    return exponent
  }
}
