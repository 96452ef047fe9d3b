import AttritionData
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The inputs of a REPL session, saved to a file before a plugin's code runs.
///
/// A plugin is native code: when it traps, the process ends and the session with it. Before the
/// first call into a plugin of each input, the inputs so far are written to
/// `unfinished-session.atn` beside the history (the input that calls the plugin as a comment, so
/// a replay does not call it again). A session that ends normally removes the file; one that finds
/// it at start renames it to `recovered-session.atn` and says how to replay it.
final class SessionRescue: @unchecked Sendable {
  /// The file written before plugin code runs.
  let path: String
  /// Where a file found at start is kept.
  let recoveredPath: String
  private let lock = NSLock()
  private var savedInputs = -1

  /// The rescue files in the history's folder: `$XDG_STATE_HOME/attrition`, else
  /// `~/.local/state/attrition`; nil when neither is set.
  init?(environment: [String: String]) {
    guard let folder = HistoryStore.stateFolder(environment: environment) else { return nil }
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    path = folder + "/unfinished-session.atn"
    recoveredPath = folder + "/recovered-session.atn"
    SessionRescue.signalPath.set(path)
  }

  /// A note about the inputs of a session that ended while plugin code ran, or nil when the last
  /// session ended normally. The file is moved aside so the note is given once.
  func recover() -> String? {
    guard access(path, F_OK) == 0 else { return nil }
    unlink(recoveredPath)
    guard rename(path, recoveredPath) == 0 else { return nil }
    let firstLine = (try? String(contentsOfFile: recoveredPath, encoding: .utf8))?
      .split(separator: "\n").first.map(String.init)
    let plugin =
      firstLine.flatMap { line in line.range(of: "plugin: ").map { String(line[$0.upperBound...]) } }
      ?? "a plugin"
    return "the last session ended while \(plugin) was running; its inputs are in \(recoveredPath): "
      + "':run \(recoveredPath)' replays them"
  }

  /// Saves `inputs` (the last one is the input calling the plugin) unless this input was saved.
  func save(_ inputs: [String], plugin: String) {
    lock.lock()
    defer { lock.unlock() }
    guard inputs.count != savedInputs, let running = inputs.last else { return }
    savedInputs = inputs.count
    var text = "# Attrition: the inputs of a REPL session, saved before plugin code ran; plugin: \(plugin)\n"
    text += "# replay them with ':run FILE'; the input that called the plugin is at the end, as a comment\n\n"
    for input in inputs.dropLast() { text += input + "\n" }
    text += "\n# the input that was running:\n"
    text += running.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n")
    try? AtomicFile.write(Array((text + "\n").utf8), to: path)
  }

  /// Removes the file: the session ended normally.
  func finish() {
    unlink(path)
  }

  /// The file's path where a signal handler may read it.
  static let signalPath = SignalSafePath()

  /// Removes the file from a signal handler (SIGTERM, SIGHUP end the session normally).
  static func removeOnSignal() {
    signalPath.remove()
  }
}
