import ArgumentParser
import AttritionBuiltins
import AttritionCore
import AttritionREPL
import Foundation

/// What `attrition run` (and `attrition FILE`, `-e`, `-`, and the REPL) was asked to do, as plain
/// values: filled in by ``RunCommand`` from parsed options, or directly by ``FastArguments`` for
/// the common command lines that have no options.
struct RunSettings {
  /// How results are written.
  var format: OutputFormat = .table
  /// The expression given with `-e`, if any.
  var expression: String?
  /// Directories searched by `load(dataset:)` first.
  var dataDirectories: [String] = []
  /// The evaluation steps a statement may take (0: no limit).
  var maxSteps: Int = Session.defaultStepLimit
  /// The REPL's history file, if not the default.
  var history: String?
  /// Colour in the REPL.
  var color: REPLOptions.ColorMode = .auto
  /// `--plugin`, `--allow-plugins` and `--no-plugins`.
  var plugins = PluginPermissions()
  /// Whether `--allow-outside` lets a script use files outside its folder and the data folders.
  var allowsOutside = false
  /// Where `--format csv` writes a script's results: one on standard output, `--all`, or `-o DIR`.
  var csvDestination = CSVResultsOutput.Destination.single
  /// `--echo on|off`; nil: on for a script (a file or standard input), off for `-e` and the REPL.
  var echo: Bool?
  /// The script to run; `-` reads standard input.
  var file: String?
  /// Arguments for the script, as the list `args`.
  var scriptArguments: [String] = []

  /// Runs the script, expression, standard input or REPL on a large stack; returns the exit status.
  func run() -> Int32 {
    LargeStack.run { [self] in execute() }
  }

  private func execute() -> Int32 {
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
    // "… 1,576 more rows" is for a person at a terminal; a pipe or a file gets every row.
    if !StandardStream.output.isTerminal { session.renderer.rowLimit = .max }
    session.dataPath = DataPath(dataDirectories: dataDirectories)
    session.stepLimit = max(0, maxSteps)
    // A script from a file or standard input is confined and needs leave for plugins; what the
    // user types (the REPL, -e) is their own.
    let script = !interactive && expression == nil
    guard plugins.load(into: session, script: script) else { return 1 }
    session.renderer.labelsResults = echo ?? script
    if script && !allowsOutside {
      session.confinement = FileConfinement(
        kind: "script", folder: source.directory, dataPath: session.dataPath, files: scriptArguments)
    }
    if interactive {
      return REPL(
        session: session,
        options: REPLOptions(historyPath: history, color: color, version: AttritionCommand.configuration.version)
      )
      .run()
    }
    guard format == .csv else { return session.run(source) ? 0 : 1 }
    let csv = CSVResultsOutput(destination: csvDestination)
    session.frontEnd = csv
    let succeeded = session.run(source)
    return csv.finish(session) && succeeded ? 0 : 1
  }
}
