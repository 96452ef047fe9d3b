import AttritionSDK

/// Finds the `type` of a GeoJSON document without parsing it, to route a `.json` file and to pick
/// the reader's entry point.
///
/// The scan only follows strings and nesting, so it is linear, never recurses, and never fails:
/// malformed text yields nil or a guess that the real parser then rejects with a located error.
enum GeoJSONSniffer {
  /// The types a GeoJSON document's top-level object can have.
  static let documentTypes: Set<String> = [
    "FeatureCollection", "Feature", "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
    "GeometryCollection",
  ]

  /// The string value of the top-level object's `type` key and the offset of that value, or nil
  /// when the text is not an object or has no such key.
  static func topLevelType(of bytes: UnsafeBufferPointer<UInt8>) -> (type: String, offset: Int)? {
    var index = UTF8Text.byteOrderMarkLength(of: bytes)
    index = skipWhitespace(bytes, from: index)
    guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
    index += 1
    var depth = 1
    // At depth 1 a string is a key when it follows `{` or `,`; remember the last key seen there.
    var expectingKey = true
    var lastKeyIsType = false
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case .quote:
        let start = index + 1
        let end = stringEnd(bytes, from: start)
        if depth == 1 {
          if expectingKey {
            lastKeyIsType = matches(bytes, start, end, "type")
          } else if lastKeyIsType {
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), index)
          }
        }
        index = min(end + 1, bytes.count)
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return nil }
      case .comma where depth == 1:
        expectingKey = true
        lastKeyIsType = false
      case .colon where depth == 1:
        expectingKey = false
      default:
        break
      }
      index += 1
    }
    return nil
  }

  /// Whether the text is a GeoJSON object: its top-level `type` names a GeoJSON type.
  static func isGeoJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    topLevelType(of: bytes).map { documentTypes.contains($0.type) } ?? false
  }

  private static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, [.space, .tab, .lineFeed, .carriageReturn].contains(bytes[index]) { index += 1 }
    return index
  }

  /// The offset of the quote closing a string whose contents start at `start` (or the end of the text).
  private static func stringEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      if bytes[index] == .backslash {
        index += 2
        continue
      }
      if bytes[index] == .quote { return index }
      index += 1
    }
    return bytes.count
  }

  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: String) -> Bool {
    let utf8 = Array(word.utf8)
    guard end - start == utf8.count else { return false }
    return utf8.indices.allSatisfy { bytes[start + $0] == utf8[$0] }
  }
}
