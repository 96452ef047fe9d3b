import AttritionCore
import Foundation
import Testing

/// Paths to the shared real datasets and helpers to read a session's JSON results, for the
/// `series` and `equipment` tests.
enum SeriesTestSupport {
  /// The project's root, found from this file's path (Tests/AttritionModulesTests/…).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The absolute path of a file under `../shared/datasets`; the test fails with the path when it is missing.
  static func dataset(_ relative: String) throws -> String {
    var path = root.appendingPathComponent("../shared/datasets/\(relative)").standardizedFileURL.path
    if !FileManager.default.fileExists(atPath: path),
      let pulled = ProcessInfo.processInfo.environment["ATTRITION_DATA"]?.split(separator: ":").first
    {
      // Without ../shared, `make test` pulls the same files into the first folder of ATTRITION_DATA.
      path = String(pulled) + "/" + relative
    }
    try #require(
      FileManager.default.fileExists(atPath: path),
      "the real dataset \(path) is missing: these tests need ../shared/datasets next to the project")
    return path
  }

  /// The General Staff equipment file, loaded as `gs` by a line of code to put before a test's own.
  static func loadGeneralStaff() throws -> String {
    "let gs = load(\"\(try dataset("general-staff/russia_losses_equipment.json"))\")\n"
  }

  /// Runs code and returns its human-format output, failing the test on any error.
  static func human(_ code: String) throws -> String {
    let outcome = try ExampleRunner.run(code)
    #expect(outcome.succeeded, "\(code) failed: \(outcome.errors.joined(separator: "\n"))")
    return outcome.output.joined(separator: "\n")
  }

  /// Runs code in the JSON format and returns its last result as an object.
  static func json(_ code: String) throws -> [String: Any] {
    let outcome = try ExampleRunner.run(code, format: .json)
    #expect(outcome.succeeded, "\(code) failed: \(outcome.errors.joined(separator: "\n"))")
    let line = try #require(outcome.output.last, "\(code) printed nothing")
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(object as? [String: Any], "not a JSON object: \(line)")
  }

  /// The central value, low and high of an estimate result.
  static func estimate(_ code: String) throws -> (value: Double, low: Double?, high: Double?, unit: String) {
    let object = try json(code)
    #expect(object["type"] as? String == "estimate", "\(code) is not a number: \(object)")
    return (
      try #require(object["value"] as? Double), object["low"] as? Double, object["high"] as? Double,
      object["unit"] as? String ?? ""
    )
  }

  /// The rows of a table result.
  static func rows(_ code: String) throws -> [[String: Any]] {
    let object = try json(code)
    return try #require(object["rows"] as? [[String: Any]], "\(code) is not a table: \(object)")
  }

  /// Runs code that must fail; returns the diagnostics, after checking one carries the stable ID.
  static func failure(_ code: String, id: String) throws -> String {
    let outcome = try ExampleRunner.run(code)
    #expect(!outcome.succeeded, "\(code) should have failed")
    let errors = outcome.errors.joined(separator: "\n")
    #expect(errors.contains("[\(id)]"), "\(code) should report \(id), reported: \(errors)")
    return errors
  }
}
