import AttritionSDK
import Foundation

extension Session {
  /// What loading a plugin did, as `:plugin` reports it.
  public struct PluginLoadOutcome: Sendable {
    /// The plugin.
    public let plugin: PluginLoader.Loaded
    /// Whether it was loaded before, so nothing was done.
    public let wasLoaded: Bool

    /// One line: the plugin, its version and SDK, and the modules it added.
    public var summary: String {
      let manifest = plugin.manifest
      if wasLoaded { return "plugin '\(manifest.name)' is already loaded from \(plugin.path)" }
      let modules = manifest.modules.map(\.descriptor).map { "\($0.name) (\($0.functions.count) functions)" }
      return "loaded plugin '\(manifest.name)' \(manifest.version) (SDK \(manifest.sdkVersion)): "
        + (modules.isEmpty
          ? "no modules" : "module" + (modules.count == 1 ? " " : "s ") + modules.joined(separator: ", "))
    }
  }

  /// Loads the plugin at a path (relative to the running script), or named by its product name
  /// (`ForceGeneration`: see ``PluginFolder/candidates(forName:environment:)``), and registers its
  /// modules and their datasets. Diagnostics show the path as written.
  ///
  /// A plugin whose library was loaded before is not loaded again. A plugin whose module names are
  /// malformed or taken is refused whole, and the registry is left as it was.
  ///
  /// - Throws: ``PluginError`` naming the path and the fix.
  public func loadPlugin(at path: String) throws(PluginError) -> PluginLoadOutcome {
    var file = resolve(path)
    if PluginFolder.isName(path) {
      let places = PluginFolder.candidates(forName: path)
      guard let found = places.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
        throw .notFound(name: path, searched: places)
      }
      file = found
    }
    let canonical = try PluginLoader.checkFile(at: file, shownAs: path)
    if let loaded = plugins.first(where: { $0.path == canonical }) {
      return PluginLoadOutcome(plugin: loaded, wasLoaded: true)
    }
    return try register(try PluginLoader.load(path: canonical, shownAs: path), shownAs: path)
  }

  /// Registers a loaded plugin's modules and datasets, or refuses it whole.
  func register(_ loaded: PluginLoader.Loaded, shownAs path: String) throws(PluginError) -> PluginLoadOutcome {
    do {
      registry = try registry.registering(loaded.manifest.modules)
    } catch {
      switch error {
      case .duplicateModule(let name): throw .duplicateModule(path: path, module: name)
      default: throw .invalidModule(path: path, reason: error.diagnostic.message)
      }
    }
    plugins.append(loaded)
    registerDatasets(of: loaded.manifest.modules.map(\.descriptor))
    return PluginLoadOutcome(plugin: loaded, wasLoaded: false)
  }

  /// Loads plugins given on the command line, then (unless `userFolder` is nil) every `*.so` in
  /// the user's plugin folder, reporting each failure through the session's one renderer.
  ///
  /// Returns false when an explicitly named plugin failed; a broken plugin in the user folder is
  /// reported as a warning and skipped, so one stale library cannot stop every session.
  public func loadPlugins(paths: [String], userFolder: PluginFolder?) -> Bool {
    var succeeded = true
    for path in paths {
      do {
        _ = try loadPlugin(at: path)
      } catch {
        report(error.diagnostic, file: nil)
        succeeded = false
      }
    }
    for path in userFolder?.libraries() ?? [] {
      do {
        _ = try loadPlugin(at: path)
      } catch {
        var diagnostic = error.diagnostic
        diagnostic.severity = .warning
        diagnostic.notes.append("skipped: remove it from \(userFolder?.path ?? "the plugin folder") or rebuild it")
        report(diagnostic, file: nil)
      }
    }
    return succeeded
  }
}
