import AttritionCore
import AttritionSDK
import Foundation
import Testing

/// `pull` against a loopback HTTP server on 127.0.0.1 that serves the shared datasets laid out like
/// GitHub's raw URLs (`OWNER/REPO/COMMIT/PATH`), or misbehaves on purpose: a modified file, a 404,
/// a connection closed mid-body, a stalled body, a refused connection. Every failure must name the
/// URL and leave no file behind.
@Suite("Public datasets: pull over a loopback server", .timeLimit(.minutes(2)))
struct PublicDatasetPullTests {
  private let catalog = PublicDatasetCatalog.pinned
  private let equipment = "general-staff/russia_losses_equipment.json"
  private let corrections = "general-staff/russia_losses_equipment_correction.json"

  /// The dataset's pinned bytes, from the shared folder.
  private func contents(_ dataset: PublicDataset) throws -> Data {
    let folder = try #require(PublicDatasetFixtures.datasets, PublicDatasetFixtures.missingDatasets)
    return try Data(contentsOf: URL(fileURLWithPath: DataPath.file(dataset.name, in: folder)))
  }

  /// A server answering each raw-URL path with `reply(dataset, its bytes)`, and 404 for other paths.
  private func server(
    _ reply: @escaping @Sendable (PublicDataset, Data) -> PublicDatasetLoopbackServer.Reply = { .body($1) }
  ) throws -> PublicDatasetLoopbackServer {
    let folder = try #require(PublicDatasetFixtures.datasets, PublicDatasetFixtures.missingDatasets)
    var routes: [String: PublicDataset] = [:]
    for dataset in catalog.datasets { routes[dataset.url(base: "/")] = dataset }
    let table = routes
    return try PublicDatasetLoopbackServer { path in
      guard let dataset = table[path],
        let data = FileManager.default.contents(atPath: DataPath.file(dataset.name, in: folder))
      else { return .status(404) }
      return reply(dataset, data)
    }
  }

  private func puller(_ server: PublicDatasetLoopbackServer, into folder: URL, idle: Double = 10) -> PublicDatasetPuller
  {
    PublicDatasetPuller(
      destination: folder.path, baseURL: server.baseURL, downloader: Downloader(idleTimeout: idle, totalTimeout: 60))
  }

  /// Pulls `name`, expecting a ``DownloadError``, and returns it.
  private func failedPull(
    _ name: String, from server: PublicDatasetLoopbackServer, into folder: URL, idle: Double = 10
  ) throws -> DownloadError {
    let dataset = try catalog.lookup(name)
    do {
      let outcome = try puller(server, into: folder, idle: idle).pull(dataset)
      Issue.record("expected a download error, got \(outcome)")
      throw CancellationError()
    } catch let error as DownloadError {
      #expect(error.diagnostic.message.contains(dataset.url(base: server.baseURL)), "the message names the URL")
      #expect(error.diagnostic.notes.contains { $0.contains("nothing was written to") })
      return error
    }
  }

