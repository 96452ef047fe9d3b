import AttritionCore
import Foundation
import Testing

/// Runs `territory` code in a session and reads its results back from the JSON format.
enum TerritoryProbe {
  /// One estimate as `--format json` writes it.
  struct Figure {
    var value: Double
    var low: Double?
    var high: Double?
    var unit: String
    var sources: [String]
  }

  /// The package root: three levels up from this file (`<root>/Tests/AttritionModulesTests/…`).
  static let root: String = {
    var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()

  /// A fixture's path.
  static func fixture(_ name: String) -> String { root + "/Tests/Fixtures/data/" + name }

  /// A shared dataset's path (`<root>/../shared/datasets/…`); the datasets are required.
  static func dataset(_ relative: String) -> String {
    let shared = root + "/../shared/datasets"
    if FileManager.default.fileExists(atPath: shared) { return shared + "/" + relative }
    // Without ../shared, `make test` pulls the same files into the first folder of ATTRITION_DATA.
    let pulled = ProcessInfo.processInfo.environment["ATTRITION_DATA"]?.split(separator: ":").first
    return (pulled.map(String.init) ?? shared) + "/" + relative
  }

  /// The JSON objects of every result `code` printed and the warnings it gave; records an issue
  /// when it did not succeed.
  static func run(
    _ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (results: [[String: Any]], warnings: [String]) {
    let outcome = try ExampleRunner.run(code, format: .json)
    #expect(
      outcome.succeeded, "\(code) failed: \(outcome.errors.joined(separator: "\n"))", sourceLocation: sourceLocation)
    let results = try outcome.output.map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    return (results, outcome.errors)
  }

  /// The estimate `code` evaluates to (its last result).
  static func figure(_ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Figure {
    let object = try #require(try run(code, sourceLocation: sourceLocation).results.last, "\(code) printed nothing")
    #expect(object["type"] as? String == "estimate", "\(code) is not an estimate: \(object)")
    return Figure(
      value: try #require(object["value"] as? Double), low: object["low"] as? Double, high: object["high"] as? Double,
      unit: object["unit"] as? String ?? "", sources: object["sources"] as? [String] ?? [])
  }

  /// The rows of the table `code` evaluates to, and the table's sources.
  static func table(_ code: String) throws -> (rows: [[String: Any]], sources: [String]) {
    let object = try #require(try run(code).results.last, "\(code) printed nothing")
    #expect(object["type"] as? String == "table", "\(code) is not a table: \(object)")
    return (object["rows"] as? [[String: Any]] ?? [], object["sources"] as? [String] ?? [])
  }

  /// Runs code that must fail: it prints no result and reports a diagnostic with `id`; returns the
  /// diagnostics printed.
  @discardableResult
  static func failure(
    _ code: String, id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> String {
    let outcome = try ExampleRunner.run(code)
    #expect(!outcome.succeeded, "\(code) succeeded", sourceLocation: sourceLocation)
    #expect(outcome.output.isEmpty, "\(code) printed \(outcome.output)", sourceLocation: sourceLocation)
    let errors = outcome.errors.joined(separator: "\n")
    #expect(errors.contains("[\(id)]"), "\(code) reported: \(errors)", sourceLocation: sourceLocation)
    return errors
  }

  /// Whether `a` is within a relative `tolerance` of `b`.
  static func close(_ a: Double?, _ b: Double, relative tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
  }
}
