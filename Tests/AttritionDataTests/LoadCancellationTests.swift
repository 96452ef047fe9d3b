import AttritionData
import AttritionSDK
import Foundation
import Testing

/// A load stops when its cancellation holds (Ctrl-C in the REPL), whatever the file's format.
@Suite("Load cancellation")
struct LoadCancellationTests {
  /// 10,000 records: more than one poll interval of 4,096.
  static let records =
    "[" + (0..<10_000).map { #"{"date": "2024-01-01", "count": \#($0)}"# }.joined(separator: ",") + "]"

  /// One feature whose ring has 10,001 positions: polls happen inside a single geometry too.
  static let bigRing: String = {
    var ring = (0..<10_000).map { index in
      let angle = Double(index) / 10_000 * 2 * Double.pi
      return "[\(30 + cos(angle)), \(48 + sin(angle))]"
    }
    ring.append(ring[0])
    return #"{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [["#
      + ring.joined(separator: ",") + "]]}}"
  }()

  static func file(_ name: String, _ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "attrition-cancel-\(UUID().uuidString)-\(name)"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test("a requested cancellation stops a CSV, JSON or GeoJSON load with 'cancelled' naming the file")
  func cancelled() throws {
    let csv = try Self.file("big.csv", "count\n" + (0..<10_000).map(String.init).joined(separator: "\n"))
    let json = try Self.file("big.json", Self.records)
    let geojson = try Self.file("ring.geojson", Self.bigRing)
    defer { for path in [csv, json, geojson] { try? FileManager.default.removeItem(atPath: path) } }
    for path in [csv, json, geojson] {
      var options = LoadOptions()
      options.cancellation = LoadCancellation { true }
      #expect(throws: DataError.cancelled(file: path)) { try TableLoader.load(path: path, options: options) }
    }
  }

  @Test("a cancellation that never holds changes nothing")
  func notCancelled() throws {
    let json = try Self.file("big.json", Self.records)
    let geojson = try Self.file("ring.geojson", Self.bigRing)
    defer { for path in [json, geojson] { try? FileManager.default.removeItem(atPath: path) } }
    var options = LoadOptions()
    var asked = 0
    options.cancellation = LoadCancellation {
      asked += 1
      return false
    }
    #expect(try TableLoader.load(path: json, options: options).rowCount == 10_000)
    #expect(try TableLoader.load(path: geojson, options: options).rowCount == 1)
    #expect(asked == 2 + 2, "asked every 4,096 records or positions: twice for each file")
  }
}
