import Foundation
import Testing

/// The Python clients in `Tests/Clients`, run with the tests' virtual environment
/// (`make test-clients`): real parsers that read what Attrition wrote.
enum PythonClient {
  /// The Python of the tests' virtual environment, or `$ATTRITION_TEST_PYTHON`.
  static func python() throws -> String {
    if let given = ProcessInfo.processInfo.environment["ATTRITION_TEST_PYTHON"], !given.isEmpty { return given }
    let path = FixturePaths.root.appendingPathComponent(".test/venv/bin/python3").path
    try #require(FileManager.default.isExecutableFile(atPath: path), "run 'make test-clients' first: no \(path)")
    return path
  }

  /// What `Tests/Clients/<script>` printed for `arguments`; fails the test when it exits non-zero.
  static func run(_ script: String, _ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try python())
    process.arguments = [FixturePaths.root.appendingPathComponent("Tests/Clients/" + script).path] + arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "\(script) failed on \(arguments)")
    return data
  }
}