  @Test("a pull fetches the raw URL, verifies the SHA-256, renames into place and records the retrieval")
  func successfulPull() throws {
    let server = try server()
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dataset = try catalog.lookup(equipment)
    let before = Date(timeIntervalSinceNow: -1)
    let outcome = try puller(server, into: folder).pull(dataset)
    let target = folder.appendingPathComponent(equipment).path
    guard case .pulled(let path, let record, let replaced) = outcome else {
      Issue.record("expected a pull, got \(outcome)")
      return
    }
    #expect(path == target)
    #expect(!replaced)
    #expect(
      server.requests == ["/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/\(dataset.commit)/data/\(dataset.fileName)"])
    #expect(FileManager.default.contents(atPath: target) == (try contents(dataset)))
    #expect(try SHA256.hexDigest(ofFile: target) == dataset.sha256)
    #expect(PublicDatasetFixtures.files(under: folder) == [equipment, equipment + ".retrieved"])
    let saved = try #require(DownloadRecord.read(besideFile: target))
    #expect(saved == record)
    #expect(saved.url == dataset.url(base: server.baseURL))
    #expect(saved.sha256 == dataset.sha256)
    #expect(saved.byteCount == Int64(dataset.byteCount))
    #expect(saved.retrieved >= before && saved.retrieved <= Date())
    #expect(saved.retrievedText.hasSuffix("Z") && saved.retrievedText.count == 20)
  }

  @Test("a file already present with the right checksum is not downloaded again")
  func upToDate() throws {
    let server = try server()
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dataset = try catalog.lookup(corrections)
    _ = try puller(server, into: folder).pull(dataset)
    let second = try puller(server, into: folder).pull(dataset)
    #expect(second == .upToDate(path: folder.appendingPathComponent(corrections).path))
    #expect(server.requests.count == 1)
  }

  @Test("a file with a wrong checksum is replaced by a verified download")
  func wrongFileReplaced() throws {
    let server = try server()
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dataset = try catalog.lookup(corrections)
    let target = folder.appendingPathComponent(corrections)
    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("stale".utf8).write(to: target)
    let outcome = try puller(server, into: folder).pull(dataset)
    guard case .pulled(_, _, let replaced) = outcome else {
      Issue.record("expected a pull, got \(outcome)")
      return
    }
    #expect(replaced)
    #expect(FileManager.default.contents(atPath: target.path) == (try contents(dataset)))
  }

  @Test("a group pulls each of its files, which load(dataset:) then reads from the pull directory")
  func groupThenLoad() throws {
    let server = try server()
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let group = try catalog.select("general-staff")
    #expect(group.count == 4)
    for dataset in group { _ = try puller(server, into: folder).pull(dataset) }
    #expect(PublicDatasetFixtures.files(under: folder).count == 8)
    var errors: [String] = []
    let session = Session(output: { _ in }, errorOutput: { errors.append($0) })
    session.dataPath = DataPath(environment: [
      "XDG_CACHE_HOME": folder.path + "/no-cache", "ATTRITION_DATA": folder.path,
    ])
    #expect(session.run(SourceFile(name: "pull.atn", text: "load(dataset: \"\(corrections)\", as: \"corrections\")")))
    #expect(errors.isEmpty)
    let table = try #require(try session.table(named: "corrections"))
    #expect(table.rowCount > 0)
    // Read from the pull directory, the only one on the data path; cited as the pinned dataset.
    #expect(session.dataPath.locate(corrections)?.hasPrefix(folder.path + "/") ?? false)
    #expect(table.provenance.sources == [try catalog.lookup(corrections).source])
  }

  @Test("a wrong checksum is an error naming the URL, and no file is left")
  func checksumMismatch() throws {
    let server = try server { _, data in
      var modified = data
      modified[modified.count / 2] ^= 0x20
      return .body(modified)
    }
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try failedPull(equipment, from: server, into: folder)
    let dataset = try catalog.lookup(equipment)
    guard case .checksumMismatch(let expected, let found, let byteCount) = error.kind else {
      Issue.record("expected a checksum mismatch, got \(error.kind)")
      return
    }
    #expect(expected == dataset.sha256)
    #expect(found != dataset.sha256 && found.count == 64)
    #expect(byteCount == Int64(dataset.byteCount))
    #expect(error.diagnostic.id.description == "data.checksum_mismatch")
    #expect(PublicDatasetFixtures.files(under: folder).isEmpty)
  }

  @Test("a 404 is an error naming the URL and the status, and no file is left")
  func notFound() throws {
    let server = try PublicDatasetLoopbackServer { _ in .status(404) }
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try failedPull(corrections, from: server, into: folder)
    #expect(error.kind == .httpStatus(404))
    #expect(error.diagnostic.id.description == "data.http_status")
    #expect(error.diagnostic.message.contains("HTTP 404 (not found)"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the folder it made is gone")
  }

  @Test("a connection closed mid-body is an error with the bytes received, and no file is left")
  func droppedConnection() throws {
    let server = try server { _, data in .cutOff(data, sent: 100_000) }
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try failedPull(equipment, from: server, into: folder)
    let dataset = try catalog.lookup(equipment)
    guard case .connectionLost(let received, let expected) = error.kind else {
      Issue.record("expected a lost connection, got \(error.kind)")
      return
    }
    #expect(received <= 100_000)
    #expect(expected == Int64(dataset.byteCount))
    #expect(error.diagnostic.id.description == "data.connection_lost")
    #expect(error.diagnostic.message.contains("connection closed after"))
    #expect(PublicDatasetFixtures.files(under: folder).isEmpty)
  }

  @Test("a body that stalls ends once the rate stays under the minimum for the window, and no file is left")
  func stalledBody() throws {
    let server = try server { _, data in .stall(data, sent: 50_000) }
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let started = Date()
    let error = try failedPull(equipment, from: server, into: folder, idle: 1)
    #expect(Date().timeIntervalSince(started) < 20)
    guard case .tooSlow(let received, _, let rate) = error.kind else {
      Issue.record("expected a download too slow, got \(error.kind)")
      return
    }
    #expect(received == 50_000 && rate == 1_024)
    #expect(error.diagnostic.id.description == "data.too_slow")
    #expect(error.diagnostic.message.contains("(50,000 bytes in "), "\(error.diagnostic.message)")
    #expect(PublicDatasetFixtures.files(under: folder).isEmpty)
  }

  @Test(
    "a body larger than the pinned size is stopped a block past it, announced or not; nothing is written",
    arguments: [nil, 50_000_000] as [Int?])
  func oversizedBody(announced: Int?) throws {
    let server = try server { _, _ in .oversized(announced: announced, count: 3_000_000_000) }
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let started = Date()
    let error = try failedPull(corrections, from: server, into: folder)
    #expect(Date().timeIntervalSince(started) < 20, "stopped at once, not after 3 GB")
    guard case .bodyTooLarge(let limit, let received) = error.kind else {
      Issue.record("expected a body too large, got \(error.kind)")
      return
    }
    let pinned = try catalog.lookup(corrections).byteCount
    #expect(limit == Int64(pinned))
    #expect(received > Int64(pinned) && received <= Int64(pinned) + 1 << 20 || received == 50_000_000, "\(received)")
    #expect(error.diagnostic.id.description == "data.too_large")
    #expect(PublicDatasetFixtures.files(under: folder).isEmpty)
  }

  @Test("a compressed answer is refused at its headers, never decoded")
  func compressedBody() throws {
    let server = try server { _, data in .encoded(data, encoding: "gzip") }
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try failedPull(corrections, from: server, into: folder)
    #expect(error.kind == .compressedBody(encoding: "gzip"))
    #expect(error.diagnostic.message.contains("'gzip'-encoded body, although the request asked for none"))
    #expect(PublicDatasetFixtures.files(under: folder).isEmpty)
  }

  @Test("a redirect to a file:// URL is refused and said so, not reported as an HTTP status")
  func redirectToFile() throws {
    let server = try server { _, _ in .redirect("file:///etc/passwd") }
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try failedPull(corrections, from: server, into: folder)
    #expect(error.kind == .redirectRefused(target: "file:///etc/passwd"))
    #expect(error.diagnostic.message.contains("redirected to 'file:///etc/passwd', which is not an http or https URL"))
    #expect(PublicDatasetFixtures.files(under: folder).isEmpty)
  }

  @Test("a download that keeps a fair rate but outlasts the deadline ends at the deadline")
  func deadline() throws {
    let body = Data(repeating: UInt8(ascii: "d"), count: 100_000)
    let server = try PublicDatasetLoopbackServer { _ in .trickle(body, interval: 0.0002) }
    defer { server.stop() }
    let downloader = Downloader(idleTimeout: 5, totalTimeout: 1.5)
    let file = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: file) }
    FileManager.default.createFile(atPath: file.appendingPathComponent("body").path, contents: nil)
    let handle = try FileHandle(forWritingTo: file.appendingPathComponent("body"))
    defer { try? handle.close() }
    let started = Date()
    #expect {
      _ = try downloader.fetch(server.baseURL + "slow", into: handle)
    } throws: { error in
      guard let error = error as? DownloadError, case .deadlineExceeded(let seconds, let received) = error.kind else {
        return false
      }
      return seconds == 1.5 && received > 0 && received < 100_000
    }
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test("a failed download leaves a file already there untouched, and no partial file")
  func failureKeepsExistingFile() throws {
    let server = try PublicDatasetLoopbackServer { _ in .status(500) }
    defer { server.stop() }
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent(corrections)
    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("older".utf8).write(to: target)
    let error = try failedPull(corrections, from: server, into: folder)
    #expect(error.kind == .httpStatus(500))
    #expect(FileManager.default.contents(atPath: target.path) == Data("older".utf8))
    #expect(PublicDatasetFixtures.files(under: folder) == [corrections])
  }

  @Test("a refused connection is a network error naming the URL")
  func connectionRefused() throws {
    let server = try PublicDatasetLoopbackServer { _ in .status(404) }
    server.stop()
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try failedPull(corrections, from: server, into: folder)
    #expect(error.diagnostic.id.description == "data.network")
    #expect(PublicDatasetFixtures.files(under: folder).isEmpty)
  }

  @Test("a base URL that is not http or https is refused before any connection")
  func invalidBaseURL() throws {
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dataset = try catalog.lookup(corrections)
    let puller = PublicDatasetPuller(destination: folder.path, baseURL: "ftp://127.0.0.1/")
    #expect(throws: DownloadError.self) { try puller.pull(dataset) }
    do {
      _ = try puller.pull(dataset)
    } catch {
      #expect(error.kind == .invalidURL)
      #expect(error.diagnostic.id.description == "data.invalid_url")
    }
    #expect(PublicDatasetFixtures.files(under: folder).isEmpty)
  }

  @Test("ATTRITION_DATASETS_BASE_URL replaces the raw-content prefix; without it the URL is GitHub's")
  func baseURLOverride() throws {
    #expect(PublicDatasetPuller.baseURL(environment: [:]) == "https://raw.githubusercontent.com/")
    let base = PublicDatasetPuller.baseURL(environment: ["ATTRITION_DATASETS_BASE_URL": "http://127.0.0.1:8123"])
    let dataset = try catalog.lookup(equipment)
    #expect(
      dataset.url(base: base)
        == "http://127.0.0.1:8123/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/\(dataset.commit)/"
        + "data/russia_losses_equipment.json")
  }
}
