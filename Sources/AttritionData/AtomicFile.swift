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
  /// - Throws: ``Failure`` with the system's reason.
  public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let existed = access(path, F_OK) == 0
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "./"
    // A short temporary name: the destination's own name may already be as long as names may be.
    var template = Array((folder + ".attrition-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw Failure(reason: reason(errno), keptOldFile: existed) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
