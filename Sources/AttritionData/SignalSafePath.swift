#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's path kept in a fixed buffer, so that a signal handler can remove the file.
///
/// A handler may not allocate or take locks; `unlink` of a C string it already holds is safe.
/// Setting the path is not atomic with respect to a signal: a handler that runs while it is being
/// set sees ``isSet`` still false and removes nothing, which leaves at worst a file that the next
/// start removes (``AtomicFile/removeAbandoned(in:)``).
public final class SignalSafePath: @unchecked Sendable {
  // @unchecked: written by one thread around each use, read by a signal handler.
  private let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: 4_096)
  private var isSet = false

  /// An empty path: ``remove()`` does nothing until ``set(_:)``.
  public init() {}

  /// Keeps `path` (at most 4,095 bytes) for ``remove()``.
  public func set(_ path: String) {
    isSet = false
    let bytes = Array(path.utf8.prefix(4_095))
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    buffer[bytes.count] = 0
    isSet = true
  }

  /// Forgets the path: the file is no longer this process's to remove.
  public func clear() {
    isSet = false
  }

  /// Removes the file at the path, if one is set. Async-signal-safe.
  public func remove() {
    if isSet { unlink(buffer) }
  }
}
