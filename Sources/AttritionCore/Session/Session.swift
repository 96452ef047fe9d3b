import AttritionData
public import AttritionLanguage
public import AttritionSDK
import Foundation

/// One analysis session: the evaluator's bindings, the functions the host adds (`load`), and
/// where results and diagnostics go. Scripts, the REPL and notebooks all run through a session.
///
/// A session is used from one thread at a time; only ``cancellationRequested`` is written from
/// elsewhere (a signal handler), hence `@unchecked Sendable`.
public final class Session: EvaluationHost, ModuleContext, @unchecked Sendable {
  /// The evaluator holding this session's bindings.
  public let evaluator: Evaluator
  /// The analysis modules this session calls: the built-ins, then plugins and script modules as they load.
  public internal(set) var registry: ModuleRegistry
  /// The plugins loaded into this session, in load order.
  public internal(set) var plugins: [PluginLoader.Loaded] = []
  /// The named tables this session shares.
  public let catalog: DatasetCatalog
  /// How results are written.
  public var renderer: ValueRenderer
  /// How diagnostics are written.
  public var diagnosticRenderer: DiagnosticRenderer
  /// The front end: where results, diagnostics, warnings and text go, as ``SessionEvent``s.
  public var frontEnd: any SessionOutput
  /// Called with a plugin's path before a function of the plugin runs: the REPL saves its inputs
  /// then, since native code that traps ends the process. Nil: nothing is called.
  public var willRunPluginCode: (@Sendable (String) -> Void)?
  /// The folder relative paths resolve against while no script is running.
  public var workingDirectory: String
  var directoryStack: [String] = []
  /// The script modules imported so far and those being imported now.
  var imports = ImportState()
  /// How many parse errors of one source are shown.
  public static let parseErrorLimit = 20

  /// The functions the session adds to the language (`load`); built on first use, not on every lookup.
  lazy var hostFunctions: [String: FunctionDescriptor] = makeHostFunctions()
  /// The directories `load(dataset:)` searches, in order; by default from `ATTRITION_DATA` and the cache.
  public var dataPath = DataPath()
  /// The folders a script or notebook may use; nil (the REPL, `-e`, `--allow-outside`): any.
  public var confinement: FileConfinement?
  /// Whether `:plugin` may load native code: the REPL's own choice, a script's or notebook's
  /// only with `--allow-plugins`. ``pluginsForbidden`` overrides it.
  public var allowsPluginCommand = true
  /// Whether `--no-plugins` forbids `:plugin` (the user folder is skipped; `--plugin` still loads).
  public var pluginsForbidden = false
  /// The REPL inputs run so far, so a diagnostic about one of them can quote it.
  var inputs = InputLog()
  /// The statements of this session that succeeded, for `:save`.
  public internal(set) var transcript = SessionTranscript()

  /// The evaluation steps a statement may take by default.
  public static let defaultStepLimit = StepBudget.defaultLimit
  /// The evaluation steps each statement may take (0: no limit), for `--max-steps`.
  public var stepLimit: Int {
    get { evaluator.budget.limit }
    set { evaluator.budget.limit = newValue }
  }

  /// The width `:help` wraps its prose to: 100 characters, and the terminal's width at the REPL
  /// when that is narrower.
  public var helpWidth = HelpText.defaultWidth
  /// Whether each statement's run time is shown (`:timer on`).
  public var showsTimings = false
  /// Set from a signal handler to stop the running computation.
  public nonisolated(unsafe) var cancellationRequested = false

  /// Creates a session; `arguments` become the script's `args`. Its front end is a
  /// ``TextOutput`` over `output` (results and text) and `errorOutput` (diagnostics, warnings).
  public init(
    registry: ModuleRegistry = .empty, arguments: [String] = [], format: OutputFormat = .table,
    output: @escaping (String) -> Void = { StandardStream.output.writeLine($0) },
    errorOutput: @escaping (String) -> Void = { Session.writeStandardError($0) }
  ) {
    evaluator = Evaluator()
    self.registry = registry
    catalog = DatasetCatalog()
    renderer = ValueRenderer(format: format)
    diagnosticRenderer = DiagnosticRenderer()
    frontEnd = TextOutput(output: output, errorOutput: errorOutput)
    workingDirectory = FileManager.default.currentDirectoryPath
    evaluator.host = self
    evaluator.define("args", .list(arguments.map { .string($0) }))
    registerDatasets(of: registry.modules)
  }

  func registerDatasets(of modules: [ModuleDescriptor]) {
    for module in modules {
      for dataset in module.datasets {
        catalog.register(
          name: dataset.name, path: dataset.path, summary: dataset.summary,
          citation: "Attrition reference dataset '\(dataset.name)' (module \(module.name) \(module.version))")
      }
    }
  }

