import AttritionCore
import Foundation
import Testing

/// The download helper `attrition-fetch` and its report lines: found next to the executable (or
/// through `ATTRITION_FETCH`), a missing or broken helper is a clear error that leaves no file, and
/// every report survives the trip through a line.
@Suite("Downloads: the attrition-fetch helper")
struct DownloadHelperTests {
  @Test(
    "every report is read back from its line as written",
    arguments: [
      DownloadReport.progress(received: 1_024, expected: 706_073),
      .progress(received: 0, expected: nil),
      .finished(Downloader.Received(byteCount: 42, sha256: String(repeating: "ab", count: 32))),
      .failed(.checksumMismatch(expected: "aa", found: "bb", byteCount: 7)),
      .failed(.connectionLost(received: 10, expected: 20)),
      .failed(.connectionLost(received: 10, expected: nil)),
      .failed(.httpStatus(404)),
      .failed(.invalidURL),
      .failed(.network("cannot resolve the host name")),
      .failed(.timedOut(seconds: 0.5, received: 3)),
      .failed(.writeFailed(path: "/tmp/a b", reason: "No space left on device")),
      .failed(.bodyTooLarge(limit: 3_348, received: 65_536)),
      .failed(.compressedBody(encoding: "gzip")),
      .failed(.cachedFileNotRegular(path: "/cache/a.csv")),
      .failed(.deadlineExceeded(seconds: 600, received: 12)),
      .failed(.redirectRefused(target: "file:///etc/passwd")),
      .failed(.tooSlow(received: 12, seconds: 48.5, minimumRate: 1_024)),
    ])
  func reportRoundTrip(report: DownloadReport) {
    #expect(!report.line.contains("\n"))
    #expect(DownloadReport(line: report.line) == report, "\(report.line)")
  }

  @Test("tabs and line breaks inside a reason cannot split a report")
  func reportSanitised() {
    let report = DownloadReport.failed(.network("one\ttwo\nthree"))
    #expect(DownloadReport(line: report.line) == .failed(.network("one two three")))
    #expect(DownloadReport(line: "progress\t12") == nil)
    #expect(DownloadReport(line: "nonsense") == nil)
  }

  @Test("the helper is found next to the running executable, or where ATTRITION_FETCH says")
  func located() throws {
    let beside = DownloadHelper.located(environment: [:])
    #expect(beside.path.hasSuffix("/attrition-fetch"))
    #expect(FileManager.default.isExecutableFile(atPath: beside.path), "swift build puts it beside the tests")
    #expect(DownloadHelper.located(environment: ["ATTRITION_FETCH": "/opt/x/fetch"]).path == "/opt/x/fetch")
  }

  @Test("a missing helper is a network error naming it and how to fix it; nothing is written")
  func missingHelper() throws {
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("body")
    _ = FileManager.default.createFile(atPath: target.path, contents: nil)
    let handle = try FileHandle(forWritingTo: target)
    defer { try? handle.close() }
    let missing = folder.appendingPathComponent("no-such-helper").path
    let downloader = Downloader(helper: DownloadHelper(path: missing))
    do {
      _ = try downloader.fetch("http://127.0.0.1:9/x", into: handle)
      Issue.record("expected a download error")
    } catch {
      guard case .network(let reason) = error.kind else {
        Issue.record("expected a network error, got \(error.kind)")
        return
      }
      #expect(reason.contains(missing) && reason.contains("ATTRITION_FETCH"), "\(reason)")
    }
    #expect(try Data(contentsOf: target).isEmpty)
  }

  @Test("a helper that dies without a report is an error naming how it ended")
  func helperWithoutReport() throws {
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("fake-fetch")
    try Data("#!/bin/sh\nprintf 'progress\\t5\\t-\\n' >&3\nexit 7\n".utf8).write(to: script)
    chmod(script.path, 0o755)
    let target = folder.appendingPathComponent("body")
    _ = FileManager.default.createFile(atPath: target.path, contents: nil)
    let handle = try FileHandle(forWritingTo: target)
    defer { try? handle.close() }
    let seen = ProgressLog()
    do {
      _ = try Downloader(helper: DownloadHelper(path: script.path)).fetch("http://127.0.0.1:9/x", into: handle) {
        received, _ in
        seen.append(received)
      }
      Issue.record("expected a download error")
    } catch {
      #expect(error.kind == .network("the download helper '\(script.path)' exited with status 7"), "\(error.kind)")
    }
    #expect(seen.values == [5])
  }
}

/// Progress counts received on the helper's report pipe.
private final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private var received: [Int64] = []
  func append(_ value: Int64) { lock.withLock { received.append(value) } }
  var values: [Int64] { lock.withLock { received } }
}
