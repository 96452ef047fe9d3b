import ArgumentParser
import AttritionCore

/// The options that choose which plugins a session may load: `--plugin PATH` (repeatable),
/// `--allow-plugins` (a script's or notebook's own `:plugin` lines) and `--no-plugins`, which
/// forbids every plugin but those named with `--plugin`: none from the user folder, and `:plugin`
/// is refused, in the REPL too.
struct PluginOptions: ParsableArguments {
  @Option(
    name: .customLong("plugin"),
    help: ArgumentHelp("A plugin library (lib<Name>.so) to load; repeatable.", valueName: "path"))
  var paths: [String] = []

  @Flag(
    name: .customLong("allow-plugins"),
    help: "Let the script or notebook load plugins with ':plugin' (native code, run with your rights).")
  var allowsPluginCommands = false

  @Flag(
    name: .customLong("no-plugins"),
    help:
      "Load no plugin but those named with --plugin: none from $XDG_DATA_HOME/attrition/plugins, and ':plugin' is refused."
  )
  var forbidsPlugins = false

  func validate() throws {
    if forbidsPlugins && allowsPluginCommands {
      throw ValidationError("--allow-plugins and --no-plugins cannot be used together")
    }
  }

  /// The parsed options as plain values.
  var permissions: PluginPermissions {
    PluginPermissions(paths: paths, allowsPluginCommands: allowsPluginCommands, forbidsPlugins: forbidsPlugins)
  }

  /// Loads the plugins into a session; see ``PluginPermissions/load(into:script:)``.
  func load(into session: Session, script: Bool) -> Bool {
    permissions.load(into: session, script: script)
  }
}
