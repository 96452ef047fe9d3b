public import AttritionCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive REPL: `attrition` with no arguments on a terminal.
///
/// It reads lines with libedit (editing, history, Tab completion), continues input while brackets
/// or a pipeline are open, runs each input through the session, and keeps going after errors.
/// Ctrl-C clears the input or cancels a running computation; Ctrl-D on an empty line ends it.
public struct REPL {
  /// The session input runs in; the REPL sets its output, error output and table height.
  public let session: Session
  /// History file, colour and banner version.
  public let options: REPLOptions

  /// Creates a REPL over a session.
  public init(session: Session, options: REPLOptions) {
    self.session = session
    self.options = options
  }

  /// Whether standard input is a terminal: the executable opens the REPL only then, and reads
  /// standard input as a script otherwise.
  public static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }

  /// Runs until Ctrl-D or `:quit`; returns the exit status (0, or 1 when the terminal cannot be
  /// edited at all).
  public func run() -> Int32 {
    REPL.prepareLocale()
    let environment = ProcessInfo.processInfo.environment
    let colored = REPL.usesColor(options.color, environment: environment, outputIsTerminal: isatty(STDOUT_FILENO) != 0)
    let terminal = Terminal(palette: Palette(enabled: colored))
    session.diagnosticRenderer.colored = colored
    let session = self.session
    session.frontEnd = TerminalOutput(terminal: terminal)
    guard let interrupts = InterruptPipe(), let editor = LineEditor(interrupts: interrupts) else {
      terminal.writeError("attrition: the line editor could not start on this terminal")
      return 1
    }
    let history: HistoryStore
    switch HistoryStore.location(option: options.historyPath, environment: environment) {
    case .success(let path): history = HistoryStore(path: path)
    case .failure(let off): history = HistoryStore(path: nil, offReason: off.reason)
    }
    let rescue = SessionRescue(environment: environment)
    if let rescue {
      session.willRunPluginCode = { [weak session] plugin in
        rescue.save(session?.inputTexts ?? [], plugin: plugin)
      }
    }
    let loop = InteractiveLoop(
      session: session, editor: editor, interrupts: interrupts, terminal: terminal, history: history,
      recoveryNote: rescue?.recover())
    let status = loop.run(banner: banner())
    rescue?.finish()
    return status
  }

  /// One line: version, modules, datasets, and how to get help and leave.
  func banner() -> String {
    let version = options.version.isEmpty ? "" : " " + options.version
    let modules = session.moduleNames.isEmpty ? "no modules" : "modules: " + session.moduleNames.joined(separator: ", ")
    let count = session.datasetNames.count
    return "Attrition\(version) · \(modules) · \(count) dataset\(count == 1 ? "" : "s") · "
      + ":help for help, Ctrl-D to quit"
  }

  /// Whether to colour: `always`, `never`, or (`auto`) when standard output is a terminal that
  /// is not `dumb` and `NO_COLOR` is unset or empty (https://no-color.org).
  static func usesColor(_ mode: REPLOptions.ColorMode, environment: [String: String], outputIsTerminal: Bool) -> Bool {
    switch mode {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      return outputIsTerminal && environment["TERM"] != "dumb"
    }
  }

  /// libedit reads and shows characters through the C locale: without a UTF-8 one, `km²` and
  /// every other non-ASCII character would be dropped. The user's locale is used when it is
  /// UTF-8, else C.UTF-8.
  static func prepareLocale() {
    setlocale(LC_CTYPE, "")
    guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" else { return }
    if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
  }
}
