import ArgumentParser
import AttritionBuiltins
import AttritionCore
import AttritionREPL
import Foundation

/// `attrition run FILE [ARG…]`, `attrition FILE`, `attrition -e EXPR`, `attrition -`.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a script (*.atn), an expression, or standard input."
  )

  @Option(name: .long, help: "How results are written: table, json, csv or markdown.")
  var format: OutputFormat = .table

  @Option(
    help: ArgumentHelp(
      "Say what each result answers, its name or statement before it (the table format): on for scripts, off for -e.",
      valueName: "on|off"))
  var echo: Echo?

  /// `--echo on|off`.
  enum Echo: String, ExpressibleByArgument {
    case on, off
  }

  @Flag(help: "With --format csv: write every result, each after a '# file:line: statement' comment line.")
  var all = false

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp(
      "With --format csv: write each result to a CSV file of its own in this folder.", valueName: "dir"))
  var output: String?

  @Option(name: [.customShort("e"), .long], help: "Evaluate this expression instead of a file.")
  var expression: String?

  @Option(
    name: .customLong("data-dir"),
    help: "A directory searched by load(dataset:) before ATTRITION_DATA and the cache; repeatable.")
  var dataDirectories: [String] = []

  @Option(
    name: .customLong("max-steps"),
    help: ArgumentHelp("The evaluation steps a statement may take (0: no limit).", valueName: "n"))
  var maxSteps: Int = Session.defaultStepLimit

  @Option(name: .long, help: "The REPL's history file (default: $XDG_STATE_HOME/attrition/history).")
  var history: String?

  @Option(name: .long, help: "Colour in the REPL: auto (a terminal without NO_COLOR), always or never.")
  var color: REPLOptions.ColorMode = .auto

  @Flag(
    name: .customLong("allow-outside"),
    help: "Let the script read and write files outside its folder and the data folders.")
  var allowsOutside = false

  @OptionGroup(title: "Plugins")
  var plugins: PluginOptions

  @Argument(help: "The script to run; '-' reads standard input.")
  var file: String?

  // ArgumentParser reads every word after `--` as a positional one, options included.
  @Argument(
    help: "Arguments for the script, as the list 'args': the words after FILE that are not options, and all after '--'."
  )
  var scriptArguments: [String] = []

  func validate() throws {
    if (all || output != nil) && format != .csv { throw ValidationError("--all and -o go with --format csv") }
    if all && output != nil { throw ValidationError("give --all or -o, not both") }
  }

  func run() throws {
    let status = settings.run()
    if status != 0 { throw ExitCode(status) }
  }

  /// The parsed options as plain values.
  var settings: RunSettings {
    RunSettings(
      format: format, expression: expression, dataDirectories: dataDirectories, maxSteps: maxSteps, history: history,
      color: color, plugins: plugins.permissions, allowsOutside: allowsOutside,
      csvDestination: output.map { .folder($0) } ?? (all ? .all : .single), echo: echo.map { $0 == .on }, file: file,
      scriptArguments: scriptArguments)
  }
}

extension OutputFormat: ExpressibleByArgument {}

extension REPLOptions.ColorMode: ExpressibleByArgument {}
