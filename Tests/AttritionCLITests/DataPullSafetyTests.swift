import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `attrition data pull` and `data list --verify` through the real binary and its real download
/// helper: a server that trickles, and a cache that holds a pipe or a link to a device.
@Suite("Data pull: stalls and strange cache files")
struct DataPullSafetyTests {
  static let dataset = "general-staff/russia_losses_equipment_correction.json"

  /// A cache folder for `XDG_CACHE_HOME`, and where the dataset's file goes in it.
  static func cache() throws -> (folder: URL, file: URL) {
    let folder = try FixturePaths.scratchFolder()
    let file = folder.appendingPathComponent("attrition/datasets/" + dataset)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    return (folder, file)
  }

  @Test("a slow-loris server (a byte every 4 s) is given up after the window, the wait costing almost no CPU")
  func slowLoris() throws {
    let (folder, _) = try Self.cache()
    defer { try? FileManager.default.removeItem(at: folder) }
    let server = Process()
    server.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    server.arguments = [FixturePaths.root.appendingPathComponent("Tests/Clients/slow_http_server.py").path]
    let input = Pipe()
    let output = Pipe()
    server.standardInput = input
    server.standardOutput = output
    try server.run()
    defer {
      try? input.fileHandleForWriting.close()
      server.terminate()
      server.waitUntilExit()
    }
    let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
    let port = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)), "no port from the server")
    let outcome = try AttritionProcess.run(
      ["data", "pull", Self.dataset, "--timeout", "8"],
      environment: ["XDG_CACHE_HOME": folder.path, "ATTRITION_DATASETS_BASE_URL": "http://127.0.0.1:\(port)/"],
      timeout: 60, measured: true)
    #expect(outcome.status == 1, "\(outcome.summary)")
    #expect(outcome.stderr.contains("[data.too_slow]"), "\(outcome.summary)")
    #expect(outcome.stderr.contains("data came slower than 1,024 bytes a second for too long"), "\(outcome.summary)")
    #expect(outcome.stderr.contains("bytes in "), "it says what arrived and for how long: \(outcome.summary)")
    #expect(outcome.duration < 30, "ended by the 8 s window: \(outcome.summary)")
    // Both processes together (attrition waits for its helper, so the helper's time counts): a
    // waiting loop that spins would use most of the 8 s.
    #expect(outcome.cpuSeconds < 1.5, "CPU \(outcome.cpuSeconds) s over \(outcome.duration) s")
    let left = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
    #expect(!left.contains { $0.hasSuffix(".json") || $0.hasSuffix(".part") }, "\(left)")
  }

  @Test(
    "a pipe or a link to /dev/zero in the cache: pull and list --verify answer at once and name it",
    arguments: ["fifo", "device"])
  func strangeCacheFile(kind: String) throws {
    let (folder, file) = try Self.cache()
    defer { try? FileManager.default.removeItem(at: folder) }
    if kind == "fifo" {
      #expect(mkfifo(file.path, 0o644) == 0)
    } else {
      try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "/dev/zero")
    }
    // Port 9 (discard) on loopback: nothing listens, and the pull must not get that far anyway.
    let environment = [
      "XDG_CACHE_HOME": folder.path, "ATTRITION_DATASETS_BASE_URL": "http://127.0.0.1:9/", "ATTRITION_DATA": "",
    ]
    let pull = try AttritionProcess.run(["data", "pull", Self.dataset], environment: environment)
    Expect.diagnostic(pull, id: "data.not_regular_file")
    #expect(pull.stderr.contains("'\(file.path)': that path is not a regular file"), "\(pull.summary)")
    let list = try AttritionProcess.run(["data", "list", "general-staff", "--verify"], environment: environment)
    #expect(list.status == 0 && !list.timedOut, "\(list.summary)")
    #expect(list.stdout.contains("NOT A REGULAR FILE"), "\(list.summary)")
    let load = try AttritionProcess.run(["-e", "load(dataset: \"\(Self.dataset)\")"], environment: environment)
    #expect(load.status == 1 && load.stderr.contains("not a regular file"), "\(load.summary)")
  }
}
