import AttritionData
import AttritionLanguage
import AttritionSDK
import Foundation

extension Session {
  /// How a piece of interactive input ended.
  public enum InputOutcome: Sendable, Equatable {
    /// Every statement succeeded.
    case succeeded
    /// A statement failed: its diagnostic has been written, and the statements after it did not run.
    case failed
    /// `:quit` ran: the caller ends the session.
    case quit
  }

  /// Runs input typed at a prompt one statement at a time, like ``run(_:)``, and records each
  /// statement that succeeds, so `:save` can write the session as a script.
  ///
  /// Each statement runs alone (the rest of the text blanked, line breaks kept), so a failure
  /// halfway through a line still records the statements before it, and diagnostics keep the
  /// lines and columns of the text as typed.
  public func runInput(_ typed: SourceFile) -> InputOutcome {
    var source = typed
    inputs.record(&source)
    guard case .success(let statements) = Parser.parse(source.text, firstLine: source.firstLine) else {
      run(source)  // reports every parse error, as a script run would
      return .failed
    }
    let scalars = Array(source.text.unicodeScalars)
    for statement in statements {
      var isolated = SourceFile(
        name: source.name, text: Session.isolating(statement.range, in: scalars), directory: source.directory)
      isolated.firstLine = source.firstLine
      guard run(isolated) else { return .failed }
      var command: MetaCommand?
      if case .command(let name, let argument) = statement.kind {
        command = try? MetaCommand(name: name, argument: argument)
      }
      if command == .quit { return .quit }
      guard command?.belongsInTranscript ?? true else { continue }
      let text = String(String.UnicodeScalarView(scalars[Session.bounds(of: statement.range, in: scalars)]))
      let binds: String? =
        switch statement.kind {
        case .binding(let name, _), .function(let name, _, _): name.text
        default: nil
        }
      transcript.entries.append(SessionTranscript.Entry(text: text, binds: binds))
    }
    return .succeeded
  }

  /// `:save FILE`: writes the transcript as a script, replacing the file atomically.
  func saveTranscript(to path: String) throws -> String {
    let resolved = try confinedPath(path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue {
      throw CommandError.cannotWrite(path: path, reason: "it is a directory")
    }
    let transcript = self.transcript
    do {
      try AtomicFile.write(Array(transcript.script().utf8), to: resolved)
    } catch {
      throw CommandError.cannotWrite(path: path, reason: error.description)
    }
    let count = transcript.entries.count
    var lines = ["saved \(count) statement\(count == 1 ? "" : "s") to '\(path)'"]
    if count == 0 { lines[0] += " (no statement has succeeded in this session yet)" }
    let folder = URL(fileURLWithPath: resolved).deletingLastPathComponent().standardizedFileURL.path
    let readsFiles = transcript.entries.contains { entry in
      entry.text.contains("load(") || entry.text.hasPrefix(":load") || entry.text.hasPrefix(":run")
    }
    if readsFiles, folder != URL(fileURLWithPath: currentDirectory).standardizedFileURL.path {
      lines.append("note: relative paths in it will resolve against '\(folder)', the script's folder")
    }
    return lines.joined(separator: "\n")
  }

  /// The text with everything outside `range` blanked, line breaks kept, so positions stay put.
  static func isolating(_ range: SourceRange, in scalars: [Unicode.Scalar]) -> String {
    let kept = bounds(of: range, in: scalars)
    var result = String.UnicodeScalarView()
    for (offset, scalar) in scalars.enumerated() {
      result.append(kept.contains(offset) || scalar == "\n" ? scalar : " ")
    }
    return String(result)
  }

  /// A range's offsets, clamped to the text.
  static func bounds(of range: SourceRange, in scalars: [Unicode.Scalar]) -> Range<Int> {
    let start = min(max(0, range.start.offset), scalars.count)
    return start..<min(max(start, range.end.offset), scalars.count)
  }
}
