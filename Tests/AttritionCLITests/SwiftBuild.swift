import Foundation

/// Runs `swift build` in a package folder, as a plugin author would.
enum SwiftBuild {
  /// The exit status and the combined output of the build.
  struct Outcome {
    let status: Int32
    let output: String
  }

  /// Builds the package in `folder` (debug), with a time limit of ten minutes.
  static func run(in folder: URL, arguments: [String] = ["build"]) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift"] + arguments
    process.currentDirectoryURL = folder
    let log = folder.appendingPathComponent(".swift-build.log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    let handle = try FileHandle(forWritingTo: log)
    defer { try? handle.close() }
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    let deadline = Date().addingTimeInterval(600)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    return Outcome(status: process.terminationStatus, output: output)
  }
}
