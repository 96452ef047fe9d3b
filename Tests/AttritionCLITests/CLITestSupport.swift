import Foundation
import Testing

/// Paths of the package and its test fixtures, found from this file's path.
enum FixturePaths {
  /// The package root: `<root>/Tests/AttritionCLITests/<this file>`.
  static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `Tests/Fixtures`.
  static let fixtures = root.appendingPathComponent("Tests/Fixtures")

  /// `Tests/Fixtures/diagnostics`: one failing script per diagnostic kind.
  static let diagnostics = fixtures.appendingPathComponent("diagnostics")

  /// A fresh temporary folder for files a test writes; the caller removes it.
  static func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attrition-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}

/// Checks shared by the bad-input tests.
enum Expect {
  /// The run finished on its own, did not crash, exited with `status`, and wrote a diagnostic
  /// (`error:` and a `[phase.name]` ID) to standard error.
  static func diagnostic(
    _ outcome: ProcessOutcome, status: Int32 = 1, id: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(!outcome.timedOut, "hung: \(outcome.summary)", sourceLocation: sourceLocation)
    #expect(!outcome.crashed, "crashed: \(outcome.summary)", sourceLocation: sourceLocation)
    #expect(outcome.status == status, "expected exit \(status): \(outcome.summary)", sourceLocation: sourceLocation)
    #expect(outcome.stderr.contains("error:"), "no diagnostic: \(outcome.summary)", sourceLocation: sourceLocation)
    if let id {
      #expect(
        outcome.stderr.contains("[\(id)]"), "expected [\(id)]: \(outcome.summary)", sourceLocation: sourceLocation)
    }
  }

  /// The run finished with exit 0 and nothing on standard error.
  static func success(_ outcome: ProcessOutcome, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!outcome.timedOut && !outcome.crashed, "\(outcome.summary)", sourceLocation: sourceLocation)
    #expect(outcome.status == 0, "expected exit 0: \(outcome.summary)", sourceLocation: sourceLocation)
    #expect(outcome.stderr.isEmpty, "unexpected stderr: \(outcome.summary)", sourceLocation: sourceLocation)
  }
}
