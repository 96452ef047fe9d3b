#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A progress line on standard error for a load that runs longer than a second: bytes read (of
/// the file's size) and rows so far. It shows nothing when standard error is not a terminal, and
/// clears itself when the load ends.
public final class LoadProgress {
  private let label: String
  private let isTerminal: Bool
  private let start: Double
  private var shown = false
  private var lastDraw = 0.0
  private let clock: () -> Double
  private let output: (String) -> Void

  /// A progress reporter for loading `label` (a file name); silent unless standard error is a
  /// terminal.
  public convenience init(label: String) {
    self.init(label: label, isTerminal: isatty(2) == 1, clock: LoadProgress.now) { text in
      var text = text
      text.withUTF8 { bytes in _ = Glibc.write(2, bytes.baseAddress, bytes.count) }
    }
  }

  /// A reporter that writes to `output` when `isTerminal`, timed by `clock` (seconds).
  init(label: String, isTerminal: Bool, clock: @escaping () -> Double, output: @escaping (String) -> Void) {
    self.label = label
    self.isTerminal = isTerminal
    self.clock = clock
    self.output = output
    start = clock()
  }

  /// Reports the bytes read so far and the rows typed.
  public func update(bytes: Int, total: Int?, rows: Int) {
    guard isTerminal else { return }
    let now = clock()
    guard now - start >= 1, now - lastDraw >= 0.1 else { return }
    lastDraw = now
    shown = true
    let size = total.map { " of " + LoadProgress.megabytes($0) } ?? ""
    write("\r\u{1B}[2Kloading \(label): \(LoadProgress.megabytes(bytes))\(size), \(rows) rows")
  }

  /// Ends the report, clearing the line when one was shown.
  public func finish(bytes: Int, rows: Int) {
    guard shown else { return }
    write("\r\u{1B}[2K")
    shown = false
  }

  /// The line a report shows, for tests.
  static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + (1 << 19)) >> 20
    return "\(tenths / 10).\(tenths % 10) MB"
  }

  private func write(_ text: String) {
    output(text)
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
