import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Downloads public datasets into a directory (by default the cache of the ``DataPath``).
///
/// Each file streams into a temporary file in its final directory, is checked against its pinned
/// SHA-256, and only then is renamed into place, so a failed download never leaves a partial or
/// wrong file. A sidecar ``DownloadRecord`` notes when and from where it came. A file already
/// present with the right checksum is not downloaded again.
public struct PublicDatasetPuller: Sendable {
  /// The environment variable whose URL replaces `https://raw.githubusercontent.com/` (for mirrors and tests).
  public static let baseURLVariable = "ATTRITION_DATASETS_BASE_URL"

  /// The directory files are written under, as `DIR/NAME`.
  public var destination: String
  /// The prefix of every URL: `https://raw.githubusercontent.com/` unless overridden.
  public var baseURL: String
  /// How files are fetched.
  public var downloader: Downloader

  /// What a pull did.
  public enum Outcome: Equatable, Sendable {
    /// The file was downloaded and verified; `replaced` when a file with a wrong checksum was there.
    case pulled(path: String, record: DownloadRecord, replaced: Bool)
    /// The file was already there with the right checksum.
    case upToDate(path: String)
  }

  /// Creates a puller writing under `destination`.
  public init(
    destination: String, baseURL: String = PublicDataset.rawContentBase, downloader: Downloader = Downloader()
  ) {
    self.destination = destination
    self.baseURL = baseURL
    self.downloader = downloader
  }

  /// The base URL an environment asks for: `ATTRITION_DATASETS_BASE_URL`, else GitHub's raw content.
  public static func baseURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    guard let value = environment[baseURLVariable], !value.isEmpty else { return PublicDataset.rawContentBase }
    return value
  }

  /// Where a dataset's file goes.
  public func path(of dataset: PublicDataset) -> String {
    DataPath.file(dataset.name, in: destination)
  }

  /// Makes sure `DIR/NAME` holds the verified file, downloading it when it is missing or wrong.
  ///
  /// - Throws: ``DownloadError`` naming the URL and what happened; the destination is left as it was.
  public func pull(_ dataset: PublicDataset, progress: DownloadProgress? = nil) throws(DownloadError) -> Outcome {
    let url = dataset.url(base: baseURL)
    let target = path(of: dataset)
    var status = stat()
    let existing = stat(target, &status) == 0
    if existing, status.st_mode & S_IFMT != S_IFREG {
      throw DownloadError(.cachedFileNotRegular(path: target), url: url)
    }
    if existing, (try? SHA256.hexDigest(ofFile: target)) == dataset.sha256 { return .upToDate(path: target) }
    let folder = (target as NSString).deletingLastPathComponent
    func failure(_ kind: DownloadError.Kind) -> DownloadError {
      DownloadError(kind, url: url, destination: target)
    }
    let created = PublicDatasetPuller.missingFolders(upTo: folder)
    var keep = false
    defer {
      // A failed pull takes back the folders it made (only while they are empty).
      if !keep { for made in created { rmdir(made) } }
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw failure(.writeFailed(path: folder, reason: error.localizedDescription))
    }
    let temporary = (folder as NSString).appendingPathComponent(".\(dataset.fileName).\(UUID().uuidString).part")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw failure(.writeFailed(path: temporary, reason: String(cString: strerror(errno))))
    }
    defer { if !keep { unlink(temporary) } }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    let received: Downloader.Received
    do {
      defer { progress?.finish() }
      received = try downloader.fetch(url, into: handle, expectedByteCount: Int64(dataset.byteCount)) { count, total in
        progress?.update(received: count, expected: total)
      }
      try handle.synchronize()
      try handle.close()
    } catch let error as DownloadError {
      var error = error
      error.destination = target
      throw error
    } catch {
      throw failure(.writeFailed(path: temporary, reason: error.localizedDescription))
    }
    guard received.sha256 == dataset.sha256 else {
      throw failure(
        .checksumMismatch(expected: dataset.sha256, found: received.sha256, byteCount: received.byteCount))
    }
    guard rename(temporary, target) == 0 else {
      throw failure(.writeFailed(path: target, reason: String(cString: strerror(errno))))
    }
    keep = true
    let record = DownloadRecord(
      dataset: dataset.name, retrieved: Date(), url: url, sha256: received.sha256, byteCount: received.byteCount)
    do {
      try record.write(besideFile: target)
    } catch {
      let sidecar = DownloadRecord.path(forFile: target)
      throw DownloadError(.writeFailed(path: sidecar, reason: error.localizedDescription), url: url)
    }
    return .pulled(path: target, record: record, replaced: existing)
  }

  /// The folders from `folder` up that do not exist yet, deepest first.
  private static func missingFolders(upTo folder: String) -> [String] {
    var missing: [String] = []
    var current = folder
    while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
      missing.append(current)
      current = (current as NSString).deletingLastPathComponent
    }
    return missing
  }
}
