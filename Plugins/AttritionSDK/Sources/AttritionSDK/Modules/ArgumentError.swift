/// A call's argument that is missing, of the wrong type, or invalid, with the span it was written at.
public struct ArgumentError: DiagnosticConvertible, Sendable {
  /// What is wrong with the argument.
  public enum Kind: Sendable, Equatable {
    /// A required argument was left out.
    case missing
    /// The argument has the wrong type.
    case wrongType(expected: String, found: String)
    /// The argument has the right type but a value the function cannot use.
    case invalid(String)
  }

  /// The function called.
  public let function: String
  /// The parameter the argument is for.
  public let parameter: String
  /// What is wrong.
  public let kind: Kind
  /// Where the argument (or, when missing, the call) was written.
  public let range: SourceRange

  /// Creates an argument error.
  public init(function: String, parameter: String, kind: Kind, range: SourceRange) {
    self.function = function
    self.parameter = parameter
    self.kind = kind
    self.range = range
  }

  /// The diagnostic, in the `evaluation` phase.
  public var diagnostic: Diagnostic {
    let (name, message): (String, String) =
      switch kind {
      case .missing: ("missing_argument", "missing argument '\(parameter)' for '\(function)'")
      case .wrongType(let expected, let found):
        ("wrong_type", "'\(function)' argument '\(parameter)' expects \(expected), found a \(found)")
      case .invalid(let reason): ("invalid_argument", "invalid '\(parameter)' for '\(function)': \(reason)")
      }
    return Diagnostic(id: DiagnosticID(phase: "evaluation", name: name), message: message, range: range)
  }
}
