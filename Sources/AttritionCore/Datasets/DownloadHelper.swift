import Foundation

/// The `attrition-fetch` executable that performs downloads for ``Downloader``, and how to run it.
///
/// It is looked for in `ATTRITION_FETCH` (a path), else next to the running executable (where
/// `swift build` and an installation put it).
public struct DownloadHelper: Sendable, Equatable {
  /// The helper's file name.
  public static let executableName = "attrition-fetch"

  /// The helper's path (it may not exist: ``run(_:body:deadline:report:)`` then says so).
  public var path: String

  /// A helper at `path`.
  public init(path: String) {
    self.path = path
  }

  /// The helper named by `ATTRITION_FETCH`, else the one next to the running executable.
  public static func located(environment: [String: String] = ProcessInfo.processInfo.environment) -> DownloadHelper {
    if let path = environment["ATTRITION_FETCH"], !path.isEmpty { return DownloadHelper(path: path) }
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first ?? executableName
    let folder = (executable as NSString).deletingLastPathComponent
    return DownloadHelper(path: (folder as NSString).appendingPathComponent(executableName))
  }

  /// How the helper ended.
  public enum Ending: Equatable, Sendable {
    /// It exited with a status.
    case exited(Int32)
    /// A signal stopped it.
    case signalled(Int32)
    /// It outlived the deadline and was killed.
    case timedOut
  }

  /// Why the helper could not be started or read.
  public struct Failure: Error, Sendable {
    /// The explanation, naming the helper's path.
    public var reason: String
  }

  /// Runs the helper with `arguments`, its standard output on `body` and its report descriptor (3)
  /// on a pipe whose lines go to `report`; kills it after `deadline` seconds.
  public func run(
    _ arguments: [String], body: Int32, deadline: Double, report: (Substring) -> Void
  ) throws(Failure) -> Ending {
    guard access(path, X_OK) == 0 else {
      throw Failure(
        reason: "the download helper '\(path)' cannot be run (\(String(cString: strerror(errno)))); "
          + "build it with 'swift build' or set ATTRITION_FETCH to its path")
    }
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else {
      throw Failure(reason: "cannot create a pipe: \(String(cString: strerror(errno)))")
    }
    let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
    // Other processes started meanwhile must not inherit the pipe (or its end would never close).
    _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
    _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    defer { close(readEnd) }
    let identifier: pid_t
    do {
      defer { close(writeEnd) }
      identifier = try spawn(arguments, body: body, reportEnd: writeEnd)
    }
    let limit = Date().addingTimeInterval(deadline)
    var buffer: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    var timedOut = false
    reading: while true {
      let remaining = limit.timeIntervalSinceNow
      if remaining <= 0 {
        kill(identifier, SIGKILL)
        timedOut = true
        break
      }
      var poller = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000) + 1)
      if ready < 0, errno == EINTR { continue }
      if ready <= 0 { continue }
      let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      if count <= 0 { break reading }
      buffer += chunk[..<count]
      while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
        report(Substring(decoding: buffer[..<newline], as: UTF8.self))
        buffer.removeSubrange(...newline)
      }
    }
    var status: Int32 = 0
    while waitpid(identifier, &status, 0) < 0, errno == EINTR {}
    if timedOut { return .timedOut }
    // The wait status layout of Linux: the low 7 bits are the signal, the next byte the exit status.
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
  }

  private func spawn(_ arguments: [String], body: Int32, reportEnd: Int32) throws(Failure) -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, body, 1)
    posix_spawn_file_actions_adddup2(&actions, reportEnd, 3)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var identifier: pid_t = 0
    let result = posix_spawn(&identifier, path, &actions, nil, argv, environ)
    guard result == 0 else {
      throw Failure(reason: "cannot start the download helper '\(path)': \(String(cString: strerror(result)))")
    }
    return identifier
  }
}
