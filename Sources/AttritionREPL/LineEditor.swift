@preconcurrency import CLibEdit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// libedit's line editor with Attrition's prompt, character reader, Tab completion and history.
///
/// libedit reads characters through ``readCharacter(_:)``, which decodes UTF-8 itself (invalid
/// bytes become U+FFFD rather than vanishing), waits on the terminal and the Ctrl-C pipe at once
/// (so Ctrl-C ends the line at any moment), and refuses a line that grows past ``lineLimit``.
final class LineEditor {
  /// What reading a line produced.
  enum Event: Equatable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-D on an empty line, or the end of the terminal's input.
    case endOfInput
    /// Ctrl-C: the line was abandoned.
    case interrupted
    /// The line grew past ``lineLimit`` characters and was discarded.
    case tooLong
    /// SIGTERM or SIGHUP: the session is to end, as at Ctrl-D.
    case terminated
  }

  /// The longest line the editor accepts (256 Ki characters): longer input belongs in a file
  /// (`:run`, `load`). The evaluator recurses once per operator of a chain such as `1+1+…+1`, and
  /// a megabyte of that overflows even the large stack input runs on; a quarter of it does not.
  static let lineLimit = 1 << 18

  /// Completes the input before the cursor (earlier lines of the input included).
  var completer: ((String) -> Completion)?
  /// The lines of the current input before the one being edited, each ended by a line break.
  var earlierLines = ""

  private let editor: OpaquePointer
  private let history: OpaquePointer
  private let interrupts: InterruptPipe
  private var prompt: UnsafeMutablePointer<CChar>?
  private var input = UTF8Stream()
  private var buffer = [UInt8](repeating: 0, count: 4_096)
  private var charactersThisLine = 0
  private var interrupted = false
  private var overflowed = false
  private var lastTab: (line: [UInt32], cursor: Int)?
  private var claimedSignals = false

  /// An editor on the terminal; nil when libedit cannot start.
  init?(interrupts: InterruptPipe) {
    guard let editor = attrition_el_init("attrition") else { return nil }
    guard let history = history_winit() else {
      el_end(editor)
      return nil
    }
    self.editor = editor
    self.history = history
    self.interrupts = interrupts
    var event = HistEventW()
    attrition_history_set_size(history, &event, Int32(HistoryStore.capacity))
    attrition_history_set_unique(history, &event, 1)
    attrition_el_set_history(editor, history)
    attrition_el_set_editor(editor, "emacs")
    attrition_el_set_signal(editor, 1)
    attrition_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
    // Text between two \u{1} characters takes no room: the prompt's colour codes.
    attrition_el_set_prompt(editor, { editor in LineEditor.owner(editor)?.prompt }, 1)
    attrition_el_set_reader(editor) { editor, character in
      guard let character, let owner = LineEditor.owner(editor) else { return -1 }
      return owner.readCharacter(character)
    }
    attrition_el_add_command(editor, "attrition-complete", "Complete the word before the cursor") { editor, _ in
      LineEditor.owner(editor)?.complete() ?? UInt8(CC_ERROR)
    }
    attrition_el_bind(editor, "^I", "attrition-complete")
    el_source(editor, nil)  // ~/.editrc, for those who prefer vi keys
  }

  deinit {
    el_end(editor)
    history_wend(history)
    free(prompt)
  }

  private static func owner(_ editor: OpaquePointer?) -> LineEditor? {
    guard let editor, let data = attrition_el_client_data(editor) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  /// Reads one line after showing `prompt` (which may hold `\u{1}`-delimited colour codes).
  func readLine(prompt text: String) -> Event {
    free(prompt)
    prompt = strdup(text)
    charactersThisLine = 0
    interrupted = false
    overflowed = false
    lastTab = nil
    claimedSignals = false
    interrupts.drain()
    var count: Int32 = 0
    // libedit prints the prompt before it switches the terminal to raw mode; switch first, so a
    // key pressed the moment the prompt shows (Ctrl-D included) is read as typed.
    attrition_el_prep_terminal(editor, 1)
    let line = el_wgets(editor, &count)
    if interrupts.terminationRequested { return .terminated }
    guard let line else {
      if overflowed { return .tooLong }
      return interrupted ? .interrupted : .endOfInput
    }
    var scalars = String.UnicodeScalarView()
    for index in 0..<Int(max(0, count)) {
      scalars.append(Unicode.Scalar(UInt32(bitPattern: line[index])) ?? UTF8Stream.replacement)
    }
    var text = String(scalars)
    if text.hasSuffix("\n") { text.removeLast() }
    return .line(text)
  }

  /// Adds an entry to the history the up and down keys walk.
  func remember(_ entry: String) {
    var event = HistEventW()
    let wide = entry.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    attrition_history_enter(history, &event, wide)
  }

  // MARK: Reading characters

  /// libedit's character reader: 1 with a character, 0 at the end of input, -1 to end the line
  /// (Ctrl-C, an over-long line, a read error).
  private func readCharacter(_ character: UnsafeMutablePointer<wchar_t>) -> Int32 {
    if !claimedSignals {
      // libedit installed its handlers when the line began; this runs inside it, after them.
      interrupts.claimTerminationSignals()
      claimedSignals = true
    }
    while true {
      if let scalar = input.next() {
        charactersThisLine += 1
        if charactersThisLine > LineEditor.lineLimit {
          // Discard the rest now, while the terminal is raw: once libedit returns it is in
          // canonical mode again, where a line without its end never shows as readable.
          overflowed = true
          discardPendingInput()
          return -1
        }
        character.pointee = wchar_t(bitPattern: scalar.value)
        return 1
      }
      var descriptors = [
        pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
        pollfd(fd: interrupts.readEnd, events: Int16(POLLIN), revents: 0),
      ]
      // Half a character waits 100 ms for its rest, then shows as U+FFFD.
      let ready = poll(&descriptors, 2, input.isEmpty ? -1 : 100)
      if ready < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if ready == 0 {
        if let scalar = input.flushIncomplete() {
          character.pointee = wchar_t(bitPattern: scalar.value)
          return 1
        }
        continue
      }
      if descriptors[1].revents & Int16(POLLIN) != 0 {
        interrupts.drain()
        interrupted = true
        return -1
      }
      guard descriptors[0].revents != 0 else { continue }
      let count = read(STDIN_FILENO, &buffer, buffer.count)
      if count == 0 { return 0 }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return -1
      }
      input.append(buffer[0..<count])
    }
  }

  /// Whether input that has already arrived (the next line of a paste) starts, after spaces
  /// and tabs, with `|`: a pipeline stage that continues the input before it. Waits at most
  /// `milliseconds` for input when none is buffered; never for a key not yet pressed.
  func waitingLineStartsWithPipe(milliseconds: Int32 = 10) -> Bool {
    if input.isEmpty {
      var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      if poll(&descriptor, 1, milliseconds) > 0, descriptor.revents & Int16(POLLIN) != 0 {
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        if count > 0 { input.append(buffer[0..<count]) }
      }
    }
    return input.waiting.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } == UInt8(ascii: "|")
  }

  /// Throws away the rest of an over-long paste, until the terminal is quiet for 200 ms.
  private func discardPendingInput() {
    input = UTF8Stream()
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    while poll(&descriptor, 1, 200) > 0 {
      if read(STDIN_FILENO, &buffer, buffer.count) <= 0 { return }
    }
  }

  // MARK: Completion

  /// Tab: completes the word before the cursor as far as the candidates agree; a second Tab
  /// that can add nothing lists them.
  private func complete() -> UInt8 {
    guard let completer, let info = el_wline(editor)?.pointee, let start = info.buffer, let cursor = info.cursor else {
      return UInt8(CC_ERROR)
    }
    let before = UnsafeBufferPointer(start: start, count: cursor - start).map { UInt32(bitPattern: $0) }
    let all = info.lastchar.map { UnsafeBufferPointer(start: start, count: $0 - start).map { UInt32(bitPattern: $0) } }
    let text = String(String.UnicodeScalarView(before.compactMap(Unicode.Scalar.init)))
    let completion = completer(earlierLines + text)
    guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    let word = String(String.UnicodeScalarView(before.suffix(completion.wordLength).compactMap(Unicode.Scalar.init)))
    var insertion: String?
    if completion.candidates.count == 1, let only = completion.candidates.first {
      insertion = only.text + only.suffix
    } else if completion.commonPrefix.count > word.count {
      insertion = completion.commonPrefix
    }
    if let insertion {
      el_deletestr(editor, Int32(completion.wordLength))
      el_winsertstr(editor, insertion.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0])
      lastTab = nil
      if completion.candidates.count > 1, let now = el_wline(editor)?.pointee, let buffer = now.buffer {
        let line = now.lastchar.map {
          UnsafeBufferPointer(start: buffer, count: $0 - buffer).map { UInt32(bitPattern: $0) }
        }
        lastTab = (line ?? [], (now.cursor ?? buffer) - buffer)
      }
      return UInt8(CC_REFRESH)
    }
    let state = (line: all ?? [], cursor: before.count)
    if let lastTab, lastTab.line == state.line, lastTab.cursor == state.cursor {
      let listing = CandidateListing(candidates: completion.candidates.map(\.shown), size: Terminal.size())
      Terminal.write("\r\n" + listing.render().replacingNewlines + "\r\n", to: STDOUT_FILENO)
      return UInt8(CC_REDISPLAY)
    }
    lastTab = state
    return UInt8(CC_REFRESH_BEEP)
  }
}

extension String {
  /// The text with `\r\n` line ends, for a terminal in raw mode.
  fileprivate var replacingNewlines: String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
  }
}
