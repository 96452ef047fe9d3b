import ArgumentParser
import AttritionCore

/// The options that choose which plugins a session loads: `--plugin PATH` (repeatable) and
/// `--no-plugins`, which skips the user's plugin folder.
struct PluginOptions: ParsableArguments {
  @Option(
    name: .customLong("plugin"),
    help: ArgumentHelp("A plugin library (lib<Name>.so) to load; repeatable.", valueName: "path"))
  var paths: [String] = []

  @Flag(
    name: .customLong("no-plugins"),
    help: "Do not load the plugins in $XDG_DATA_HOME/attrition/plugins (~/.local/share/attrition/plugins).")
  var skipsUserFolder = false

  /// Loads the plugins into a session, reporting failures; false when an explicit plugin failed.
  func load(into session: Session) -> Bool {
    session.loadPlugins(paths: paths, userFolder: skipsUserFolder ? nil : PluginFolder.standard())
  }
}
