import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one run of the `attrition` executable produced.
struct ProcessOutcome: Sendable {
  /// The exit status, or the signal number when ``signal`` is set.
  var status: Int32
  /// The signal that ended the process, if one did (a crash or the timeout's kill).
  var signal: Int32?
  /// Whether the run was killed for taking longer than its timeout.
  var timedOut: Bool
  /// Standard output, raw.
  var stdoutData: Data
  /// Standard error, raw.
  var stderrData: Data
  /// How long the run took.
  var duration: TimeInterval
  /// The child's peak resident memory, in bytes, from its `rusage` (runs with `measured: true`).
  var peakMemoryBytes: Int = 0
  /// The CPU time the child used, user and system, in seconds (runs with `measured: true`).
  var cpuSeconds: Double = 0

  /// Standard output as text (invalid UTF-8 replaced).
  var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
  /// Standard error as text (invalid UTF-8 replaced).
  var stderr: String { String(decoding: stderrData, as: UTF8.self) }
  /// The non-empty lines of standard output.
  var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }

  /// Whether the process crashed: ended by a signal or with a shell-style signal status (≥ 128).
  var crashed: Bool { signal != nil || status >= 128 }

  /// A summary for failure messages: status, timing and the start of both streams.
  var summary: String {
    let ending = timedOut ? "killed after timeout" : signal.map { "signal \($0)" } ?? "exit \(status)"
    return "\(ending) after \(String(format: "%.1f", duration)) s\n--- stdout:\n\(stdout.prefix(2_000))\n"
      + "--- stderr:\n\(stderr.prefix(2_000))"
  }
}

/// Runs the built `attrition` executable as a subprocess, with a timeout, capturing both streams.
struct AttritionProcess {
  /// The longest any run may take before it is killed and reported as a hang.
  static let defaultTimeout: TimeInterval = 20

  /// Where the executable is, or why it could not be found.
  static let executable: Result<URL, LocateError> = locate()

  /// Why the executable could not be found: the places that were searched.
  struct LocateError: Error, CustomStringConvertible {
    /// The folders searched.
    var searched: [String]

    var description: String {
      "the 'attrition' executable was not found next to the test bundle; run 'swift build' first "
        + "(or set ATTRITION_BINARY). Searched: " + searched.joined(separator: ", ")
    }
  }

