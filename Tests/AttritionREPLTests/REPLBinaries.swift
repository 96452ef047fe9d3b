import Foundation
import Testing

/// The executables the terminal tests drive, and runs of them without a terminal.
enum REPLBinaries {
  /// What one non-interactive run produced.
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// `attrition` next to the test bundle (`.build/<triple>/debug`), or `$ATTRITION_BINARY`.
  static func attrition() throws -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let override = environment["ATTRITION_BINARY"], !override.isEmpty { return URL(fileURLWithPath: override) }
    var folders: [URL] = []
    for url in [URL(fileURLWithPath: CommandLine.arguments[0])] + Bundle.allBundles.map(\.bundleURL) {
      var folder = url.standardizedFileURL
      while folder.path != "/", folder.pathComponents.contains(where: { $0.hasSuffix(".xctest") }) {
        folder.deleteLastPathComponent()
      }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        folder.deleteLastPathComponent()
      }
      folders.append(folder)
    }
    let found = folders.map { $0.appendingPathComponent("attrition") }.first {
      FileManager.default.isExecutableFile(atPath: $0.path)
    }
    return try #require(found, "no 'attrition' executable next to the test bundle; run 'swift build' first")
  }

  /// The binary that opens the REPL with no arguments on a terminal: ``attrition()``, or
  /// `$ATTRITION_REPL_BINARY` (a launcher taking the same `--history` and `--color` options).
  static func repl() throws -> URL {
    if let override = ProcessInfo.processInfo.environment["ATTRITION_REPL_BINARY"], !override.isEmpty {
      return URL(fileURLWithPath: override)
    }
    return try attrition()
  }

  /// Runs `attrition` with standard input from `input` (a pipe's worth of text, not a terminal).
  static func run(_ arguments: [String], input: String = "", directory: URL? = nil) throws -> Run {
    let scratch = try REPLTestSupport.temporaryFolder("attrition-run")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let paths = ["stdin", "stdout", "stderr"].map { scratch.appendingPathComponent($0) }
    try Data(input.utf8).write(to: paths[0])
    for path in paths.dropFirst() { _ = FileManager.default.createFile(atPath: path.path, contents: nil) }
    let process = Process()
    process.executableURL = try attrition()
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    process.standardInput = try FileHandle(forReadingFrom: paths[0])
    process.standardOutput = try FileHandle(forWritingTo: paths[1])
    process.standardError = try FileHandle(forWritingTo: paths[2])
    try process.run()
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    let text = { (url: URL) in (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
    return Run(status: process.terminationStatus, stdout: text(paths[1]), stderr: text(paths[2]))
  }
}
