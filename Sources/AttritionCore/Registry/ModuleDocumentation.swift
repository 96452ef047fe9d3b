import AttritionSDK

/// Writes `Docs/Modules.md` from the registry's descriptors, so the reference can never drift
/// from the code: a test compares the file with this output.
public enum ModuleDocumentation {
  /// The command that regenerates the file.
  public static let regenerateCommand = "swift run attrition modules --markdown > Docs/Modules.md"

  /// The whole Markdown document.
  public static func markdown(_ registry: ModuleRegistry) -> String {
    var lines = [
      "<!-- GENERATED FILE. DO NOT EDIT! Regenerate with: \(regenerateCommand) -->",
      "",
      "# Modules",
      "",
      "The analysis modules built into Attrition. Call a function as `module.function(…)`;",
      "`:help module.function` prints the same text in a session. Every example below runs as a",
      "test and prints exactly what is shown.",
      "",
    ]
    lines += registry.modules.map { "- [`\($0.name)`](#\($0.name)) — \($0.summary)" }
    for module in registry.modules {
      lines += section(module)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func section(_ module: ModuleDescriptor) -> [String] {
    var lines = ["", "## \(module.name)", "", "Version \(module.version). \(module.summary)"]
    if !module.discussion.isEmpty { lines += ["", module.discussion] }
    if !module.datasets.isEmpty {
      lines += ["", "Datasets it registers:", ""]
      lines += module.datasets.map { "- `\($0.name)` — \($0.summary)" }
    }
    for function in module.functions {
      lines += ["", "### \(module.name).\(function.name)", "", "```", function.signature(module: module.name), "```"]
      lines += ["", function.summary]
      if !function.discussion.isEmpty { lines += ["", function.discussion] }
      if !function.parameters.isEmpty {
        lines += ["", "| parameter | kind | meaning |", "| --- | --- | --- |"]
        for parameter in function.parameters {
          let optional = parameter.isOptional ? " (optional)" : ""
          lines.append("| `\(parameter.name)` | \(parameter.kind.rawValue)\(optional) | \(parameter.summary) |")
        }
      }
      for example in function.examples {
        lines += ["", "```", example.input]
        lines += example.output.isEmpty ? [] : example.output.split(separator: "\n").map { "→ " + $0 }
        lines.append("```")
      }
    }
    return lines
  }
}
