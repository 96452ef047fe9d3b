extension CellSyntax {
  /// Exact powers of ten that a `Double` holds, for the fast decimal path.
  private static let powersOfTen: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  /// A decimal number read without building a `String` when it has at most 15 significant digits
  /// and a small exponent (then the result is the correctly rounded one, by Clinger's fast path);
  /// otherwise as ``number(_:)`` reads it. `NaN` is returned as `.nan`.
  static func fastNumber(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
    let cell = trimmed(cell)
    guard let base = cell.baseAddress, !cell.isEmpty else { return nil }
    var index = 0
    let end = cell.count
    var negative = false
    if base[0] == .minus || base[0] == .plus {
      negative = base[0] == .minus
      index = 1
    }
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var sawDot = false
    var sawDigit = false
    while index < end {
      let byte = base[index]
      if byte.isDigit {
        sawDigit = true
        if digits > 0 || byte != .zero {
          digits += 1
          guard digits <= 15 else { return number(cell) }
        }
        mantissa = mantissa &* 10 &+ UInt64(byte &- .zero)
        if sawDot { fractionDigits += 1 }
      } else if byte == .dot, !sawDot {
        sawDot = true
      } else {
        return number(cell)
      }
      index += 1
    }
    guard sawDigit, fractionDigits <= 22 else {
      return number(cell)
    }
    let value = Double(mantissa) / powersOfTen[fractionDigits]
    return negative ? -value : value
  }
}
