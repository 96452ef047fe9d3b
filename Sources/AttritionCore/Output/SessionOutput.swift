/// A front end: where a session's events go.
///
/// The REPL's terminal, the notebook renderer and the command line's encoders implement it; each
/// renders the values of results itself. `emit` is called on the thread that runs the session.
public protocol SessionOutput: AnyObject {
  /// Takes one event of `session` (whose renderer holds the chosen format and row limit).
  func emit(_ event: SessionEvent, from session: Session)
}

/// The simplest front end: results rendered by the session's renderer and text to one closure,
/// diagnostics and warnings (`warning: …`) to another. What scripts without a format of their own
/// and the tests use.
public final class TextOutput: SessionOutput {
  /// Receives each rendered result and each line of text.
  public var output: (String) -> Void
  /// Receives each rendered diagnostic and warning.
  public var errorOutput: (String) -> Void

  /// A front end over two closures.
  public init(output: @escaping (String) -> Void, errorOutput: @escaping (String) -> Void) {
    self.output = output
    self.errorOutput = errorOutput
  }

  /// Renders results with the session's renderer; nothing for a value that shows nothing.
  public func emit(_ event: SessionEvent, from session: Session) {
    switch event {
    case .result(let result):
      if let text = session.renderer.render(result) { output(text) }
    case .text(let text): output(text)
    case .diagnostic(let diagnostic): errorOutput(diagnostic.text)
    case .warning(let message): errorOutput("warning: " + message)
    case .note(let text): errorOutput(text)
    }
  }
}
