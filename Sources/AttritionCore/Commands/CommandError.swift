import AttritionLanguage
public import AttritionSDK

/// Why a meta-command could not run.
public enum CommandError: DiagnosticConvertible, Equatable, Sendable {
  /// A file the command writes could not be written.
  case cannotWrite(path: String, reason: String)
  /// The argument is not one the command takes.
  case invalidArgument(command: String, argument: String)
  /// The command needs an argument.
  case missingArgument(command: String)
  /// The name a command is to bind (`:load FILE as NAME`) cannot be written as a name.
  case invalidName(command: String, name: String)
  /// The command takes one expression, and its argument is something else.
  case notAnExpression(command: String, found: String)
  /// A dataset name that a module's reference dataset holds, which that module's functions read.
  case reservedDataset(name: String, module: String)
  /// `:run` of a script that is already running: `chain` runs from that script to the `:run` of it.
  case runCycle(chain: [String])
  /// No command has this name.
  case unknownCommand(String)
  /// No dataset or variable holds a table of this name.
  case unknownTable(String, suggestion: String?)
  /// Help knows no such topic, module, function or dataset.
  case unknownTopic(String, suggestion: String?)

  /// The diagnostic, in the `command` phase.
  public var diagnostic: Diagnostic {
    let usage = { (command: String) in MetaCommand.usage.first { $0.name == command }?.usage ?? ":\(command)" }
    let (name, message, notes): (String, String, [String]) =
      switch self {
      case .cannotWrite(let path, let reason):
        ("cannot_write", "cannot write '\(path)': \(reason)", [])
      case .invalidArgument(let command, let argument):
        ("invalid_argument", "':\(command)' does not take '\(argument)'", ["usage: \(usage(command))"])
      case .invalidName(let command, let name):
        (
          "invalid_name", "'\(name)' is not a valid name for ':\(command)'",
          [
            "a name starts with a letter or '_', goes on with letters, digits and '_', and is not a keyword",
            "usage: \(usage(command))",
          ]
        )
      case .missingArgument(let command):
        ("missing_argument", "':\(command)' needs an argument", ["usage: \(usage(command))"])
      case .notAnExpression(let command, let found):
        ("not_an_expression", "':\(command)' takes one expression, found \(found)", ["usage: \(usage(command))"])
      case .reservedDataset(let name, let module):
        (
          "reserved_dataset",
          "'\(name)' is the reference dataset of module '\(module)', whose functions read it; it was not replaced",
          ["load the file under another name: ':load PATH as NAME'"]
        )
      case .runCycle(let chain):
        (
          "run_cycle", "':run' of a script that is already running: " + chain.joined(separator: " → "),
          ["a script cannot run itself, directly or through the scripts it runs"]
        )
      case .unknownCommand(let command):
        (
          "unknown_command", "unknown command ':\(command)'",
          (Suggestions.closest(to: command, among: MetaCommand.usage.map(\.name)).map { ["did you mean ':\($0)'?"] }
            ?? []) + ["commands: " + MetaCommand.usage.map { ":" + $0.name }.joined(separator: " ")]
        )
      case .unknownTable(let name, let suggestion):
        ("unknown_table", "no table or dataset '\(name)'", suggestion.map { ["did you mean '\($0)'?"] } ?? [])
      case .unknownTopic(let topic, let suggestion):
        ("unknown_topic", "no help for '\(topic)'", suggestion.map { ["did you mean '\($0)'?"] } ?? [])
      }
    return Diagnostic(id: DiagnosticID(phase: "command", name: name), message: message, notes: notes)
  }
}
