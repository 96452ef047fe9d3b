/// The tags, text and comments of an HTML fragment, read the way a browser's tokenizer reads them
/// where it matters for safety: tag and attribute names case-insensitive, attribute values quoted
/// or not with character references decoded, a tag left open at the end dropped, comments and
/// `<!…>`/`<?…>` constructs skipped whole.
struct HTMLTagScanner {
  /// One attribute of a start tag: the name in lower case, the value decoded.
  struct Attribute: Equatable {
    /// The name, in lower case.
    var name: String
    /// The value with character references decoded; empty for an attribute without one.
    var value: String
  }

  /// What the scanner read.
  enum Token: Equatable {
    /// Text between tags, as written (character references and all); never holds `<`.
    case text(String)
    /// A `<` that starts no tag: text.
    case lessThan
    /// A comment, a doctype, a processing instruction or a tag left open at the end.
    case ignored
    /// A start tag: its name in lower case, its attributes (the first of each name), and
    /// whether it ended with `/>`.
    case startTag(String, [Attribute], selfClosing: Bool)
    /// An end tag, its name in lower case.
    case endTag(String)
  }

  private let bytes: [UInt8]
  private var index = 0

  /// A scanner at the start of `html`.
  init(_ html: String) {
    bytes = Array(html.utf8)
  }

  /// The next token, or nil at the end.
  mutating func next() -> Token? {
    guard index < bytes.count else { return nil }
    guard bytes[index] == UInt8(ascii: "<") else {
      let start = index
      while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
      return .text(String(decoding: bytes[start..<index], as: UTF8.self))
    }
    let after = index + 1
    guard after < bytes.count else {
      index = after
      return .lessThan
    }
    switch bytes[after] {
    case UInt8(ascii: "!"):
      if bytes[after...].starts(with: Array("!--".utf8)) {
        index = after + 3
        skip(past: Array("-->".utf8))
      } else {
        index = after
        skip(past: [UInt8(ascii: ">")])
      }
      return .ignored
    case UInt8(ascii: "?"):
      index = after
      skip(past: [UInt8(ascii: ">")])
      return .ignored
    case UInt8(ascii: "/"):
      guard after + 1 < bytes.count, Self.isLetter(bytes[after + 1]) else {
        index = after
        skip(past: [UInt8(ascii: ">")])
        return .ignored
      }
      index = after + 1
      let name = readName()
      skip(past: [UInt8(ascii: ">")])
      return .endTag(name)
    case let first where Self.isLetter(first):
      index = after
      return startTag()
    default:
      index = after
      return .lessThan
    }
  }

  /// Skips everything up to and including the end tag of `name` (raw text: scripts and the like
  /// are not read as markup), or to the end.
  mutating func skipContent(of name: String) {
    let closing = Array("</\(name)".utf8)
    while index < bytes.count {
      if Self.lowercase(bytes[index]) == closing[0], index + closing.count <= bytes.count,
        zip(bytes[index..<(index + closing.count)], closing).allSatisfy({ Self.lowercase($0) == $1 })
      {
        let end = index + closing.count
        if end == bytes.count || Self.endsName(bytes[end]) {
          index = end
          skip(past: [UInt8(ascii: ">")])
          return
        }
      }
      index += 1
    }
  }

  private mutating func startTag() -> Token {
    let name = readName()
    var attributes: [Attribute] = []
    var selfClosing = false
    while true {
      while index < bytes.count, Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
        selfClosing = bytes[index] == UInt8(ascii: "/")
        index += 1
      }
      guard index < bytes.count else { return .ignored }
      if bytes[index] == UInt8(ascii: ">") {
        index += 1
        return .startTag(name, attributes, selfClosing: selfClosing)
      }
      selfClosing = false
      let attribute = readAttribute()
      if !attributes.contains(where: { $0.name == attribute.name }) { attributes.append(attribute) }
    }
  }

  private mutating func readAttribute() -> Attribute {
    let start = index
    // A leading `=` belongs to the name, as in a browser.
    if bytes[index] == UInt8(ascii: "=") { index += 1 }
    while index < bytes.count, !Self.isSpace(bytes[index]), !"/>=".utf8.contains(bytes[index]) { index += 1 }
    let name = String(decoding: bytes[start..<index].map(Self.lowercase), as: UTF8.self)
    var probe = index
    while probe < bytes.count, Self.isSpace(bytes[probe]) { probe += 1 }
    guard probe < bytes.count, bytes[probe] == UInt8(ascii: "=") else { return Attribute(name: name, value: "") }
    index = probe + 1
    while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    guard index < bytes.count else { return Attribute(name: name, value: "") }
    let valueStart: Int
    let valueEnd: Int
    if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
      let quote = bytes[index]
      valueStart = index + 1
      index = valueStart
      while index < bytes.count, bytes[index] != quote { index += 1 }
      valueEnd = index
      if index < bytes.count { index += 1 }
    } else {
      valueStart = index
      while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
      valueEnd = index
    }
    let raw = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
    return Attribute(name: name, value: CharacterReferences.decode(raw))
  }

  private mutating func readName() -> String {
    let start = index
    while index < bytes.count, !Self.endsName(bytes[index]) { index += 1 }
    return String(decoding: bytes[start..<index].map(Self.lowercase), as: UTF8.self)
  }

  private mutating func skip(past terminator: [UInt8]) {
    while index < bytes.count {
      if bytes[index...].starts(with: terminator) {
        index += terminator.count
        return
      }
      index += 1
    }
  }

  private static func endsName(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercase(byte))
  }

  private static func lowercase(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }
}
