import ArgumentParser

/// The `attrition` command: a script runner today; the REPL, notebooks and modules join as
/// subcommands of their own.
struct AttritionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attrition",
    abstract: "A workbench for war-attrition analysis: estimates with bounds, units and sources.",
    discussion: """
      Exit status: 0 on success, 1 when a script fails, 2 on a usage error.
      Options may go before or after FILE; the other words after FILE reach the script as 'args', \
      and so does everything after '--' (options included).
      """,
    version: "0.1.0",
    subcommands: [RunCommand.self, ModulesCommand.self, DataCommand.self, PluginCommand.self, NotebookCommand.self],
    defaultSubcommand: RunCommand.self
  )
}

extension AttritionCommand {
  /// The subcommands' names, read from their configurations (asking ArgumentParser for a
  /// command's name reflects over its type, which costs start-up time).
  static var subcommandNames: Set<String> {
    Set(configuration.subcommands.map { $0.configuration.commandName ?? $0._commandName })
  }
}
