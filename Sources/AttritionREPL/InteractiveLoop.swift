import AttritionCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The prompt loop: read a line, continue the input or run it, and keep the history.
final class InteractiveLoop {
  /// The name diagnostics give the `number`th input: numbered, so that an error in a function
  /// an earlier input defined says which input it is in.
  static func inputName(_ number: Int) -> String { "<input \(number)>" }

  private let session: Session
  private let editor: LineEditor
  private let interrupts: InterruptPipe
  private let terminal: Terminal
  private let history: HistoryStore
  private let finished: (read: Int32, write: Int32)
  private let recoveryNote: String?
  private var pending: [String] = []
  private var inputCount = 0

  init(
    session: Session, editor: LineEditor, interrupts: InterruptPipe, terminal: Terminal, history: HistoryStore,
    recoveryNote: String? = nil
  ) {
    self.session = session
    self.recoveryNote = recoveryNote
    self.editor = editor
    self.interrupts = interrupts
    self.terminal = terminal
    self.history = history
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    }
    finished = (ends[0], ends[1])
    editor.completer = { [session] text in Completer(session: session).complete(text) }
  }

  deinit {
    close(finished.read)
    close(finished.write)
  }

  /// The prompt, its colour codes between `\u{1}` marks so libedit does not count them.
  private var prompt: String { decorated("attrition>", terminal.palette.prompt) }
  private var continuationPrompt: String { decorated("...>", terminal.palette.continuation) }

  private func decorated(_ text: String, _ colour: String) -> String {
    guard terminal.palette.enabled else { return text + " " }
    return "\u{1}\(colour)\u{1}\(text)\u{1}\(terminal.palette.reset)\u{1} "
  }

  /// Shows the banner, loads the history and reads input until Ctrl-D or `:quit`.
  func run(banner: String) -> Int32 {
    Terminal.write(banner + "\n", to: STDOUT_FILENO)
    history.load()
    for entry in history.entries { editor.remember(entry) }
    if let reason = history.offReason { terminal.writeNote("history is off: \(reason)") }
    if let recoveryNote { terminal.writeNote(recoveryNote) }
    while true {
      // Tables are cut to the screen's height, which may have changed since the last result.
      let size = Terminal.size()
      session.renderer.rowLimit = max(5, size.rows - 6)
      session.helpWidth = max(40, min(size.columns, 100))
      editor.earlierLines = pending.map { $0 + "\n" }.joined()
      switch editor.readLine(prompt: pending.isEmpty ? prompt : continuationPrompt) {
      case .endOfInput:
        guard !pending.isEmpty else {
          Terminal.write("\n", to: STDOUT_FILENO)
          return 0
        }
        // Ctrl-D on an empty continuation line gives up the unfinished input, as Ctrl-C does;
        // only Ctrl-D at the first prompt leaves.
        Terminal.write("\n", to: STDOUT_FILENO)
        terminal.writeNote("(input discarded)")
        pending.removeAll()
      case .interrupted:
        Terminal.write("^C\n", to: STDOUT_FILENO)
        pending.removeAll()
      case .terminated:
        Terminal.write("\n", to: STDOUT_FILENO)
        terminal.writeNote("leaving Attrition: the session was asked to end (SIGTERM or SIGHUP)")
        return 0
      case .tooLong:
        Terminal.write("\n", to: STDOUT_FILENO)
        terminal.writeNote(
          "the line was longer than 262,144 characters and was discarded; "
            + "put long input in a file and use ':run FILE' or load(\"FILE\")")
        pending.removeAll()
      case .line(let raw):
        let line = InteractiveLoop.cleaned(raw)
        let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
        if pending.isEmpty && blank { continue }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        // An empty line ends a continued input even when it is incomplete: the diagnostic then
        // says what is missing, instead of the prompt waiting forever.
        if pending.count > 1, text.unicodeScalars.count > LineEditor.lineLimit {
          terminal.writeNote("the input grew past 262,144 characters and was discarded")
          pending.removeAll()
          continue
        }
        if !(blank && pending.count > 1) && InteractiveLoop.needsMoreInput(text) { continue }
        // A pasted pipeline written over several lines (`areas` then `  | where …`) is one
        // input, as in a script: a next line already waiting that starts with `|` continues this
        // one (decision 0022).
        if !blank && editor.waitingLineStartsWithPipe() { continue }
        pending.removeAll()
        if submit(text) == .quit { return 0 }
      }
    }
  }

  /// Records the input in the history and runs it.
  private func submit(_ text: String) -> Session.InputOutcome {
    var entry = text
    while entry.hasSuffix("\n") || entry.hasSuffix(" ") { entry.removeLast() }
    editor.remember(entry)
    if let warning = history.append(entry) { terminal.writeNote(warning) }
    return evaluate(entry)
  }

  /// Runs input on a thread with a large stack (as scripts run) while this thread waits for it
  /// or for Ctrl-C, which asks the evaluator to stop. A third Ctrl-C leaves at once, for work
  /// that does not stop.
  private func evaluate(_ text: String) -> Session.InputOutcome {
    let session = self.session
    session.cancellationRequested = false
    interrupts.drain()
    let result = OutcomeBox()
    let signal = finished.write
    inputCount += 1
    let source = SourceFile(
      name: InteractiveLoop.inputName(inputCount), text: text, directory: session.workingDirectory)
    let worker = Thread {
      result.outcome = session.runInput(source)
      var byte: UInt8 = 1
      _ = write(signal, &byte, 1)
    }
    worker.stackSize = LargeStack.size
    worker.start()
    var presses = 0
    while true {
      var descriptors = [
        pollfd(fd: finished.read, events: Int16(POLLIN), revents: 0),
        pollfd(fd: interrupts.readEnd, events: Int16(POLLIN), revents: 0),
      ]
      guard poll(&descriptors, 2, -1) > 0 else { continue }
      if descriptors[0].revents & Int16(POLLIN) != 0 {
        var byte: UInt8 = 0
        _ = read(finished.read, &byte, 1)
        break
      }
      if descriptors[1].revents & Int16(POLLIN) != 0 {
        let earlier = presses
        presses += interrupts.drain()
        session.cancellationRequested = true
        if interrupts.terminationRequested {
          waitBriefly(for: finished.read)
          terminal.writeNote("leaving Attrition: the session was asked to end (SIGTERM or SIGHUP)")
          return .quit
        }
        // The terminal echoed ^C; the diagnostic about the cancelled work starts on a line of its own.
        if earlier == 0 { Terminal.write("\n", to: STDOUT_FILENO) }
        if presses == 2 { terminal.writeNote("stopping… press Ctrl-C once more to leave Attrition") }
        if presses >= 3 {
          terminal.writeNote("leaving Attrition")
          _exit(130)
        }
      }
    }
    session.cancellationRequested = false
    return result.outcome ?? .failed
  }

  /// Waits up to two seconds for the running input to stop after cancellation, so that a save it
  /// was making completes; work that does not stop is left to the end of the process.
  private func waitBriefly(for descriptor: Int32) {
    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    _ = poll(&ready, 1, 2_000)
  }

  /// Whether the input continues. A long input is parsed on a large stack: a chain of 100,000
  /// additions parses into a tree that deep, and freeing it recurses as deep.
  static func needsMoreInput(_ text: String) -> Bool {
    guard text.utf8.count > 4_096 else { return InputCompleteness.needsMoreInput(text) }
    return LargeStack.run { InputCompleteness.needsMoreInput(text) }
  }

  /// The line with control characters other than tab made visible (`␛`), so they reach the
  /// lexer as the unexpected characters they are and never the terminal as commands.
  static func cleaned(_ line: String) -> String {
    guard line.unicodeScalars.contains(where: { $0 != "\t" && TerminalText.isUnsafe($0) }) else { return line }
    var result = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      result.append(
        scalar != "\t" && scalar != "\n" && TerminalText.isUnsafe(scalar) ? TerminalText.visible(scalar) : scalar)
    }
    return String(result)
  }
}

/// The outcome a worker thread hands back.
private final class OutcomeBox: @unchecked Sendable {
  // Written by the worker before it writes to the pipe, read after the pipe is read: ordered.
  var outcome: Session.InputOutcome?
}
