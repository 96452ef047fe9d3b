public import AttritionSDK
import Foundation

/// What a session says while it runs, in order: the route of every result, diagnostic, warning
/// and line of text from the evaluator to a front end (``SessionOutput``).
///
/// A front end renders the values itself: the REPL lays tables out to the terminal and colours
/// numbers from the values, notebooks draw HTML and SVG, the command line encodes CSV, JSON lines
/// or Markdown. Nobody re-reads rendered text.
public enum SessionEvent: Sendable {
  /// The value of an expression statement.
  case result(SessionResult)
  /// An error or a note about the source, rendered once, with its ID.
  case diagnostic(SessionDiagnostic)
  /// A warning from a module or the host about the current call; the statement goes on.
  case warning(String)
  /// Text a meta-command printed (`:help`, `loaded 'x': …`, `time: 3 ms`).
  case text(String)
  /// A line about the diagnostics themselves (`brief.atn: 12 more errors not shown`).
  case note(String)
}

/// One result: the value, and what it answers.
public struct SessionResult: Sendable {
  /// The value.
  public var value: Value
  /// The name of the source it came from (`brief.atn`, `block 3`, `<input 2>`).
  public var file: String
  /// The line and column (from 1, as the user counts them) where the statement starts.
  public var line: Int
  /// The column (from 1) where the statement starts.
  public var column: Int
  /// The statement's source text.
  public var statement: String
  /// The name it answers for, when the statement is a bare name (`ratio`).
  public var name: String?
  /// Whether the statement is a literal (`1`, `"text"`, `2024-01-01`), which needs no label.
  public var isLiteral: Bool

  /// Creates a result.
  public init(
    value: Value, file: String, line: Int, column: Int, statement: String, name: String? = nil, isLiteral: Bool = false
  ) {
    self.value = value
    self.file = file
    self.line = line
    self.column = column
    self.statement = statement
    self.name = name
    self.isLiteral = isLiteral
  }

  /// What the result answers, for a label: the name, else the statement when it is short, on
  /// one line and not a literal, else nil.
  public func label(maximumLength: Int = 48) -> String? {
    if let name { return name }
    if isLiteral { return nil }
    let text = statement.trimmingCharacters(in: .whitespaces)
    guard !text.contains("\n"), text.count <= maximumLength else { return nil }
    return text
  }
}

/// A diagnostic as a front end receives it: the structured form and the text the one renderer made.
public struct SessionDiagnostic: Sendable {
  /// The diagnostic.
  public var diagnostic: Diagnostic
  /// Its rendered text: `file:line:column: error: … [id]`, the source line, a caret and the notes.
  public var text: String

  /// Creates a diagnostic event.
  public init(diagnostic: Diagnostic, text: String) {
    self.diagnostic = diagnostic
    self.text = text
  }
}
