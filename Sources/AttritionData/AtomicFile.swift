#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a failure never leaves a half-written or emptied file behind: the bytes go
/// to a new file beside the destination, are flushed to disk, and only then renamed over it.
///
/// Used for the files Attrition writes on the user's behalf (`:save`, notebook output, `save`).
/// When anything fails (the disk is full, the file is too large, a folder is not writable), the
/// temporary file is removed and the destination keeps its old content.
public enum AtomicFile {
  /// Why a write failed, in words people read ("No space left on device").
  public struct Failure: Error, Sendable, Equatable {
    /// What went wrong.
    public let reason: String
    /// Whether a file was at the destination before, and so is still there unchanged.
    public let keptOldFile: Bool

    /// The reason, and that the old file is unchanged when there was one.
    public var description: String {
      keptOldFile ? "\(reason); the existing file is unchanged" : reason
    }
  }

  /// Replaces (or creates) the file at a path with `bytes`.
  ///
  /// A file that is there and that the user may not write is refused, as `cp` refuses it: the
  /// rename would replace a read-only file without asking. Temporary files that earlier runs left
  /// in the folder (killed during a write) are removed first.
  ///
  /// - Throws: ``Failure`` with the system's reason.
  public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let existed = access(path, F_OK) == 0
    if existed, access(path, W_OK) != 0 {
      throw Failure(reason: "it is read-only (\(reason(errno)))", keptOldFile: true)
    }
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "./"
    removeAbandoned(in: folder)
    // A short temporary name with the writer's process: the destination's own name may already be
    // as long as names may be, and the next run can tell an abandoned one from one being written.
    var template = Array((folder + "\(temporaryPrefix)\(getpid())-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw Failure(reason: reason(errno), keptOldFile: existed) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    inFlight.set(temporary)
    defer { inFlight.clear() }
    var failure = writeAll(bytes, to: descriptor)
    if failure == 0 {
      var status = stat()
      let mode = existed && stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
      fchmod(descriptor, mode)
      if fsync(descriptor) != 0 { failure = errno }
    }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure == 0, rename(temporary, path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw Failure(reason: reason(failure), keptOldFile: existed)
    }
  }

  /// The start of every temporary file's name: `.attrition-PID-XXXXXX`.
  static let temporaryPrefix = ".attrition-"

  /// Removes the temporary files of writers that are gone (their process no longer runs) from a
  /// folder: what a run killed in the middle of a write left behind.
  public static func removeAbandoned(in folder: String) {
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    var abandoned: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.hasPrefix(temporaryPrefix) else { continue }
      let parts = name.dropFirst(temporaryPrefix.count).split(separator: "-")
      guard parts.count == 2, parts[1].count == 6, let pid = Int32(parts[0]), pid > 0 else { continue }
      if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { abandoned.append(name) }
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in abandoned { unlink(prefix + name) }
  }

  /// Removes the temporary file being written, if any: for a signal handler, so a run ended by
  /// SIGTERM or SIGHUP leaves nothing behind. Async-signal-safe.
  public static func removeInFlight() {
    inFlight.remove()
  }

  /// The temporary file being written, where a signal handler can read it.
  private static let inFlight = SignalSafePath()

  /// Writes every byte, retrying short writes; the error number of a failure, else 0.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    bytes.withUnsafeBytes { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return 0 }
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return 0
    }
  }

  /// The system's words for an error number.
  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
