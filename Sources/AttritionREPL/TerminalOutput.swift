import AttritionCore

/// The REPL's front end: results and command text laid out for the terminal, diagnostics and
/// warnings to standard error, each in its own colour.
final class TerminalOutput: SessionOutput {
  private let terminal: Terminal

  /// A front end writing to `terminal`.
  init(terminal: Terminal) {
    self.terminal = terminal
  }

  func emit(_ event: SessionEvent, from session: Session) {
    // Numbers are coloured in the human format only; CSV and JSON are for copying.
    let highlighting = session.renderer.format == .table
    switch event {
    case .result(let result):
      if let text = session.renderer.render(result) { terminal.writeResult(text, highlighting: highlighting) }
    case .text(let text): terminal.writeResult(text, highlighting: highlighting)
    case .diagnostic(let diagnostic): terminal.writeError(diagnostic.text)
    case .warning(let message): terminal.writeWarning(message)
    case .note(let text): terminal.writeError(text)
    }
  }
}
