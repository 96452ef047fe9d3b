import Testing

@testable import AttritionREPL

@Suite("UTF-8 from the terminal")
struct UTF8StreamTests {
  func decode(_ chunks: [[UInt8]]) -> String {
    var stream = UTF8Stream()
    var scalars = String.UnicodeScalarView()
    for chunk in chunks {
      stream.append(chunk)
      while let scalar = stream.next() { scalars.append(scalar) }
    }
    if let rest = stream.flushIncomplete() { scalars.append(rest) }
    return String(scalars)
  }

  @Test("a character split across reads waits for its rest")
  func split() {
    #expect(decode([[0x6B, 0x6D, 0xC2], [0xB2]]) == "km²")
    #expect(decode([[0xF0, 0x9F], [0x98], [0x80]]) == "😀")
  }

  @Test("invalid bytes become U+FFFD and decoding goes on")
  func invalid() {
    #expect(decode([[0x31, 0xFF, 0x32]]) == "1\u{FFFD}2")
    #expect(decode([[0xC0, 0xAF]]) == "\u{FFFD}\u{FFFD}")
    #expect(decode([[0xED, 0xA0, 0x80]]) == "\u{FFFD}\u{FFFD}\u{FFFD}")
    #expect(decode([[0xE2, 0x28]]) == "\u{FFFD}(")
    #expect(decode([[0xE2, 0x82]]) == "\u{FFFD}")
  }
}
