import Foundation

/// A one-line byte counter for a download, redrawn in place on a terminal at most ten times a
/// second: `general-staff/russia_losses_equipment.json  353,036 / 706,073 bytes  50%`.
///
/// It writes nothing unless its output is a terminal, so logs and pipes stay clean.
public final class DownloadProgress: @unchecked Sendable {
  // @unchecked: the mutable state is touched under `lock`.

  private let label: String
  private let write: @Sendable (String) -> Void
  private let lock = NSLock()
  private var lastDrawn: DispatchTime?
  private var drewLine = false

  /// A progress line for `label` on standard error, or nil when standard error is not a terminal.
  public static func onTerminal(label: String) -> DownloadProgress? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    return DownloadProgress(label: label) { text in FileHandle.standardError.write(Data(text.utf8)) }
  }

  /// A progress line written through `write` (which receives carriage returns and erase codes).
  public init(label: String, write: @escaping @Sendable (String) -> Void) {
    self.label = label
    self.write = write
  }

  /// Redraws the line for `received` of `expected` bytes, unless it was drawn under 0.1 s ago.
  public func update(received: Int64, expected: Int64?) {
    lock.lock()
    defer { lock.unlock() }
    let now = DispatchTime.now()
    if let lastDrawn, now.uptimeNanoseconds - lastDrawn.uptimeNanoseconds < 100_000_000,
      received != expected
    {
      return
    }
    lastDrawn = now
    var line = "\(label)  \(DownloadError.count(received))"
    if let expected, expected > 0 {
      line += " / \(DownloadError.count(expected)) bytes  \(min(100, received * 100 / expected))%"
    } else {
      line += " bytes"
    }
    write("\r\u{1B}[K" + line)
    drewLine = true
  }

  /// Erases the line, so the next output starts on a clean one.
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    if drewLine { write("\r\u{1B}[K") }
    drewLine = false
  }
}
