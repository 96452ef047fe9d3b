import AttritionCore

/// Which plugins a session loads and may load, as plain values (``PluginOptions`` parsed, or the
/// defaults of a command line without options).
struct PluginPermissions {
  /// Libraries given with `--plugin`.
  var paths: [String] = []
  /// Whether `--allow-plugins` lets a script's or notebook's `:plugin` lines load native code.
  var allowsPluginCommands = false
  /// Whether `--no-plugins` forbids every plugin but those of ``paths``.
  var forbidsPlugins = false

  /// Sets the session's plugin policy and loads the plugins, reporting failures; false when an
  /// explicit plugin failed. `script` says whether the session runs a script or notebook, whose
  /// `:plugin` lines need `--allow-plugins`.
  func load(into session: Session, script: Bool) -> Bool {
    session.pluginsForbidden = forbidsPlugins
    session.allowsPluginCommand = !forbidsPlugins && (!script || allowsPluginCommands)
    return session.loadPlugins(paths: paths, userFolder: forbidsPlugins ? nil : PluginFolder.standard())
  }
}
