import AttritionSDK

extension GeoJSONParser {
  /// Moves past the `{` at the cursor (after whitespace) and returns its offset, or throws that
  /// `what` was expected there.
  mutating func openObject(_ what: String) throws(DataError) -> Int {
    scanner.skipWhitespace()
    let start = scanner.index
    guard scanner.peek == UInt8(ascii: "{") else {
      throw scanner.malformed(expected: what, found: scanner.valueKind ?? scanner.description(of: start))
    }
    scanner.index += 1
    return start
  }

  /// The next key of the open object and the offset of its opening quote, with the cursor after
  /// its colon; nil once the closing `}` has been read. `isFirst` tracks whether a `,` is due.
  mutating func nextKey(_ isFirst: inout Bool) throws(DataError) -> (String, Int)? {
    scanner.skipWhitespace()
    if scanner.peek == UInt8(ascii: "}") {
      scanner.index += 1
      return nil
    }
    if !isFirst {
      try scanner.expect(.comma, "',' or '}' after a value")
      scanner.skipWhitespace()
    }
    isFirst = false
    let keyOffset = scanner.index
    guard scanner.peek == .quote else { throw scanner.malformed(expected: "a key in double quotes") }
    let key = try scanner.string()
    scanner.skipWhitespace()
    try scanner.expect(.colon, "':' after the key")
    return (key, keyOffset)
  }

  /// Moves past the `[` at the cursor (after whitespace), or throws that `what` was expected.
  mutating func openArray(_ what: String) throws(DataError) {
    scanner.skipWhitespace()
    guard scanner.peek == UInt8(ascii: "[") else {
      throw scanner.malformed(expected: what, found: scanner.valueKind ?? scanner.description(of: scanner.index))
    }
    scanner.index += 1
  }

  /// Whether the open array has another element, with the cursor before it; false once the
  /// closing `]` has been read. `isFirst` tracks whether a `,` is due.
  mutating func nextElement(_ isFirst: inout Bool) throws(DataError) -> Bool {
    scanner.skipWhitespace()
    if scanner.peek == UInt8(ascii: "]") {
      scanner.index += 1
      return false
    }
    if !isFirst {
      try scanner.expect(.comma, "',' or ']' after an element")
      scanner.skipWhitespace()
    }
    isFirst = false
    return true
  }
}
