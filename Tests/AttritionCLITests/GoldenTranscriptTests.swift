import Foundation
import Testing

/// Golden transcripts: every `Tests/Fixtures/transcripts/<name>.atn`, run by `attrition run` from that
/// folder, exits 0 and prints exactly `<name>.expected`. `RECORD_GOLDEN=1 swift test --filter
/// GoldenTranscript` rewrites the `.expected` files.
@Suite("Golden transcripts")
struct GoldenTranscriptTests {
  static let folder = FixturePaths.fixtures.appendingPathComponent("transcripts")

  /// The transcripts: the `*.atn` files directly in the folder (those in subfolders are what they run).
  static let names: [String] = {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return entries.filter { $0.hasSuffix(".atn") }.map { String($0.dropLast(4)) }.sorted()
  }()

  /// The output without what differs between machines and runs: the fixtures' absolute path, and
  /// the times `:timer on` prints.
  static func portable(_ text: String) -> String {
    var text = text
    for fixtures in [FixturePaths.fixtures, FixturePaths.fixtures.resolvingSymlinksInPath()] {
      text = text.replacingOccurrences(of: fixtures.path + "/", with: "<fixtures>/")
    }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix("time: ") && line.hasSuffix(" ms") ? "time: … ms" : String(line)
    }.joined(separator: "\n")
  }

  @Test("there are transcripts to check")
  func present() {
    #expect(Self.names.contains("meta-commands"))
  }

  @Test("each transcript exits 0 and prints the recorded output", arguments: names)
  func golden(name: String) throws {
    let outcome = try AttritionProcess.run(
      ["run", "--no-plugins", "--allow-outside", "\(name).atn"], directory: Self.folder)
    #expect(!outcome.timedOut && !outcome.crashed, "\(outcome.summary)")
    #expect(outcome.status == 0, "\(outcome.summary)")
    #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
    try GoldenFile.check(
      Self.portable(outcome.stdout), against: Self.folder.appendingPathComponent("\(name).expected"),
      filter: "GoldenTranscript")
  }
}
