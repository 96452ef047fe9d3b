public import AttritionSDK

/// Why a plugin could not be loaded: each case names the path and, in its notes, the fix.
public enum PluginError: Error, DiagnosticConvertible, Equatable, Sendable {
  /// Nothing exists at the path.
  case missing(path: String)
  /// No plugin of this name is in the places names are looked for.
  case notFound(name: String, searched: [String])
  /// The path is a directory.
  case isDirectory(path: String)
  /// The file exists but cannot be read.
  case unreadable(path: String, reason: String)
  /// The file is not an ELF shared library (a text file renamed `.so`, an executable, …).
  case notSharedLibrary(path: String, found: String)
  /// The dynamic loader refused the library; `reason` is its message.
  case loadFailed(path: String, reason: String)
  /// The library loaded but lacks an entry point of the plugin contract.
  case notAPlugin(path: String, missingSymbol: String)
  /// The plugin was compiled against another version of the plugin contract.
  case abiMismatch(path: String, plugin: Int32, host: Int32)
  /// A module of the plugin has a name already registered; the plugin was refused.
  case duplicateModule(path: String, module: String)
  /// A module of the plugin is malformed (a name that is not `lower_snake_case`, a function twice).
  case invalidModule(path: String, reason: String)
  /// A script or notebook asked for a plugin, which only the command line may allow.
  case notAllowed(path: String, source: String)
  /// `--no-plugins` was given: `:plugin` loads nothing.
  case forbidden(path: String)
  /// The library, or the folder holding it, may be changed by other users: what it runs is not
  /// the owner's to vouch for. `what` names the file or folder.
  case writableByOthers(path: String, what: String)
  /// The library belongs to another user (not root, not the one running attrition).
  case ownedByAnother(path: String, owner: UInt32)

  /// The diagnostic, in the `plugin` phase.
  public var diagnostic: Diagnostic {
    let (name, message, notes) = parts
    return Diagnostic(id: DiagnosticID(phase: "plugin", name: name), message: message, notes: notes)
  }

  private static let contract =
    "a plugin exports 'attrition_plugin_abi_version' and 'attrition_plugin_manifest'; "
    + "`attrition plugin new NAME` writes a package that has both (see Docs/Plugins.md)"

  private var parts: (String, String, [String]) {
    switch self {
    case .missing(let path):
      (
        "missing", "no plugin at '\(path)'",
        ["check the path; `swift build` writes a plugin to .build/debug/lib<Name>.so (or .build/release)"]
      )
    case .notFound(let name, let searched):
      (
        "missing", "no plugin named '\(name)'",
        [
          "looked for "
            + (searched.isEmpty ? "nothing: neither HOME nor XDG_DATA_HOME is set" : searched.joined(separator: ", "))
        ]
          + ["build it with `swift build --product \(name)`, or give the path of its lib\(name).so"]
      )
    case .isDirectory(let path):
      ("is_directory", "'\(path)' is a directory, not a plugin", ["pass the plugin's lib<Name>.so file"])
    case .unreadable(let path, let reason):
      ("unreadable", "cannot read plugin '\(path)': \(reason)", ["check the file's permissions"])
    case .notSharedLibrary(let path, let found):
      (
        "not_shared_library", "'\(path)' is not a shared library (\(found))",
        ["a plugin is the lib<Name>.so that `swift build` makes from a package with a .dynamic library product"]
      )
    case .loadFailed(let path, let reason):
      ("load_failed", "cannot load plugin '\(path)': \(reason)", PluginError.advice(forLoaderMessage: reason))
    case .notAPlugin(let path, let symbol):
      (
        "not_a_plugin", "'\(path)' is a shared library but not an Attrition plugin: it has no '\(symbol)' entry point",
        [PluginError.contract]
      )
    case .abiMismatch(let path, let plugin, let host):
      (
        "abi_mismatch", "'\(path)' was built against Attrition SDK ABI \(plugin); this attrition has ABI \(host)",
        [
          "rebuild the plugin against this attrition's SDK (SDK \(PluginABI.loadedSDKVersion), ABI \(host)), "
            + "or use an attrition whose SDK has ABI \(plugin)"
        ]
      )
    case .duplicateModule(let path, let module):
      (
        "duplicate_module",
        "'\(path)' provides a module named '\(module)', which is already registered; "
          + "the plugin was refused and the existing module kept",
        ["rename the module in the plugin's descriptor"]
      )
    case .invalidModule(let path, let reason):
      ("invalid_module", "'\(path)' provides a malformed module: \(reason)", ["fix the plugin's descriptor"])
    case .notAllowed(let path, let source):
      (
        "not_allowed", "a \(source) may not load plugin '\(path)': a plugin is native code, run with the user's rights",
        ["if you trust the \(source) and the plugin, run it with --allow-plugins, or name the plugin with --plugin"]
      )
    case .forbidden(let path):
      (
        "forbidden", "plugin '\(path)' was not loaded: --no-plugins forbids loading plugins",
        ["name it with --plugin on the command line instead"]
      )
    case .writableByOthers(let path, let what):
      (
        "writable_by_others",
        "plugin '\(path)' was refused: \(what) can be changed by other users, so anyone could change the code it runs",
        ["remove the write permission for others (chmod o-w), or move the plugin to a folder only you can write"]
      )
    case .ownedByAnother(let path, let owner):
      (
        "owned_by_another", "plugin '\(path)' was refused: it belongs to another user (uid \(owner))",
        ["load plugins you (or root) own: copy it, check it, and load the copy"]
      )
    }
  }

  /// What to do about a message of the dynamic loader.
  static func advice(forLoaderMessage message: String) -> [String] {
    if message.contains("undefined symbol") {
      return [
        "the plugin needs a symbol this attrition does not have: it was probably built against another "
          + "version of the Attrition SDK; rebuild it against this one"
      ]
    }
    if message.contains("cannot open shared object file") {
      return ["a library the plugin depends on was not found; build the plugin against this attrition's SDK"]
    }
    if message.contains("wrong ELF class") || message.contains("ELF") {
      return ["the library was built for another kind of machine; rebuild it here"]
    }
    return []
  }
}
