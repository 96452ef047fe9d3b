/// An error a module function raises about its inputs or data, with a stable ID in the `module` phase.
public struct ModuleError: DiagnosticConvertible, Sendable {
  /// The diagnostic shown at the call.
  public let diagnostic: Diagnostic

  /// Creates a module error: `name` is its stable ID within the `module` phase (`period_outside_series`).
  public init(_ name: String, _ message: String, notes: [String] = []) {
    diagnostic = Diagnostic(id: DiagnosticID(phase: "module", name: name), message: message, notes: notes)
  }
}
