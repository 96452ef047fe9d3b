import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Standard output or standard error as Attrition writes to them: every write checked, and text
/// made safe when the stream is a terminal.
///
/// A script's results hold text from data files, and diagnostics quote what a script holds: an
/// escape sequence in either must reach a terminal as visible characters (``TerminalText``),
/// never as a command that clears the screen or sets the clipboard. Into a file or a pipe the
/// text goes as it is, byte for byte. A write that fails (a full disk, a closed pipe) is
/// remembered: the first failure is what ``failure`` says, and the run ends with status 1.
public final class StandardStream: @unchecked Sendable {
  /// Standard output.
  public static let output = StandardStream(descriptor: STDOUT_FILENO, name: "standard output")
  /// Standard error.
  public static let error = StandardStream(descriptor: STDERR_FILENO, name: "standard error")

  /// The file descriptor.
  public let descriptor: Int32
  /// What messages call it.
  public let name: String
  /// Whether it is a terminal, so that control characters are made visible.
  public let isTerminal: Bool

  private let lock = NSLock()
  private var firstFailure: String?

  init(descriptor: Int32, name: String) {
    self.descriptor = descriptor
    self.name = name
    isTerminal = isatty(descriptor) != 0
  }

  /// Why a write failed, the first time one did ("No space left on device"), or nil.
  public var failure: String? {
    lock.lock()
    defer { lock.unlock() }
    return firstFailure
  }

  /// Writes text and a line break; returns false when the write failed.
  @discardableResult
  public func writeLine(_ text: String) -> Bool {
    write(text + "\n")
  }

  /// Writes all of `text`, retrying short writes; returns false when the write failed.
  @discardableResult
  public func write(_ text: String) -> Bool {
    let shown = isTerminal ? TerminalText.escaped(text) : text
    if let failure = StandardStream.writeAll(Array(shown.utf8), to: descriptor) {
      record(failure)
      return false
    }
    return true
  }

  /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes and waiting for
  /// a full non-blocking one to drain; the reason when the write failed, nil when it did not.
  public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
    var rest = bytes[...]
    while !rest.isEmpty {
      let written = rest.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written > 0 {
        rest = rest.dropFirst(written)
      } else if written < 0, errno == EINTR {
        continue
      } else if written < 0, errno == EAGAIN {
        usleep(1_000)
      } else {
        return written < 0 ? String(cString: strerror(errno)) : "nothing could be written"
      }
    }
    return nil
  }

  private func record(_ reason: String) {
    lock.lock()
    if firstFailure == nil { firstFailure = reason }
    lock.unlock()
  }
}
