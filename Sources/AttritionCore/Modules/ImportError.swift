public import AttritionSDK

/// Why a script module could not be imported; reported at the `import` that asked for it.
public enum ImportError: Error, DiagnosticConvertible, Equatable, Sendable {
  /// The module imports itself, directly or through others; `chain` runs from the first import back to it.
  case cycle(chain: [String])
  /// The module's name (its file name, or its `module` line) is not a `lower_snake_case` name.
  case invalidModuleName(String, path: String)
  /// A module of that name is already registered (a built-in, a plugin or another script module).
  case duplicateModule(String, path: String)
  /// The module names itself twice.
  case duplicateDeclaration(path: String, line: Int)
  /// A meta-command in a module file, which only scripts, the REPL and notebooks may run.
  case commandInModule(String, path: String, line: Int)

  /// The diagnostic, in the `import` phase.
  public var diagnostic: Diagnostic {
    let (name, message, notes): (String, String, [String]) =
      switch self {
      case .cycle(let chain):
        (
          "cycle", "import cycle: " + chain.joined(separator: " → "),
          ["a module cannot import, directly or through others, a module that imports it"]
        )
      case .invalidModuleName(let module, let path):
        (
          "invalid_module_name", "'\(path)' would be the module '\(module)', which is not a lower_snake_case name",
          ["add a line such as 'module \(ImportError.suggestedName(for: module))' to the file"]
        )
      case .duplicateModule(let module, let path):
        (
          "duplicate_module", "'\(path)' is the module '\(module)', but a module of that name is already registered",
          ["add a line 'module other_name' to the file to import it under another name"]
        )
      case .duplicateDeclaration(let path, let line):
        ("duplicate_declaration", "'\(path)' names its module a second time on line \(line)", [])
      case .commandInModule(let command, let path, let line):
        (
          "command_in_module", "'\(path)' runs ':\(command)' on line \(line); a module may only define and import",
          ["run meta-commands in the script that imports the module"]
        )
      }
    return Diagnostic(id: DiagnosticID(phase: "import", name: name), message: message, notes: notes)
  }

  /// A lower_snake_case spelling of a name: `Front-Line` → `front_line`.
  static func suggestedName(for name: String) -> String {
    var result = ""
    for scalar in name.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if ("A"..."Z").contains(scalar) {
        if !result.isEmpty && result.last != "_" { result += "_" }
        result += String(scalar).lowercased()
      } else if !result.isEmpty && result.last != "_" {
        result += "_"
      }
    }
    while result.hasSuffix("_") { result.removeLast() }
    guard let first = result.unicodeScalars.first, ("a"..."z").contains(first) else { return "m_" + result }
    return result
  }
}
