extension Unit: CustomStringConvertible {
  /// The unit as printed: `km²/day`, `tanks/month`, `/day`, or the empty string for plain numbers.
  public var description: String {
    let numerator = factors.filter { $0.exponent > 0 }
    let denominator = factors.filter { $0.exponent < 0 }
    var text = numerator.map { Self.spell($0.base, $0.exponent) }.joined(separator: "·")
    if !denominator.isEmpty {
      let parts = denominator.map { Self.spell($0.base, -$0.exponent) }
      text += parts.count == 1 ? "/" + parts[0] : "/(" + parts.joined(separator: "·") + ")"
    }
    return text
  }

  private static func spell(_ base: BaseUnit, _ exponent: Int) -> String {
    guard exponent != 1 else { return base.symbol }
    let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let digits = String(exponent).map { character -> Character in
      character.wholeNumberValue.map { superscripts[$0] } ?? "⁻"
    }
    return base.symbol + String(digits)
  }
}
