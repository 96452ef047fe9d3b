import AttritionSDK

extension JSONScanner {
  /// Continues reading a string from the backslash at the cursor, appending its decoded bytes to
  /// `decoded`, up to and past the closing quote.
  ///
  /// `\uXXXX` escapes are decoded and surrogate pairs combined; a lone surrogate stands for no
  /// character and is refused (replacing it would change the text without a word).
  mutating func unescape(into decoded: inout [UInt8], opening open: Int) throws(DataError) {
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case .quote:
        index += 1
        return
      case .backslash:
        index += 1
        guard let escape = peek else { continue }
        index += 1
        switch escape {
        case .quote, .backslash, UInt8(ascii: "/"): decoded.append(escape)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(.lineFeed)
        case UInt8(ascii: "r"): decoded.append(.carriageReturn)
        case UInt8(ascii: "t"): decoded.append(.tab)
        case UInt8(ascii: "u"):
          let scalar = try unicodeEscape()
          UTF8.encode(scalar) { decoded.append($0) }
        default:
          throw malformed(expected: "an escape such as '\\n', '\\\"' or '\\u00e9'", at: index - 1)
        }
      case 0..<0x20:
        throw malformed(expected: "an escape such as '\\n' instead of a control character in a string")
      default:
        decoded.append(byte)
        index += 1
      }
    }
    throw malformed(expected: "a closing '\"' for the string opened here", at: open, found: "end of file")
  }

  /// Reads the four hex digits after `\u` (and a low surrogate's escape after a high one).
  private mutating func unicodeEscape() throws(DataError) -> Unicode.Scalar {
    let start = index - 2
    let first = try hexQuad()
    guard (0xD800..<0xDC00).contains(first) else {
      guard let scalar = Unicode.Scalar(first) else { throw loneSurrogate(at: start) }
      return scalar
    }
    if index + 1 < bytes.count, bytes[index] == .backslash, bytes[index + 1] == UInt8(ascii: "u") {
      index += 2
      let second = try hexQuad()
      if (0xDC00..<0xE000).contains(second),
        let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
      {
        return scalar
      }
    }
    throw loneSurrogate(at: start)
  }

  /// The error for the `\uXXXX` escape at `start` that is half of a surrogate pair.
  private func loneSurrogate(at start: Int) -> DataError {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + 6]), as: UTF8.self)
    let at = location(of: start)
    return .unreadableCell(file: file, place: "\(at.line):\(at.column)", cell: text, problem: .loneSurrogate)
  }

  /// Reads four hexadecimal digits.
  private mutating func hexQuad() throws(DataError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek, let digit = Self.hexValue(byte) else {
        throw malformed(expected: "four hexadecimal digits after '\\u'")
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  /// The value of a hexadecimal digit, or nil.
  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }
}
