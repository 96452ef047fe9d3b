import AttritionLanguage
import AttritionSDK

/// The text of `:help`, built from the same descriptors the docs and tests use.
struct HelpText {
  let registry: ModuleRegistry
  let hostFunctions: [FunctionDescriptor]
  /// The width prose is wrapped to, at word boundaries; signatures and examples are not wrapped.
  var width = HelpText.defaultWidth

  /// The width of help in scripts, and the widest at the REPL: long lines are hard to read.
  static let defaultWidth = 100

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
    var lines = wrap("\(module.name) \(module.version) — \(module.summary)")
    if !module.discussion.isEmpty { lines += [""] + wrap(module.discussion) }
    lines += ["", "Functions:"]
    for function in module.functions {
      lines.append("  " + function.signature(module: module.name))
      lines += wrap(function.summary, indent: "      ")
    }
    if !module.datasets.isEmpty {
      lines += ["", "Datasets:"]
      lines += module.datasets.flatMap { wrap("\($0.name) — \($0.summary)", indent: "    ", first: "  ") }
    }
    return lines.joined(separator: "\n")
  }

  func function(_ function: FunctionDescriptor, module: String?) -> String {
    var lines = [function.signature(module: module), ""] + wrap(function.summary)
    if !function.discussion.isEmpty { lines += [""] + wrap(function.discussion) }
    if !function.parameters.isEmpty {
      lines += ["", "Parameters:"]
      let names = function.parameters.map(\.name.count).max() ?? 0
      let types = function.parameters.map { HelpText.type(of: $0).count }.max() ?? 0
      // A summary too long for its line goes on under itself, so the table stays a table.
      let hanging = String(repeating: " ", count: 2 + names + 2 + types + 2)
      for parameter in function.parameters {
        let head = "  \(parameter.name.padded(to: names))  \(HelpText.type(of: parameter).padded(to: types))  "
        lines += wrap(parameter.summary, indent: hanging, first: head)
      }
    }
    if !function.examples.isEmpty {
      lines += ["", "Examples:"]
      for example in function.examples {
        lines += example.input.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        if !example.output.isEmpty {
          lines += example.output.split(separator: "\n", omittingEmptySubsequences: false).map { "  → " + $0 }
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension HelpText {
  /// A parameter's type as the table shows it.
  static func type(of parameter: ParameterDescriptor) -> String {
    parameter.kind.rawValue + (parameter.isOptional ? " (optional)" : "")
  }

  /// The text wrapped to ``width`` at spaces, each line of it (a paragraph) on its own; lines
  /// after the first start with `indent`, the first with `first` (`indent` when nil). A word
  /// longer than the width is not broken.
  func wrap(_ text: String, indent: String = "", first: String? = nil) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = lines.isEmpty ? (first ?? indent) : indent
      var empty = true
      for word in paragraph.split(separator: " ") {
        if !empty && line.count + 1 + word.count > width {
          lines.append(line)
          line = indent
          empty = true
        }
        line += (empty ? "" : " ") + word
        empty = false
      }
      lines.append(empty ? String(line.reversed().drop { $0 == " " }.reversed()) : line)
    }
    return lines
  }
}

extension String {
  /// The string padded with spaces on the right to `width` characters.
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
