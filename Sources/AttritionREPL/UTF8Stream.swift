/// Decodes UTF-8 that arrives in pieces from a terminal: complete characters come out as soon as
/// their last byte is in, a character split across reads waits for the rest, and a byte that
/// cannot start or continue one comes out as U+FFFD, so invalid input never stops the editor.
struct UTF8Stream {
  private var bytes: [UInt8] = []
  private var position = 0

  /// Adds bytes read from the terminal.
  mutating func append(_ more: some Sequence<UInt8>) {
    if position > 4_096, position == bytes.count {
      bytes.removeAll(keepingCapacity: true)
      position = 0
    }
    bytes.append(contentsOf: more)
  }

  /// The bytes not decoded yet: input that arrived ahead of the line being read.
  var waiting: ArraySlice<UInt8> { bytes[min(position, bytes.count)...] }

  /// Whether no complete character is waiting.
  var isEmpty: Bool { position >= bytes.count }

  /// The next character, or nil when none is complete yet.
  mutating func next() -> Unicode.Scalar? {
    guard position < bytes.count else { return nil }
    let lead = bytes[position]
    let length: Int
    let initial: UInt32
    switch lead {
    case 0x00...0x7F:
      position += 1
      return Unicode.Scalar(lead)
    case 0xC2...0xDF: (length, initial) = (2, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, initial) = (3, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, initial) = (4, UInt32(lead & 0x07))
    default:
      position += 1
      return UTF8Stream.replacement
    }
    var value = initial
    var index = position + 1
    while index < position + length {
      guard index < bytes.count else { return nil }  // the rest has not arrived yet
      let byte = bytes[index]
      guard byte & 0xC0 == 0x80, UTF8Stream.allowed(second: byte, after: lead, at: index - position) else {
        position = index
        return UTF8Stream.replacement
      }
      value = value << 6 | UInt32(byte & 0x3F)
      index += 1
    }
    position = index
    return Unicode.Scalar(value) ?? UTF8Stream.replacement
  }

  /// Gives up on a character whose rest never came: what is buffered comes out replaced.
  mutating func flushIncomplete() -> Unicode.Scalar? {
    guard position < bytes.count else { return nil }
    position = bytes.count
    return UTF8Stream.replacement
  }

  static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Overlong forms, surrogates and values past U+10FFFF are refused at the second byte.
  private static func allowed(second byte: UInt8, after lead: UInt8, at offset: Int) -> Bool {
    guard offset == 1 else { return true }
    switch lead {
    case 0xE0: return byte >= 0xA0
    case 0xED: return byte <= 0x9F
    case 0xF0: return byte >= 0x90
    case 0xF4: return byte <= 0x8F
    default: return true
    }
  }
}
