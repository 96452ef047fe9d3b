import Foundation

/// The user's plugin folder, `$XDG_DATA_HOME/attrition/plugins` (by default
/// `~/.local/share/attrition/plugins`): every `*.so` in it is loaded at start unless `--no-plugins`.
///
/// Plugins are never loaded from the working directory implicitly: only this folder and paths the
/// user names.
public struct PluginFolder: Sendable, Equatable {
  /// The folder's absolute path.
  public let path: String

  /// The folder at a path.
  public init(path: String) {
    self.path = path
  }

  /// The folder the environment names: `$XDG_DATA_HOME/attrition/plugins`, else under `$HOME`.
  /// Nil when neither variable gives an absolute path.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> PluginFolder? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return PluginFolder(path: data + "/attrition/plugins")
    }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return PluginFolder(path: home + "/.local/share/attrition/plugins")
    }
    return nil
  }

  /// The `*.so` files in the folder, sorted by name; none when the folder does not exist.
  public func libraries() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.hasSuffix(".so") && !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
  }

  /// Whether `written` names a plugin rather than a file: a product name such as
  /// `ForceGeneration`, with no folder and no `.so`.
  public static func isName(_ written: String) -> Bool {
    !written.isEmpty && !written.contains("/") && !written.hasSuffix(".so")
      && written.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
  }

  /// The places a plugin named `name` is looked for, in order: `lib<name>.so` in the user's
  /// plugin folder, then beside the running executable (where `swift build` puts the products of
  /// the package attrition was built from, in a debug and a release build alike). Never the
  /// working directory, never the dynamic loader's search path.
  public static func candidates(
    forName name: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    let file = "lib\(name).so"
    var places: [String] = []
    if let folder = standard(environment: environment) { places.append(folder.path + "/" + file) }
    if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      places.append((executable as NSString).deletingLastPathComponent + "/" + file)
    }
    return places
  }
}
