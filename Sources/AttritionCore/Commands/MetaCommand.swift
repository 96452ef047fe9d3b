import AttritionLanguage

/// The meta-commands shared by scripts, the REPL and notebooks: lines that start with `:`.
public enum MetaCommand: Equatable, Sendable {
  /// `:help [topic]`: commands, modules and functions, or one of them in full.
  case help(String?)
  /// `:modules`: the registered modules.
  case modules
  /// `:datasets`: the shared datasets.
  case datasets
  /// `:describe NAME`: a table's schema, row count, date range and sources.
  case describe(String)
  /// `:explain EXPR`: the derivation of a result: the inputs, bounds and sources it rests on.
  case explain(String)
  /// `:load PATH [as NAME]`: reads a file into the shared catalog.
  case load(path: String, name: String?)
  /// `:plugin PATH`: loads a plugin library and registers its modules.
  case plugin(String)
  /// `:run FILE`: runs a script in this session.
  case run(String)
  /// `:save FILE`: this session's successful input, written as a script `attrition run` replays.
  case save(String)
  /// `:format table|csv|json|markdown`: how results are written from now on.
  case format(OutputFormat)
  /// `:timer on|off`: whether each statement's time is shown.
  case timer(Bool)
  /// `:quit`: ends the session (the rest of a script is not run).
  case quit

  /// Every command name with its usage line, in the order help lists them.
  public static let usage: [(name: String, usage: String, summary: String)] = [
    ("help", ":help [topic|module|module.function]", "this list, or the help of a module or function"),
    ("modules", ":modules", "the analysis modules and their functions"),
    ("datasets", ":datasets", "the shared datasets"),
    ("describe", ":describe NAME", "a table's columns, rows, date range and sources"),
    ("explain", ":explain EXPR", "the derivation of a result: its inputs, bounds and sources"),
    ("load", ":load PATH [as NAME]", "read a CSV, TSV, JSON or GeoJSON file into the shared datasets"),
    ("plugin", ":plugin PATH", "load a plugin (lib<Name>.so) and register its modules"),
    ("run", ":run FILE", "run a script in this session"),
    ("save", ":save FILE", "write this session's successful input as a script 'attrition run' replays"),
    ("format", ":format table|csv|json|markdown", "how results are written"),
    ("timer", ":timer on|off", "show how long each statement takes"),
    ("quit", ":quit", "end the session"),
  ]

  /// Parses a command from its name and the rest of its line.
  ///
  /// - Throws: ``CommandError`` for an unknown command or a malformed argument.
  public init(name: String, argument: String) throws(CommandError) {
    let argumentOrNil = argument.isEmpty ? nil : argument
    switch name {
    case "help", "h", "?": self = .help(argumentOrNil)
    case "modules": self = .modules
    case "datasets": self = .datasets
    case "describe":
      guard let argumentOrNil else { throw .missingArgument(command: name) }
      self = .describe(argumentOrNil)
    case "explain":
      guard let argumentOrNil else { throw .missingArgument(command: name) }
      self = .explain(argumentOrNil)
    case "load":
      self = try MetaCommand.parseLoad(argument)
    case "plugin":
      guard let argumentOrNil else { throw .missingArgument(command: name) }
      self = .plugin(MetaCommand.unquoted(argumentOrNil))
    case "run":
      guard let argumentOrNil else { throw .missingArgument(command: name) }
      self = .run(MetaCommand.unquoted(argumentOrNil))
    case "save":
      guard let argumentOrNil else { throw .missingArgument(command: name) }
      self = .save(MetaCommand.unquoted(argumentOrNil))
    case "format":
      guard let argumentOrNil else { throw .missingArgument(command: name) }
      guard let format = OutputFormat(rawValue: argumentOrNil) else {
        throw .invalidArgument(command: name, argument: argument)
      }
      self = .format(format)
    case "timer":
      guard argumentOrNil != nil else { throw .missingArgument(command: name) }
      guard argument == "on" || argument == "off" else { throw .invalidArgument(command: name, argument: argument) }
      self = .timer(argument == "on")
    case "quit", "q", "exit": self = .quit
    default: throw .unknownCommand(name)
    }
  }

  private static func parseLoad(_ argument: String) throws(CommandError) -> MetaCommand {
    guard !argument.isEmpty else { throw .missingArgument(command: "load") }
    let words = argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    if words.count >= 3, words[words.count - 2] == "as" {
      let path = words.dropLast(2).joined(separator: " ")
      let name = words[words.count - 1]
      // Refused now, not when the table is read: a name that is no name could never be used.
      guard Lexer.tokenize(name).tokens.map(\.kind) == [.identifier(name), .end] else {
        throw .invalidName(command: "load", name: name)
      }
      return .load(path: unquoted(path), name: name)
    }
    return .load(path: unquoted(argument), name: nil)
  }

  /// Whether a script replaying the session needs this command: it changes the session's state or
  /// shows a result. Looking around (`:help`, `:modules`, `:datasets`) and `:save` itself do not.
  public var belongsInTranscript: Bool {
    switch self {
    case .help, .modules, .datasets, .save, .quit: false
    case .describe, .explain, .load, .plugin, .run, .format, .timer: true
    }
  }

  /// A path without the quotes the user may have put around it.
  static func unquoted(_ text: String) -> String {
    guard text.count >= 2, text.first == "\"", text.last == "\"" else { return text }
    return String(text.dropFirst().dropLast())
  }
}
