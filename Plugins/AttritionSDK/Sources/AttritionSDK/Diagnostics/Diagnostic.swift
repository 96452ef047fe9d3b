/// A stable identifier of a kind of diagnostic, such as `evaluation.unit_mismatch`.
///
/// The phase is the domain (`parse`, `evaluation`, `input`, `usage`, …); the name never changes
/// once released, so scripts, tests and documentation can refer to it.
public struct DiagnosticID: Hashable, Sendable, CustomStringConvertible {
  /// The phase that reports it.
  public let phase: String
  /// The kind within the phase, in `lower_snake_case`.
  public let name: String

  /// Creates an identifier.
  public init(phase: String, name: String) {
    self.phase = phase
    self.name = name
  }

  /// `phase.name`.
  public var description: String { "\(phase).\(name)" }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable {
  /// The input cannot be processed.
  case error
  /// The input was processed, but something deserves a look.
  case warning
}

/// A message about the input, with a stable ID and, where it applies, the span it is about.
public struct Diagnostic: Error, Hashable, Sendable {
  /// What kind of diagnostic this is.
  public var id: DiagnosticID
  /// How serious it is.
  public var severity: Severity
  /// The message: lower case, code in 'quotes', no final period.
  public var message: String
  /// The span of source it is about, when there is one.
  public var range: SourceRange?
  /// Further lines that help fix it ("did you mean …", what each operand was).
  public var notes: [String]

  /// Creates a diagnostic.
  public init(
    id: DiagnosticID, severity: Severity = .error, message: String, range: SourceRange? = nil, notes: [String] = []
  ) {
    self.id = id
    self.severity = severity
    self.message = message
    self.range = range
    self.notes = notes
  }
}

/// An error of one phase that can describe itself as a ``Diagnostic``.
public protocol DiagnosticConvertible: Error {
  /// The diagnostic to show for this error.
  var diagnostic: Diagnostic { get }
}