  /// Parses and runs a source, writing each expression statement's value; stops at the first
  /// error. Returns whether every statement succeeded.
  @discardableResult
  public func run(_ source: SourceFile) -> Bool {
    let statements: [Statement]
    switch Parser.parse(source.text, firstLine: source.firstLine) {
    case .success(let parsed): statements = parsed
    case .failure(let failure):
      // A file that is not a script (a CSV run by mistake) has an error on every line.
      for error in failure.errors.prefix(Session.parseErrorLimit) { report(error.diagnostic, in: source) }
      if failure.errors.count > Session.parseErrorLimit {
        emit(.note("\(source.name): \(failure.errors.count - Session.parseErrorLimit) more errors not shown"))
      }
      return false
    }
    directoryStack.append(source.directory)
    defer { directoryStack.removeLast() }
    // The statements' texts for result events, split out only once a statement has a result.
    var scalars: [Unicode.Scalar]?
    // A script is on the import stack while it runs, so a module importing it back is a cycle.
    let isFile = !source.name.hasPrefix("<")
    if isFile { imports.stack.append((path: resolve(source.name), name: source.name)) }
    defer { if isFile { imports.stack.removeLast() } }
    for statement in statements {
      evaluator.budget.used = 0
      do {
        let started = ContinuousClock.now
        // Timed only when the timer was on before and after: `:timer on|off` does not time itself.
        let timed = showsTimings
        defer {
          if timed && showsTimings { emit(.text("time: " + Session.milliseconds(started.duration(to: .now)))) }
        }
        if case .command(let name, let argument) = statement.kind {
          if try execute(try MetaCommand(name: name, argument: argument)) == .quit { return true }
          continue
        }
        if case .importModule(let path) = statement.kind {
          try importModule(path, from: source)
          continue
        }
        if let value = try evaluator.execute(statement) {
          evaluator.define("_", value)
          let text = scalars ?? Array(source.text.unicodeScalars)
          scalars = text
          emit(.result(result(value, of: statement, in: source, scalars: text)))
        }
      } catch is ScriptFailed {
        return false
      } catch {
        report(EvaluationError(hostError: error, at: statement.range), in: source)
        return false
      }
    }
    return true
  }

  /// Writes a diagnostic about a source through the one renderer. A range in an earlier REPL
  /// input or a file run before (a function defined there fails when called now) is shown in
  /// that text, with its own name and lines.
  public func report(_ diagnostic: Diagnostic, in source: SourceFile) {
    var origin = source
    if let line = diagnostic.range?.start.line, !source.contains(line: line),
      let earlier = inputs.source(containing: line)
    {
      origin = earlier
    }
    var shown = diagnostic
    if let range = diagnostic.range, origin.firstLine != 1 {
      // Lines as the user counts them: the first line of the input is 1.
      shown.range?.start.line = range.start.line - origin.firstLine + 1
      shown.range?.end.line = range.end.line - origin.firstLine + 1
    }
    report(shown, file: origin.name, source: origin.text)
  }

  /// Writes an evaluation error: at the failing code, wherever it is, with a note for each call
  /// that led there (the innermost first, at most ``callNoteLimit`` of them).
  func report(_ error: EvaluationError, in source: SourceFile) {
    var diagnostic = error.diagnostic
    for call in error.callSites.prefix(Session.callNoteLimit) {
      diagnostic.notes.append("called from \(place(of: call, in: source))")
    }
    if error.callSites.count > Session.callNoteLimit {
      diagnostic.notes.append("… and \(error.callSites.count - Session.callNoteLimit) more calls")
    }
    report(diagnostic, in: source)
  }

  /// How many calls a diagnostic lists.
  static let callNoteLimit = 4

  /// `FILE:LINE:COLUMN` of a range, in the source (or earlier input or file) it lies in.
  func place(of range: SourceRange, in source: SourceFile) -> String {
    let origin = source.contains(line: range.start.line) ? source : inputs.source(containing: range.start.line)
    guard let origin else { return "line \(range.start.line)" }
    return "\(origin.name):\(range.start.line - origin.firstLine + 1):\(range.start.column)"
  }

  /// Writes a diagnostic about a file (or the program, when `file` is nil) through the one renderer.
  public func report(_ diagnostic: Diagnostic, file: String?, source: String? = nil) {
    let text = diagnosticRenderer.render(diagnostic, file: file ?? "attrition", source: source)
    emit(.diagnostic(SessionDiagnostic(diagnostic: diagnostic, text: text)))
  }

  /// Sends an event to the front end.
  public func emit(_ event: SessionEvent) {
    frontEnd.emit(event, from: self)
  }

  /// Sends text a command printed to the front end.
  func output(_ text: String) {
    emit(.text(text))
  }

