import AttritionCore
import Foundation
import Testing

/// Runs casualty code in a session and reads its results back from the JSON format.
enum CasualtyProbe {
  /// One estimate as `--format json` writes it.
  struct Figure {
    var value: Double
    var low: Double?
    var high: Double?
    var unit: String
    var sources: [String]
  }

  /// The JSON object of the last result `code` printed; records an issue when it did not succeed.
  static func json(_ code: String) throws -> [String: Any] {
    let outcome = try ExampleRunner.run(code, format: .json)
    #expect(outcome.succeeded, "\(code) failed: \(outcome.errors.joined(separator: "\n"))")
    let line = try #require(outcome.output.last, "\(code) printed nothing")
    return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  /// The estimate `code` evaluates to.
  static func figure(_ code: String) throws -> Figure {
    let object = try json(code)
    #expect(object["type"] as? String == "estimate", "\(code) is not an estimate: \(object)")
    return Figure(
      value: try #require(object["value"] as? Double), low: object["low"] as? Double,
      high: object["high"] as? Double, unit: object["unit"] as? String ?? "",
      sources: object["sources"] as? [String] ?? [])
  }

  /// The rows of the table `code` evaluates to, and the table's sources.
  static func table(_ code: String) throws -> (rows: [[String: Any]], sources: [String]) {
    let object = try json(code)
    #expect(object["type"] as? String == "table", "\(code) is not a table: \(object)")
    return (object["rows"] as? [[String: Any]] ?? [], object["sources"] as? [String] ?? [])
  }

  /// Runs code that must fail: it prints no result and reports a diagnostic with `id`.
  static func expectFailure(_ code: String, id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    let outcome = try ExampleRunner.run(code)
    #expect(!outcome.succeeded, "\(code) succeeded", sourceLocation: sourceLocation)
    #expect(outcome.output.isEmpty, "\(code) printed \(outcome.output)", sourceLocation: sourceLocation)
    let errors = outcome.errors.joined(separator: "\n")
    #expect(errors.contains("[\(id)]"), "\(code) reported: \(errors)", sourceLocation: sourceLocation)
  }

  /// Whether two doubles agree to a relative 1e-9.
  static func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= 1e-9 * max(1, abs(b))
  }
}
