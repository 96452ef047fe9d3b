import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `attrition` executable on a real pseudo-terminal: a detached tmux session on a
/// private socket, 120 × 40, with HOME and the XDG folders in a fresh temporary folder. Keys go
/// in with `send-keys`, the screen comes out with `capture-pane`; every wait is bounded.
final class TmuxSession {
  /// How long a wait for the screen may take before the test fails.
  static let timeout: TimeInterval = 10

  /// The temporary folder holding HOME and XDG_STATE_HOME; the REPL's working directory.
  let folder: URL
  /// Where the REPL keeps its history by default.
  var historyPath: String { folder.appendingPathComponent("state/attrition/history").path }
  private let socket: String
  private var running = false

  /// Creates a session folder; nothing runs until ``start(_:)``.
  init(folder: URL? = nil) throws {
    self.folder = try folder ?? REPLTestSupport.temporaryFolder("attrition-pty")
    socket = "attrition-test-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(
      at: self.folder.appendingPathComponent("home"), withIntermediateDirectories: true)
  }

  deinit {
    stop()
  }

  /// Whether tmux is installed (`make deps` installs it).
  static let isAvailable: Bool =
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

  /// Starts the REPL binary with `arguments` and `environment` added to a minimal one. When it
  /// ends, the pane shows `[exit N]` with its status. `unprivileged` runs it as `nobody` when the
  /// tests run as root, for whom every file is readable.
  /// `shell` runs first in the same shell (`ulimit -f 1`).
  func start(
    _ arguments: [String] = [], environment: [String: String] = [:], unprivileged: Bool = false, shell: String = ""
  ) throws {
    let binary = try REPLBinaries.repl()
    var variables = [
      "HOME": folder.appendingPathComponent("home").path,
      "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
      "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "NO_COLOR": "1",
    ]
    variables.merge(environment) { $1 }
    let assignments = variables.sorted { $0.key < $1.key }.compactMap { key, value in
      value.isEmpty && key == "NO_COLOR" ? nil : "\(key)=\(Self.quoted(value))"
    }
    let user = unprivileged && getuid() == 0 ? "/usr/sbin/runuser -u nobody -- " : ""
    let command =
      "cd \(Self.quoted(folder.path)) && \(shell.isEmpty ? "" : shell + "; ")\(user)env -i \(assignments.joined(separator: " ")) "
      + ([binary.path] + arguments).map(Self.quoted).joined(separator: " ")
      + "; echo \"[exit $?]\"; sleep 600"
    try Self.tmux([
      "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "-s", "repl", "sh", "-c", command,
    ])
    running = true
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try Self.tmux(["-L", socket, "send-keys", "-t", "repl", "-l", text])
  }

  /// Presses keys by tmux name: `Enter`, `Tab`, `C-c`, `C-d`, `Up`.
  func press(_ keys: String...) throws {
    try Self.tmux(["-L", socket, "send-keys", "-t", "repl"] + keys)
  }

  /// Sends raw bytes (invalid UTF-8, control characters).
  func sendBytes(_ bytes: [UInt8]) throws {
    try Self.tmux(["-L", socket, "send-keys", "-t", "repl", "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Pastes text as a terminal paste would deliver it.
  func paste(_ text: String) throws {
    let file = folder.appendingPathComponent("paste.txt")
    try Data(text.utf8).write(to: file)
    try Self.tmux(["-L", socket, "load-buffer", file.path])
    try Self.tmux(["-L", socket, "paste-buffer", "-t", "repl"])
  }

  /// The screen, lines the terminal wrapped joined again, without trailing spaces or empty lines; `escapes`
  /// keeps colour codes.
  func screen(escapes: Bool = false) throws -> String {
    let text = try Self.tmux(["-L", socket, "capture-pane", "-p", "-J", "-t", "repl"] + (escapes ? ["-e"] : []))
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      String(line.reversed().drop { $0 == " " }.reversed())
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// Waits until the screen satisfies `condition`; fails the test with the screen after ``timeout``.
  @discardableResult
  func waitFor(
    _ what: String, timeout: TimeInterval = TmuxSession.timeout, sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record(
      "timed out after \(Int(timeout)) s waiting for \(what); the screen:\n\(last)", sourceLocation: sourceLocation)
    throw TimedOut()
  }

  /// Waits until the screen shows `text`.
  @discardableResult
  func waitFor(text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try waitFor("'\(text)'", sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// Waits until the last non-empty line is the prompt (`attrition>`), and returns the screen.
  @discardableResult
  func waitForPrompt(count: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try waitFor("prompt number \(count)", sourceLocation: sourceLocation) { screen in
      let lines = screen.split(separator: "\n")
      return lines.last == "attrition>" && lines.filter { $0.hasPrefix("attrition>") }.count >= count
    }
  }

  /// Waits for the REPL to end and returns its exit status.
  func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
    let screen = try waitFor("the REPL to exit", sourceLocation: sourceLocation) { $0.contains("[exit ") }
    let status = screen.components(separatedBy: "[exit ").last?.prefix { $0.isNumber } ?? ""
    return Int32(status) ?? -1
  }

  /// Sends `signal` to the REPL's process (the pane's shell's descendant named like the binary).
  func send(signal: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let shell = try #require(
      Int32(try Self.tmux(["-L", socket, "list-panes", "-t", "repl", "-F", "#{pane_pid}"]).filter(\.isNumber)),
      "no pane process", sourceLocation: sourceLocation)
    let name = String(try REPLBinaries.repl().lastPathComponent.prefix(15))
    let target = try #require(
      Self.descendants(of: shell).first { Self.commandName(of: $0) == name },
      "no '\(name)' process under the pane's shell \(shell)", sourceLocation: sourceLocation)
    #expect(kill(target, signal) == 0, sourceLocation: sourceLocation)
  }

  /// The processes below `root`, from `/proc/*/stat`.
  static func descendants(of root: Int32) -> [Int32] {
    var parents: [Int32: Int32] = [:]
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
      guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { continue }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      if fields.count > 1, let parent = Int32(fields[1]) { parents[pid] = parent }
    }
    var found: [Int32] = []
    var frontier = [root]
    while let next = frontier.popLast() {
      let children = parents.filter { $0.value == next }.map(\.key)
      found += children
      frontier += children
    }
    return found
  }

  /// A process's command name (`/proc/PID/comm`, at most 15 characters).
  static func commandName(of pid: Int32) -> String {
    ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").trimmingCharacters(in: .newlines)
  }

  /// Ends tmux, and with it the REPL.
  func stop() {
    guard running else { return }
    _ = try? Self.tmux(["-L", socket, "kill-server"])
    running = false
    let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(socket)")
  }

  /// Runs tmux and returns its standard output.
  ///
  /// With `posix_spawn` and `waitpid`, not `Process`: the server `new-session` starts keeps the
  /// descriptors it inherited, and `Process` waits for those to close before it reaps the client.
  @discardableResult
  static func tmux(_ arguments: [String]) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("attrition-tmux-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    let output = arguments.contains("new-session") ? "/dev/null" : file.path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    // The test's thread may block signals (dispatch threads do); a server that inherited that
    // mask would ignore the SIGTERM of kill-server and outlive the test.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    var allSignals = sigset_t()
    sigemptyset(&noSignals)
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw SpawnFailed(code: spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
  }

  /// tmux could not be started.
  struct SpawnFailed: Error {
    var code: Int32
  }

  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// A wait ran out; the issue with the screen is already recorded.
  struct TimedOut: Error {}
}
