import AttritionSDK

/// Helpers over raw UTF-8 text: validation, the byte order mark, and positions for messages.
enum UTF8Text {
  /// 3 when the text starts with a UTF-8 byte order mark, else 0.
  static func byteOrderMarkLength(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  /// Checks that a whole file is UTF-8, as the JSON readers need before they parse it.
  ///
  /// - Throws: ``DataError/invalidUTF8(file:offset:line:)`` at the first invalid byte.
  static func requireValid(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(DataError) {
    if let offset = firstInvalidOffset(in: bytes) {
      throw .invalidUTF8(file: file, offset: offset, line: location(of: offset, in: bytes).line)
    }
  }

  /// The offset of the first byte that is not part of well-formed UTF-8, or nil when all are.
  ///
  /// Rejects stray continuation bytes, truncated sequences, overlong forms, surrogates and code
  /// points above U+10FFFF, as the Unicode standard requires.
  static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let end = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    while index < end {
      // Eight ASCII bytes at a time: most data files are ASCII but for a few names.
      while index + 8 <= end,
        UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
      }
      guard index < end else { break }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80  // the range the second byte must fall in
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, low) = (3, 0xA0)
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: (length, high) = (3, 0x9F)
      case 0xF0: (length, low) = (4, 0x90)
      case 0xF1...0xF3: length = 4
      case 0xF4: (length, high) = (4, 0x8F)
      default: return index
      }
      guard index + length <= end else { return index }
      guard (low...high).contains(bytes[index + 1]) else { return index }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
        return index
      }
      index += length
    }
    return nil
  }

  /// The 1-based line, 1-based column (in Unicode scalars) and 0-based scalar offset of a byte.
  ///
  /// Lines break at LF, CRLF and a lone CR. A byte order mark is not counted.
  static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    var line = 1
    var column = 1
    var scalars = 0
    var index = byteOrderMarkLength(of: bytes)
    let stop = min(offset, bytes.count)
    while index < stop {
      let byte = bytes[index]
      index += 1
      guard byte & 0xC0 != 0x80 else { continue }
      scalars += 1
      if byte == .lineFeed || (byte == .carriageReturn && (index >= bytes.count || bytes[index] != .lineFeed)) {
        line += 1
        column = 1
      } else if byte != .carriageReturn {
        column += 1
      }
    }
    return SourceLocation(line: line, column: column, offset: scalars)
  }

  /// The character starting at a byte, for messages; the byte in hex when it starts no valid one.
  static func character(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard offset < bytes.count else { return "" }
    let lead = bytes[offset]
    let length =
      switch lead {
      case 0x00..<0x80: 1
      case 0xC2...0xDF: 2
      case 0xE0...0xEF: 3
      case 0xF0...0xF4: 4
      default: 0
      }
    let slice = UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + max(length, 1), bytes.count)])
    guard lead >= 0x20, lead != 0x7F, length > 0, slice.count == length, firstInvalidOffset(in: slice) == nil else {
      return "\\x" + (lead < 0x10 ? "0" : "") + String(lead, radix: 16, uppercase: true)
    }
    return String(decoding: slice, as: UTF8.self)
  }
}