  /// The result event of a statement's value: where the statement is, as the user counts lines,
  /// its text, and the name it answers for when it is a bare name.
  func result(_ value: Value, of statement: Statement, in source: SourceFile, scalars: [Unicode.Scalar])
    -> SessionResult
  {
    let text = String(String.UnicodeScalarView(scalars[Session.bounds(of: statement.range, in: scalars)]))
    var name: String?
    var isLiteral = false
    if case .expression(let expression) = statement.kind {
      switch expression.kind {
      case .identifier(let bare): name = bare
      case .number, .string, .day: isLiteral = true
      case .unary(_, let operand):
        if case .number = operand.kind { isLiteral = true }
      default: break
      }
    }
    return SessionResult(
      value: value, file: source.name, line: statement.range.start.line - source.firstLine + 1,
      column: statement.range.start.column, statement: text, name: name, isLiteral: isLiteral)
  }

  /// The folder relative paths resolve against now: the running script's, else the working directory.
  public var currentDirectory: String { directoryStack.last ?? workingDirectory }

  /// A path resolved against ``currentDirectory``.
  public func resolve(_ path: String) -> String {
    URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
      .standardizedFileURL.path
  }

  /// A path the running source reads or writes, resolved against ``currentDirectory`` and checked
  /// against the ``confinement``: `:run`, `:load`, `:save`, `import`, `load` and `save` use it.
  public func confinedPath(_ path: String) throws(FileAccessError) -> String {
    let resolved = resolve(path)
    guard let confinement, !confinement.permits(resolved) else { return resolved }
    throw FileAccessError(path: path, resolved: FileConfinement.resolved(resolved), confinement: confinement)
  }

  /// A duration as people read it: `12.3 ms`.
  static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return NumberFormat.exact(Double(seconds) * 1_000 + Double(attoseconds) / 1e15) + " ms"
  }

  /// Writes text and a newline to standard error. A failed write (a closed pipe, a full disk) is
  /// ignored rather than trapping, as FileHandle's `write(_:)` would.
  public static func writeStandardError(_ text: String) {
    StandardStream.error.writeLine(text)
  }

  // MARK: EvaluationHost

  /// Whether the running computation should stop.
  public var isCancelled: Bool { cancellationRequested }

  /// The host's top-level functions.
  public func function(named name: String) -> FunctionDescriptor? {
    hostFunctions[name]
  }

  /// The names of the host's top-level functions.
  public var functionNames: [String] { Array(hostFunctions.keys).sorted() }

  /// What functions see of this session.
  public var moduleContext: (any ModuleContext)? { self }

  /// The registered modules.
  public var moduleNames: [String] { registry.moduleNames }

  /// A module's function, named `module.function` for diagnostics. A plugin's function first
  /// tells ``willRunPluginCode``, which native code may not come back from.
  public func function(named name: String, inModule module: String) -> FunctionDescriptor? {
    guard let function = registry.module(named: module)?.function(named: name)?.qualified(by: module) else {
      return nil
    }
    guard let hook = willRunPluginCode, let plugin = plugin(providing: module) else { return function }
    let implementation = function.implementation
    return FunctionDescriptor(
      name: function.name, summary: function.summary, discussion: function.discussion,
      parameters: function.parameters, returns: function.returns, examples: function.examples,
      isVariadic: function.isVariadic, acceptsAnyLabel: function.acceptsAnyLabel
    ) { arguments in
      hook(plugin.path)
      return try implementation(arguments)
    }
  }

  /// The loaded plugin a module comes from, or nil for a built-in or script module.
  func plugin(providing module: String) -> PluginLoader.Loaded? {
    plugins.first { $0.manifest.modules.contains { $0.descriptor.name == module } }
  }

  /// The texts of the inputs run so far (the REPL's), oldest first: what a restart replays.
  public var inputTexts: [String] { inputs.sources.map(\.text) }

  /// The names of a module's functions.
  public func functionNames(inModule module: String) -> [String] {
    registry.module(named: module)?.functions.map(\.name) ?? []
  }

  /// A table of the shared catalog by name, for module functions.
  public func dataset(named name: String) throws -> Table {
    guard let table = try catalog.table(named: name) else {
      throw ModuleError(
        "unknown_dataset", "no dataset '\(name)'", notes: ["datasets: " + datasetNames.joined(separator: ", ")])
    }
    return table
  }

  /// The table of a shared dataset, for names in scripts.
  public func table(named name: String) throws -> Table? {
    try catalog.table(named: name)
  }

  /// The names of the shared datasets.
  public var datasetNames: [String] { catalog.names }

  /// Writes a warning about the current call.
  public func warn(_ message: String) {
    emit(.warning(message))
  }
}
