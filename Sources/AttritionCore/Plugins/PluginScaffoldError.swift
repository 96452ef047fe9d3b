public import AttritionSDK

/// Why `attrition plugin new` could not write a package.
public enum PluginScaffoldError: Error, DiagnosticConvertible, Equatable, Sendable {
  /// The name is not a `UpperCamelCase` or `lower_snake_case` identifier.
  case invalidName(String)
  /// The module the plugin would provide has the name of a built-in module, so it could never load.
  case builtInName(String)
  /// Something already exists where the package would go.
  case destinationExists(String)
  /// No SDK package at the path.
  case sdkNotFound(String)
  /// Writing failed.
  case cannotWrite(String, reason: String)

  /// The diagnostic, in the `plugin` phase.
  public var diagnostic: Diagnostic {
    let (name, message, notes): (String, String, [String]) =
      switch self {
      case .invalidName(let name):
        (
          "invalid_name", "'\(name)' is not a plugin name",
          ["use letters, digits and '_' or '-', starting with a letter: FrontlineDensity or frontline_density"]
        )
      case .builtInName(let module):
        (
          "built_in_name", "a built-in module is named '\(module)': a plugin module of that name would be refused",
          ["choose another name; built-in modules keep their names"]
        )
      case .destinationExists(let path):
        ("destination_exists", "'\(path)' already exists; nothing was written", ["choose another name or --path"])
      case .sdkNotFound(let path):
        (
          "sdk_not_found", "no Attrition SDK package at '\(path)'",
          ["pass --sdk PATH: the Plugins/AttritionSDK folder of an Attrition checkout (or set ATTRITION_SDK)"]
        )
      case .cannotWrite(let path, let reason):
        ("cannot_write", "cannot write '\(path)': \(reason)", [])
      }
    return Diagnostic(id: DiagnosticID(phase: "plugin", name: name), message: message, notes: notes)
  }
}
