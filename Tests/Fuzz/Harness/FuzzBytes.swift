/// Reads typed values off the front of a fuzzer's input; past the end, every value is zero or empty.
struct FuzzBytes {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Whether every byte was read.
  var isAtEnd: Bool { index >= bytes.count }

  /// The next byte.
  mutating func byte() -> UInt8 {
    guard index < bytes.count else { return 0 }
    defer { index += 1 }
    return bytes[index]
  }

  /// The next eight bytes as a double's bit pattern: any double, ∞ and NaN included.
  mutating func double() -> Double {
    var pattern: UInt64 = 0
    for _ in 0..<8 { pattern = pattern << 8 | UInt64(byte()) }
    return Double(bitPattern: pattern)
  }

  /// The next four bytes as a signed number.
  mutating func int32() -> Int32 {
    var pattern: UInt32 = 0
    for _ in 0..<4 { pattern = pattern << 8 | UInt32(byte()) }
    return Int32(bitPattern: pattern)
  }

  /// Text up to the next NUL byte (or the end), at most 64 bytes of it.
  mutating func text() -> String {
    var collected: [UInt8] = []
    while !isAtEnd {
      let next = byte()
      if next == 0 { break }
      if collected.count < 64 { collected.append(next) }
    }
    return String(decoding: collected, as: UTF8.self)
  }
}
