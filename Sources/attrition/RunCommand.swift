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

  @OptionGroup(title: "Plugins")
  var plugins: PluginOptions

  @Argument(help: "The script to run; '-' reads standard input.")
  var file: String?

  @Argument(parsing: .captureForPassthrough, help: "Arguments for the script, as the list 'args'.")
  var scriptArguments: [String] = []

  func run() throws {
    let status = LargeStack.run { [self] in execute() }
    if status != 0 { throw ExitCode(status) }
  }

  func execute() -> Int32 {
    var arguments = scriptArguments
    let source: SourceFile
    let interactive = expression == nil && file == nil && REPL.standardInputIsTerminal
    do {
      if let expression {
        if let file { arguments.insert(file, at: 0) }
        source = SourceFile(name: "<expression>", text: expression)
      } else if let file, file != "-" {
        source = try SourceFile.read(path: file)
      } else if !interactive {
        source = try SourceFile.readStandardInput()
      } else {
        source = SourceFile(name: "<repl>", text: "")
      }
    } catch {
      Session().report(error.diagnostic, file: error.path)
      return 1
    }
    let registry: ModuleRegistry
    do {
      registry = try ModuleRegistry(modules: builtinModules)
    } catch {
      Session().report(error.diagnostic, file: nil)
      return 1
    }
    let session = Session(registry: registry, arguments: arguments, format: format)
    session.dataPath = DataPath(dataDirectories: dataDirectories)
    session.stepLimit = max(0, maxSteps)
    guard plugins.load(into: session) else { return 1 }
    if interactive {
      return REPL(
        session: session,
        options: REPLOptions(historyPath: history, color: color, version: AttritionCommand.configuration.version)
      ).run()
    }
    return session.run(source) ? 0 : 1
  }
}

extension OutputFormat: ExpressibleByArgument {}

extension REPLOptions.ColorMode: ExpressibleByArgument {}
