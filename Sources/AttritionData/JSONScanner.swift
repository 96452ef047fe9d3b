import AttritionSDK

/// A cursor over JSON text that reads one value at a time and reports errors with line:column.
///
/// Besides RFC 8259 JSON it accepts the bare token `NaN` that Python and pandas write (a missing
/// value); their `Infinity` and `-Infinity`, and numbers beyond the largest double, are refused
/// with the place they are at, since a table holds finite numbers. Objects and arrays nested inside a record are validated without recursion and
/// kept as their JSON text, so no depth of nesting can exhaust the stack.
struct JSONScanner {
  /// The text.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The file name used in errors.
  let file: String
  /// The offset of the next byte to read.
  var index: Int

  /// Creates a scanner at the start of the text, past a byte order mark.
  init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
    self.bytes = bytes
    self.file = file
    self.index = UTF8Text.byteOrderMarkLength(of: bytes)
  }

  /// The next byte, or nil at the end of the text.
  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// Moves past spaces, tabs and line breaks.
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case .space, .tab, .lineFeed, .carriageReturn: index += 1
      default: return
      }
    }
  }

  /// Moves past `byte`, or throws that `expected` was expected.
  mutating func expect(_ byte: UInt8, _ expected: String) throws(DataError) {
    guard peek == byte else { throw malformed(expected: expected) }
    index += 1
  }

  /// What kind of value starts at the cursor ("an object", "a number", …), or nil when none does.
  var valueKind: String? {
    switch peek {
    case UInt8(ascii: "{"): "an object"
    case UInt8(ascii: "["): "an array"
    case .quote: "a string"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
    case UInt8(ascii: "n"): "null"
    case .some(let byte) where byte.isDigit || byte == .minus || byte == UInt8(ascii: "N") || byte == UInt8(ascii: "I"):
      "a number"
    default: nil
    }
  }

  /// Reads the value at the cursor (after whitespace); an object or array becomes its JSON text.
  mutating func value() throws(DataError) -> JSONCell {
    skipWhitespace()
    let start = index
    switch peek {
    case .quote:
      return .string(try string())
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      try skipContainer()
      return .nested(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    case UInt8(ascii: "N"):
      try literal("NaN")
      return .number(.nan)
    case UInt8(ascii: "I"):
      try literal("Infinity")
      throw notFinite(from: start)
    case .some(let byte) where byte.isDigit || byte == .minus:
      return try number()
    default:
      throw malformed(expected: "a value")
    }
  }

  /// Reads the string whose opening quote is at the cursor, undoing its escapes.
  mutating func string() throws(DataError) -> String {
    let open = index
    index += 1
    let start = index
    while index < bytes.count {
      switch bytes[index] {
      case .quote:
        index += 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
      case .backslash:
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        try unescape(into: &decoded, opening: open)
        return String(decoding: decoded, as: UTF8.self)
      case 0..<0x20:
        throw malformed(expected: "an escape such as '\\n' instead of a control character in a string")
      default:
        index += 1
      }
    }
    throw malformed(expected: "a closing '\"' for the string opened here", at: open, found: "end of file")
  }

  /// An error saying that `expected` was expected at `offset` (the cursor by default).
  func malformed(expected: String, at offset: Int? = nil, found: String? = nil) -> DataError {
    let offset = offset ?? index
    return .malformedJSON(
      file: file, at: location(of: offset), expected: expected, found: found ?? description(of: offset)
    )
  }

  /// The line and column of a byte, for errors.
  func location(of offset: Int) -> SourceLocation {
    UTF8Text.location(of: offset, in: bytes)
  }

  /// The text at a byte for messages: `'x'`, `a line break` or `end of file`.
  func description(of offset: Int) -> String {
    guard offset < bytes.count else { return "end of file" }
    if bytes[offset] == .lineFeed || bytes[offset] == .carriageReturn { return "a line break" }
    return DataError.quoted(UTF8Text.character(at: offset, in: bytes))
  }

  /// Moves past `word`, or throws that it was expected.
  private mutating func literal(_ word: StaticString) throws(DataError) {
    let end = min(index + word.utf8CodeUnitCount, bytes.count)
    guard CellSyntax.matches(UnsafeBufferPointer(rebasing: bytes[index..<end]), word) else {
      throw malformed(expected: DataError.quoted(word.description))
    }
    index = end
  }

  /// Reads a number: an integer when it has neither fraction nor exponent and fits in `Int64`.
  private mutating func number() throws(DataError) -> JSONCell {
    let start = index
    if peek == .minus {
      index += 1
      if peek == UInt8(ascii: "I") {
        try literal("Infinity")
        throw notFinite(from: start)
      }
    }
    try digits(expected: "a digit", integerPart: true)
    var isInteger = true
    if peek == .dot {
      index += 1
      isInteger = false
      try digits(expected: "a digit after the decimal point")
    }
    if peek == .lowerE || peek == .upperE {
      index += 1
      isInteger = false
      if peek == .plus || peek == .minus { index += 1 }
      try digits(expected: "a digit in the exponent")
    }
    let token = UnsafeBufferPointer(rebasing: bytes[start..<index])
    if isInteger, let value = CellSyntax.integer(token) { return .integer(value) }
    let value = CellSyntax.number(token) ?? .nan
    guard value.isFinite else { throw notFinite(from: start) }
    return .number(value)
  }

  /// The error for a number that is infinite (`Infinity`) or beyond the largest double (`1e400`),
  /// which a table cannot hold: made missing it would lose the value without a word.
  private func notFinite(from start: Int) -> DataError {
    let at = location(of: start)
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    return .unreadableCell(file: file, place: "\(at.line):\(at.column)", cell: text, problem: .notFinite)
  }

  /// Moves past a run of digits, or throws when there is none; an integer part that starts with
  /// `0` ends there, as JSON allows no leading zeros.
  private mutating func digits(expected: String, integerPart: Bool = false) throws(DataError) {
    guard let first = peek, first.isDigit else { throw malformed(expected: expected) }
    index += 1
    if integerPart && first == .zero { return }
    while let byte = peek, byte.isDigit { index += 1 }
  }

  /// Moves past the object or array at the cursor, checking its grammar without recursion.
  private mutating func skipContainer() throws(DataError) {
    enum Expecting { case value, key, separator }
    var closers: [UInt8] = []
    var expecting = Expecting.value
    while true {
      skipWhitespace()
      switch expecting {
      case .value:
        guard let opener = peek, opener == UInt8(ascii: "{") || opener == UInt8(ascii: "[") else {
          _ = try value()
          expecting = .separator
          continue
        }
        let closer = opener == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        index += 1
        skipWhitespace()
        if peek == closer {
          index += 1
          expecting = .separator
        } else {
          closers.append(closer)
          expecting = closer == UInt8(ascii: "}") ? .key : .value
        }
      case .key:
        guard peek == .quote else { throw malformed(expected: "a key in double quotes") }
        _ = try string()
        skipWhitespace()
        try expect(.colon, "':' after the key")
        expecting = .value
      case .separator:
        guard let closer = closers.last else { return }
        if peek == .comma {
          index += 1
          expecting = closer == UInt8(ascii: "}") ? .key : .value
        } else if peek == closer {
          index += 1
          closers.removeLast()
        } else {
          throw malformed(expected: closer == UInt8(ascii: "}") ? "',' or '}'" : "',' or ']'")
        }
      }
    }
  }
}
