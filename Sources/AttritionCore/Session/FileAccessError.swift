public import AttritionSDK

/// A script or notebook asked for a file outside the folders it may use (``FileConfinement``).
public struct FileAccessError: Error, DiagnosticConvertible, Sendable {
  /// The path as written in the source.
  public var path: String
  /// What the path resolved to.
  public var resolved: String
  /// The confinement that refused it.
  public var confinement: FileConfinement

  /// Creates the error.
  public init(path: String, resolved: String, confinement: FileConfinement) {
    self.path = path
    self.resolved = resolved
    self.confinement = confinement
  }

  /// `input.outside_allowed_folders`, naming the path, where it leads and the folders allowed.
  public var diagnostic: Diagnostic {
    let shown = path == resolved ? "'\(path)'" : "'\(path)' (\(resolved))"
    return Diagnostic(
      id: DiagnosticID(phase: "input", name: "outside_allowed_folders"),
      message: "\(shown) is outside the folders this \(confinement.kind) may use",
      notes: [
        "a \(confinement.kind) reads and writes only inside its own folder (\(confinement.folder)), the data folders "
          + "that `attrition data path` lists, and files named on its command line",
        "if you trust it, run it with --allow-outside",
      ])
  }
}
