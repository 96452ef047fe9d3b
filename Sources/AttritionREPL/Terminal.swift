import AttritionCore
@preconcurrency import CLibEdit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where the REPL writes: standard output and error, through one path that flushes what libedit
/// buffered first, retries short writes, and keeps text from data out of the terminal's control.
struct Terminal: Sendable {
  /// The colours in use.
  let palette: Palette

  /// Rows and columns of the terminal on standard output; 24 × 80 when it cannot say.
  static func size() -> (rows: Int, columns: Int) {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 else {
      return (24, 80)
    }
    return (Int(size.ws_row), Int(size.ws_col))
  }

  /// Writes a result: sanitized, tables cut to the screen's width, numbers coloured when
  /// `highlighting` (not in CSV or JSON, which are for copying).
  func writeResult(_ text: String, highlighting: Bool = true) {
    let fitted = TableFitter(width: Terminal.size().columns).fit(TerminalText.escaped(text))
    Terminal.write((highlighting ? palette.highlightingNumbers(fitted) : fitted) + "\n", to: STDOUT_FILENO)
  }

  /// Writes a diagnostic to standard error.
  func writeError(_ text: String) {
    Terminal.write(TerminalText.sanitized(text) + "\n", to: STDERR_FILENO)
  }

  /// Writes a warning to standard error, its label in the warning colour.
  func writeWarning(_ message: String) {
    Terminal.write(
      palette.warning + "warning:" + palette.reset + " " + TerminalText.sanitized(message) + "\n", to: STDERR_FILENO)
  }

  /// Writes a note from the REPL itself (dimmed) to standard error.
  func writeNote(_ text: String) {
    Terminal.write(palette.note + TerminalText.sanitized(text) + palette.reset + "\n", to: STDERR_FILENO)
  }

  /// Writes all of `text`, after what libedit and `print` left in the C buffer. A terminal that
  /// is gone leaves nothing sensible to do with the text, so a failure is not reported.
  static func write(_ text: String, to descriptor: Int32) {
    attrition_flush_stdout()
    _ = StandardStream.writeAll(Array(text.utf8), to: descriptor)
  }
}
