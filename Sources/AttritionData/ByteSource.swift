#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes read block by block from a file (with `pread`, never mapped) or from memory.
///
/// Reading a file into buffers rather than mapping it means a file that shrinks while it is read
/// is an error, not a SIGBUS, and the pages of a large file are not all resident at once. A file
/// whose size changes between the start and the end of reading is reported as changed.
final class ByteSource {
  /// The name used in errors.
  let name: String
  /// The size when reading began.
  let expectedSize: Int
  private let descriptor: Int32
  private let memory: UnsafeBufferPointer<UInt8>?
  private var position = 0
  /// Checked before each read; a cancelled load stops there.
  var cancellation: LoadCancellation?

  /// A source over bytes in memory; they must outlive the source.
  init(memory: UnsafeBufferPointer<UInt8>, name: String) {
    self.name = name
    self.memory = memory
    self.descriptor = -1
    self.expectedSize = memory.count
  }

  /// Opens the file at `path`.
  ///
  /// - Throws: ``DataError/fileNotFound(path:)``, ``DataError/isDirectory(path:)`` or
  ///   ``DataError/unreadable(path:reason:)``.
  init(path: String) throws(DataError) {
    name = path
    (descriptor, expectedSize) = try FileContents.openRegularFile(path)
    memory = nil
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  /// Starts reading again from the first byte.
  func rewind() {
    position = 0
  }

  /// The number of bytes read so far.
  var bytesRead: Int { position }

  /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end.
  ///
  /// - Throws: ``DataError/unreadable(path:reason:)`` when reading fails, or when a regular file
  ///   ended before (or went on past) the size it had when reading began.
  func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws(DataError) -> Int {
    if let cancellation, cancellation.isCancelled { throw .cancelled(file: name) }
    guard !buffer.isEmpty else { return 0 }
    if let memory {
      let count = min(buffer.count, memory.count - position)
      if count > 0, let target = buffer.baseAddress, let origin = memory.baseAddress {
        UnsafeMutableRawPointer(target).copyMemory(from: origin + position, byteCount: count)
      }
      position += count
      return count
    }
    while true {
      let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(position))
      if count < 0 {
        let code = errno
        if code == EINTR { continue }
        if code == EISDIR { throw .isDirectory(path: name) }
        throw .unreadable(path: name, reason: FileContents.reason(code))
      }
      position += count
      if count == 0, position < expectedSize {
        throw .unreadable(
          path: name, reason: "the file shrank from \(expectedSize) to \(position) bytes while it was read")
      }
      if position > expectedSize {
        throw .unreadable(path: name, reason: "the file grew past \(expectedSize) bytes while it was read")
      }
      return count
    }
  }

  /// The 1-based line at a byte offset of the source, counting LF, CRLF and lone CR as breaks;
  /// for messages, so it re-reads from the start.
  func line(atOffset target: Int) -> Int {
    var line = 1
    var previousWasCR = false
    var offset = 0
    let size = 1 << 20
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
    defer { buffer.deallocate() }
    while offset < target {
      let count: Int
      if let memory {
        count = min(size, memory.count - offset)
        if count > 0, let target = buffer.baseAddress, let origin = memory.baseAddress {
          UnsafeMutableRawPointer(target).copyMemory(from: origin + offset, byteCount: count)
        }
      } else {
        count = pread(descriptor, buffer.baseAddress, size, off_t(offset))
      }
      if count <= 0 { break }
      for index in 0..<min(count, target - offset) {
        let byte = buffer[index]
        if byte == .lineFeed {
          if !previousWasCR { line += 1 }
        } else if byte == .carriageReturn {
          line += 1
        }
        previousWasCR = byte == .carriageReturn
      }
      offset += count
    }
    return line
  }
}
