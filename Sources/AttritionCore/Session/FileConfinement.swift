import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The folders a script or notebook may read and write: its own folder tree, the data path's
/// folders and the files named on the command line. A notebook from someone else must not quote
/// `/etc/passwd` into a published brief, nor write over `~/.bashrc` (Decision 0029).
///
/// Paths are compared after symbolic links are resolved, so a link inside the folder that points
/// out of it leads out of it. `--allow-outside` lifts the confinement; the REPL and `-e` are not
/// confined: what is typed there is the user's own.
public struct FileConfinement: Equatable, Sendable {
  /// What the confined source is, for messages: "script" or "notebook".
  public var kind: String
  /// The source's own folder, resolved.
  public var folder: String
  /// Other folders it may use (the data path's), resolved.
  public var dataFolders: [String]
  /// Files it may use wherever they are: those named on the command line, resolved.
  public var files: Set<String>

  /// The confinement of a source of `kind` in `folder`: that folder, the data path's folders and
  /// `files` (paths as given, relative to the working directory).
  public init(kind: String, folder: String, dataPath: DataPath, files: [String] = []) {
    self.kind = kind
    self.folder = FileConfinement.resolved(folder)
    dataFolders = dataPath.searchedPaths.map(FileConfinement.resolved)
    let working = FileManager.default.currentDirectoryPath
    self.files = Set(
      files.flatMap { file in
        [working, folder].map {
          FileConfinement.resolved(
            URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: $0, isDirectory: true)).path)
        }
      })
  }

  /// Whether an absolute path (symbolic links not yet resolved) lies inside.
  public func permits(_ path: String) -> Bool {
    let real = FileConfinement.resolved(path)
    if files.contains(real) { return true }
    return ([folder] + dataFolders).contains { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
  }

  /// The path with `.` and `..` applied and every symbolic link resolved, as far as it exists;
  /// the part that does not exist yet (a file about to be written) is appended as written.
  public static func resolved(_ path: String) -> String {
    var existing = path
    var missing: [String] = []
    while true {
      if let real = realpath(existing, nil) {
        defer { free(real) }
        let base = String(cString: real)
        guard !missing.isEmpty else { return base }
        return URL(fileURLWithPath: base).appendingPathComponent(missing.reversed().joined(separator: "/"))
          .standardizedFileURL.path
      }
      let parent = (existing as NSString).deletingLastPathComponent
      if parent == existing || parent.isEmpty { return URL(fileURLWithPath: path).standardizedFileURL.path }
      missing.append((existing as NSString).lastPathComponent)
      existing = parent
    }
  }
}
