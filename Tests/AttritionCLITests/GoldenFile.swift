import Foundation
import Testing

/// A golden file: output recorded once, reviewed, and compared with on every run.
enum GoldenFile {
  /// Compares `actual` with the file at `url`, or, with `RECORD_GOLDEN=1`, records it there and
  /// reports an issue, so a recording run never passes by accident. `filter` is the
  /// `swift test --filter` that re-records it, named in the failure.
  static func check(
    _ actual: String, against url: URL, filter: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let name = url.lastPathComponent
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(actual.utf8).write(to: url)
      Issue.record("recorded \(name); review it and re-run without RECORD_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    let expected = try #require(
      try? String(contentsOf: url, encoding: .utf8),
      "no \(name); record it with RECORD_GOLDEN=1 swift test --filter \(filter)", sourceLocation: sourceLocation)
    #expect(actual == expected, "the output differs from \(name)", sourceLocation: sourceLocation)
  }
}
