import AttritionLanguage
import AttritionSDK

/// The text of `:help`, built from the same descriptors the docs and tests use.
struct HelpText {
  let registry: ModuleRegistry
  let hostFunctions: [FunctionDescriptor]

  var builtins: [FunctionDescriptor] { (Evaluator.builtinFunctions + hostFunctions).sorted { $0.name < $1.name } }

  /// Help for a topic, or the overview when there is none.
  func render(_ topic: String?) throws(CommandError) -> String {
    guard let topic else { return overview() }
    if let module = registry.module(named: topic) { return self.module(module) }
    let parts = topic.split(separator: ".", maxSplits: 1).map(String.init)
    if parts.count == 2, let module = registry.module(named: parts[0]) {
      guard let function = module.function(named: parts[1]) else {
        let suggestion = Suggestions.closest(to: parts[1], among: module.functions.map(\.name))
        throw .unknownTopic(topic, suggestion: suggestion.map { "\(module.name).\($0)" })
      }
      return self.function(function, module: module.name)
    }
    if let function = builtins.first(where: { $0.name == topic }) { return self.function(function, module: nil) }
    let topics =
      registry.moduleNames + builtins.map(\.name)
      + registry.modules.flatMap { module in module.functions.map { "\(module.name).\($0.name)" } }
    throw .unknownTopic(topic, suggestion: Suggestions.closest(to: topic, among: topics))
  }

  func overview() -> String {
    var lines = ["Commands:"]
    let width = MetaCommand.usage.map(\.usage.count).max() ?? 0
    for command in MetaCommand.usage {
      lines.append("  " + command.usage.padded(to: width) + "  " + command.summary)
    }
    lines.append("")
    lines.append("Modules (':help NAME' for one):")
    let moduleWidth = registry.moduleNames.map(\.count).max() ?? 0
    for module in registry.modules {
      lines.append("  " + module.name.padded(to: moduleWidth) + "  " + module.summary)
    }
    lines.append("")
    lines.append("Functions: " + builtins.map(\.name).joined(separator: ", "))
    lines.append("Language reference: Docs/Language.md")
    return lines.joined(separator: "\n")
  }

  func module(_ module: ModuleDescriptor) -> String {
    var lines = ["\(module.name) \(module.version) — \(module.summary)"]
    if !module.discussion.isEmpty { lines += ["", module.discussion] }
    lines += ["", "Functions:"]
    for function in module.functions {
      lines.append("  " + function.signature(module: module.name))
      lines.append("      " + function.summary)
    }
    if !module.datasets.isEmpty {
      lines += ["", "Datasets:"]
      lines += module.datasets.map { "  \($0.name) — \($0.summary)" }
    }
    return lines.joined(separator: "\n")
  }

  func function(_ function: FunctionDescriptor, module: String?) -> String {
    var lines = [function.signature(module: module), "", function.summary]
    if !function.discussion.isEmpty { lines += ["", function.discussion] }
    if !function.parameters.isEmpty {
      lines += ["", "Parameters:"]
      let width = function.parameters.map(\.name.count).max() ?? 0
      for parameter in function.parameters {
        let optional = parameter.isOptional ? " (optional)" : ""
        lines.append(
          "  \(parameter.name.padded(to: width))  \(parameter.kind.rawValue)\(optional)  \(parameter.summary)")
      }
    }
    if !function.examples.isEmpty {
      lines += ["", "Examples:"]
      for example in function.examples {
        lines.append("  " + example.input)
        if !example.output.isEmpty {
          lines += example.output.split(separator: "\n", omittingEmptySubsequences: false).map { "  → " + $0 }
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// The string padded with spaces on the right to `width` characters.
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
