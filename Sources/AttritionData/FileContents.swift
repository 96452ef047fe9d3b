#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives access to a file's bytes, read whole into memory with `pread` (JSON and GeoJSON files,
/// which are parsed as one text; CSV goes block by block through ``ByteSource``).
///
/// Not mapped: a file that shrinks while it is read is reported, never a SIGBUS. Loads read
/// regular files only (``openRegularFile(_:)``).
public enum FileContents {
  /// Opens `path` for reading and returns the descriptor and the file's size, if it is a regular
  /// file; the caller closes the descriptor.
  ///
  /// Loads read regular files only: a device such as `/dev/zero` never ends, and a pipe may never
  /// open at all where Ctrl-C cannot reach. The open does not wait for a pipe's writer
  /// (`O_NONBLOCK`, which regular files ignore), so both are refused at once, before any read.
  ///
  /// - Throws: ``DataError/fileNotFound(path:)``, ``DataError/isDirectory(path:)``, or
  ///   ``DataError/unreadable(path:reason:)`` for anything else or a file the user may not read.
  public static func openRegularFile(_ path: String) throws(DataError) -> (descriptor: Int32, size: Int) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw openError(path: path, code: errno) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw .unreadable(path: path, reason: reason(code))
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      return (descriptor, Int(status.st_size))
    case S_IFDIR:
      close(descriptor)
      throw .isDirectory(path: path)
    default:
      close(descriptor)
      throw .unreadable(path: path, reason: notRegularFile + "; save what it gives to a file and load that")
    }
  }

  /// Why a device, a pipe or a socket is not read; callers add what to do instead.
  public static let notRegularFile = "it is not a regular file but a device, a pipe or a socket"

  /// The whole content of the regular file at `path`.
  ///
  /// - Throws: what ``withBytes(ofPath:_:)`` throws.
  public static func bytes(ofPath path: String) throws(DataError) -> [UInt8] {
    try withBytes(ofPath: path) { (bytes) throws(DataError) in Array(bytes) }
  }

  /// The whole content of the regular file at `path`, refused before anything is read when it
  /// holds more than `maximumSize` bytes.
  ///
  /// - Throws: ``DataError/fileTooLarge(path:size:limit:)``, or what ``withBytes(ofPath:_:)`` throws.
  public static func bytes(ofPath path: String, maximumSize: Int) throws(DataError) -> [UInt8] {
    let (descriptor, size) = try openRegularFile(path)
    close(descriptor)
    guard size <= maximumSize else { throw .fileTooLarge(path: path, size: size, limit: maximumSize) }
    return try bytes(ofPath: path)
  }

  /// Checks that `path` is a regular file the user may read, reading nothing: for errors about
  /// the file that should come before one about its name.
  ///
  /// - Throws: what ``openRegularFile(_:)`` throws.
  static func requireRegularFile(_ path: String) throws(DataError) {
    close(try openRegularFile(path).descriptor)
  }

  /// Calls `body` with the bytes of the file at `path`.
  ///
  /// - Throws: what ``openRegularFile(_:)`` throws, ``DataError/unreadable(path:reason:)`` when
  ///   reading fails or the file shrinks meanwhile, or what `body` throws.
  static func withBytes<Result>(
    ofPath path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(DataError) -> Result
  ) throws(DataError) -> Result {
    let (descriptor, size) = try openRegularFile(path)
    defer { close(descriptor) }
    // Read into memory with pread rather than mapped: a file truncated while it is read is an
    // error here, where a mapping would raise SIGBUS on the first page past the new end.
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(size, 1))
    defer { buffer.deallocate() }
    var filled = 0
    while filled < size {
      let count = pread(descriptor, buffer.baseAddress.map { $0 + filled }, size - filled, off_t(filled))
      if count < 0 {
        let code = errno
        if code == EINTR { continue }
        throw .unreadable(path: path, reason: reason(code))
      }
      if count == 0 {
        throw .unreadable(path: path, reason: "the file shrank from \(size) to \(filled) bytes while it was read")
      }
      filled += count
    }
    return try body(UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[..<size]))
  }

  /// The error for a failed `open`.
  static func openError(path: String, code: Int32) -> DataError {
    switch code {
    case ENOENT, ENOTDIR: .fileNotFound(path: path)
    case EISDIR: .isDirectory(path: path)
    default: .unreadable(path: path, reason: reason(code))
    }
  }

  /// The system's explanation of an error number, starting in lower case.
  static func reason(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    let message = String(cString: text)
    return message.prefix(1).lowercased() + message.dropFirst()
  }
}
