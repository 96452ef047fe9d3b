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

  /// Runs `attrition` with `arguments`, feeding `input` on standard input (else `/dev/null`), in
  /// `directory` (else the current one); a run longer than `timeout` is killed.
  static func run(
    _ arguments: [String], input: Data? = nil, directory: URL? = nil, environment extra: [String: String] = [:],
    unprivileged: Bool = false, timeout: TimeInterval = defaultTimeout,
    sourceLocation: SourceLocation = #_sourceLocation
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
    let process = Process()
    if unprivileged && getuid() == 0 {
      // Root reads every file; permission checks are tested as the unprivileged user instead.
      process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
      process.arguments = ["-u", "nobody", "--", executable.path] + arguments
    } else {
      process.executableURL = executable
      process.arguments = arguments
    }
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.merge(extra) { _, new in new }
    process.environment = environment
    let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
    let stderrHandle = try FileHandle(forWritingTo: stderrURL)
    defer {
      try? stdoutHandle.close()
      try? stderrHandle.close()
    }
    process.standardOutput = stdoutHandle
    process.standardError = stderrHandle
    if let input {
      try input.write(to: stdinURL)
      process.standardInput = try FileHandle(forReadingFrom: stdinURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    let start = Date()
    try process.run()
    var timedOut = false
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      timedOut = true
      process.terminate()
      if finished.wait(timeout: .now() + 2) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        finished.wait()
      }
    }
    process.waitUntilExit()
    let duration = Date().timeIntervalSince(start)
    let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
    return ProcessOutcome(
      status: process.terminationStatus, signal: signal, timedOut: timedOut,
      stdoutData: (try? Data(contentsOf: stdoutURL)) ?? Data(),
      stderrData: (try? Data(contentsOf: stderrURL)) ?? Data(),
      duration: duration)
  }

  private static func describeLocateFailure() -> String {
    switch executable {
    case .success(let url): "found at \(url.path)"
    case .failure(let error): error.description
    }
  }
}
