public import AttritionSDK

/// Why a notebook could not be read or written.
public enum NotebookError: Error, DiagnosticConvertible, Equatable, Sendable {
  /// A fence opened on this 1-based line is never closed.
  case unterminatedFence(line: Int, fence: String)
  /// A file the command writes could not be written.
  case cannotWrite(path: String, reason: String)

  /// The diagnostic, in the `notebook` phase.
  public var diagnostic: Diagnostic {
    switch self {
    case .unterminatedFence(let line, let fence):
      let location = SourceLocation(line: line, column: 1, offset: 0)
      return Diagnostic(
        id: DiagnosticID(phase: "notebook", name: "unterminated_fence"),
        message: "the code fence '\(fence)' opened here is never closed",
        range: SourceRange(start: location, end: location),
        notes: ["close it with a line holding '\(fence)' alone"])
    case .cannotWrite(let path, let reason):
      return Diagnostic(
        id: DiagnosticID(phase: "notebook", name: "cannot_write"), message: "cannot write '\(path)': \(reason)")
    }
  }
}
