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
}