  /// The products folder holds both the test bundle and the executable: `.build/<triple>/debug`.
  ///
  /// On Linux the test bundle is an executable named `*.xctest` (`CommandLine.arguments[0]`);
  /// on macOS it is a bundle folder that `Bundle.main` or `Bundle.allBundles` point into.
  private static func locate() -> Result<URL, LocateError> {
    let fileManager = FileManager.default
    if let override = ProcessInfo.processInfo.environment["ATTRITION_BINARY"], !override.isEmpty {
      return .success(URL(fileURLWithPath: override))
    }
    var candidates: [URL] = []
    let bundles = [Bundle.main.bundleURL] + Bundle.allBundles.map(\.bundleURL)
    for url in [URL(fileURLWithPath: CommandLine.arguments[0])] + bundles {
      var folder = url.standardizedFileURL
      // Walk up out of `X.xctest` (a file on Linux, a folder with Contents/MacOS on macOS).
      while folder.path != "/", folder.pathComponents.contains(where: { $0.hasSuffix(".xctest") }) {
        folder.deleteLastPathComponent()
      }
      var isDirectory: ObjCBool = false
      if fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        folder.deleteLastPathComponent()
      }
      candidates.append(folder)
    }
    var searched: [String] = []
    for folder in candidates where !searched.contains(folder.path) {
      searched.append(folder.path)
      let binary = folder.appendingPathComponent("attrition")
      if fileManager.isExecutableFile(atPath: binary.path) { return .success(binary) }
    }
    return .failure(LocateError(searched: searched))
  }

  /// GNU time, which reports the `rusage` its child ends with.
  static let timeProgram = "/usr/bin/time"

  /// Runs `attrition` with `arguments`, feeding `input` on standard input (else `/dev/null`), in
  /// `directory` (else the current one); a run longer than `timeout` is killed. Standard output
  /// goes to `standardOutput` when given (`/dev/full`), else it is captured.
  ///
  /// `measured` runs it under GNU time, for its peak memory and CPU time. Not from this process's
  /// own `wait4`: a child spawned from the test process inherits, at `exec`, the test process's
  /// peak in `ru_maxrss`; one that GNU time (a small process) forks does not.
  static func run(
    _ arguments: [String], input: Data? = nil, directory: URL? = nil, environment extra: [String: String] = [:],
    unprivileged: Bool = false, timeout: TimeInterval = defaultTimeout, measured: Bool = false,
    standardOutput: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ProcessOutcome {
    let executable = try #require(
      try? Self.executable.get(), "\(Self.describeLocateFailure())", sourceLocation: sourceLocation)
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("attrition-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // Files, not pipes: a child that writes megabytes never blocks on a full pipe.
    let stdoutURL = scratch.appendingPathComponent("stdout")
    let stderrURL = scratch.appendingPathComponent("stderr")
    let stdinURL = scratch.appendingPathComponent("stdin")
    for url in [stdoutURL, stderrURL] {
      _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    }
    var argv = [executable.path] + arguments
    if unprivileged && getuid() == 0 {
      // Root reads every file; permission checks are tested as the unprivileged user instead.
      argv = ["/usr/sbin/runuser", "-u", "nobody", "--"] + argv
    }
    let usageURL = scratch.appendingPathComponent("rusage")
    if measured {
      try #require(
        FileManager.default.isExecutableFile(atPath: timeProgram),
        "\(timeProgram) (GNU time) is not installed; 'make deps' installs it", sourceLocation: sourceLocation)
      argv = [timeProgram, "-f", "%M %U %S", "-o", usageURL.path, "--"] + argv
    }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.merge(extra) { _, new in new }
    if let input { try input.write(to: stdinURL) }
    let start = Date()
    let pid = try spawn(
      argv, environment: environment, directory: directory?.path,
      streams: [input == nil ? "/dev/null" : stdinURL.path, standardOutput ?? stdoutURL.path, stderrURL.path])
    let ending = wait(for: pid, timeout: timeout)
    let duration = Date().timeIntervalSince(start)
    let status = ending.status
    let signaled = status & 0x7f != 0
    var outcome = ProcessOutcome(
      status: signaled ? status & 0x7f : (status >> 8) & 0xff, signal: signaled ? status & 0x7f : nil,
      timedOut: ending.timedOut,
      stdoutData: (try? Data(contentsOf: stdoutURL)) ?? Data(),
      stderrData: (try? Data(contentsOf: stderrURL)) ?? Data(),
      duration: duration)
    if measured {
      // The last line is "%M %U %S"; a line before it says when the child was killed by a signal.
      let report = (try? String(contentsOf: usageURL, encoding: .utf8)) ?? ""
      let fields = report.split(separator: "\n").last?.split(separator: " ") ?? []
      if fields.count == 3, let kilobytes = Int(fields[0]), let user = Double(fields[1]), let system = Double(fields[2])
      {
        outcome.peakMemoryBytes = kilobytes * 1_024
        outcome.cpuSeconds = user + system
      }
    }
    return outcome
  }

  /// Starts `argv` with standard input, output and error opened from `streams`, with the signal
  /// mask and dispositions reset (a test's thread may block signals, which the child would inherit).
  private static func spawn(
    _ argv: [String], environment: [String: String], directory: String?, streams: [String]
  ) throws -> pid_t {
    var argv = argv
    if let directory {
      // The shell changes folder and execs, so the process (and its resource usage) is the command's.
      argv = ["/bin/sh", "-c", #"cd "$0" && exec "$@""#, directory] + argv
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, streams[0], O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, streams[1], O_WRONLY | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, streams[2], O_WRONLY | O_TRUNC, 0o600)
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
    let arguments = argv.map { strdup($0) } + [nil]
    let variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in arguments + variables { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, arguments, variables)
    guard spawned == 0 else { throw SpawnFailed(path: argv[0], code: spawned) }
    return pid
  }

  /// Waits for `pid` (SIGTERM after `timeout`, SIGKILL two seconds later); its wait status.
  private static func wait(for pid: pid_t, timeout: TimeInterval) -> (status: Int32, timedOut: Bool) {
    var status: Int32 = 0
    var timedOut = false
    var deadline = Date().addingTimeInterval(timeout)
    var killed = false
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid || (result < 0 && errno != EINTR) { return (status, timedOut) }
      if Date() > deadline {
        if !timedOut {
          timedOut = true
          kill(pid, SIGTERM)
          deadline = Date().addingTimeInterval(2)
        } else if !killed {
          killed = true
          kill(pid, SIGKILL)
          deadline = .distantFuture
        }
      }
      usleep(2_000)
    }
  }

  /// The executable could not be started.
  struct SpawnFailed: Error, CustomStringConvertible {
    var path: String
    var code: Int32
    var description: String { "cannot start '\(path)': \(String(cString: strerror(code)))" }
  }

  private static func describeLocateFailure() -> String {
    switch executable {
    case .success(let url): "found at \(url.path)"
    case .failure(let error): error.description
    }
  }
}
