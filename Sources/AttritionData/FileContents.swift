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
/// regular files only (``requireRegularFile(_:)``).
enum FileContents {
  /// Checks, without opening it, that `path` names a regular file the user may read.
  ///
  /// A device such as `/dev/zero` never ends and a pipe without a writer blocks the open itself,
  /// where Ctrl-C cannot reach; both are refused before anything is read.
  ///
  /// - Throws: ``DataError/fileNotFound(path:)``, ``DataError/isDirectory(path:)``, or
  ///   ``DataError/unreadable(path:reason:)`` for anything else or a file the user may not read.
  static func requireRegularFile(_ path: String) throws(DataError) {
    var status = stat()
    guard stat(path, &status) == 0 else { throw openError(path: path, code: errno) }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .isDirectory(path: path)
    default:
      throw .unreadable(
        path: path,
        reason: "it is not a regular file but a device, a pipe or a socket; save what it gives to a file and load that")
    }
    guard access(path, R_OK) == 0 else { throw .unreadable(path: path, reason: reason(errno)) }
  }

  /// Calls `body` with the bytes of the file at `path`.
  ///
  /// - Throws: ``DataError/fileNotFound(path:)``, ``DataError/isDirectory(path:)`` or
  ///   ``DataError/unreadable(path:reason:)``, or what `body` throws.
  static func withBytes<Result>(
    ofPath path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(DataError) -> Result
  ) throws(DataError) -> Result {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw openError(path: path, code: errno) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw .unreadable(path: path, reason: reason(code))
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      close(descriptor)
      throw .isDirectory(path: path)
    }
    let size = Int(status.st_size)
    defer { close(descriptor) }
    if status.st_mode & S_IFMT == S_IFREG {
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
    let contents = try readAll(descriptor, path: path, sizeHint: size)
    return try contents.withUnsafeBufferPointer { (buffer) throws(DataError) in try body(buffer) }
  }

  /// Reads a descriptor to its end.
  static func readAll(_ descriptor: Int32, path: String, sizeHint: Int) throws(DataError) -> [UInt8] {
    var contents: [UInt8] = []
    contents.reserveCapacity(max(sizeHint, 0))
    let chunkSize = 1 << 16
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
      if count == 0 { return contents }
      if count < 0 {
        let code = errno
        if code == EINTR { continue }
        if code == EISDIR { throw .isDirectory(path: path) }
        throw .unreadable(path: path, reason: reason(code))
      }
      contents.append(contentsOf: chunk[0..<count])
    }
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
