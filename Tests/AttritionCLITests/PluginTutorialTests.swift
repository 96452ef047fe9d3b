import Foundation
import Testing

/// Docs/Plugins.md is a tutorial whose steps run as written: each `$ command` of its console
/// blocks runs in order in an empty folder (with `attrition` on the PATH) and must print the lines
/// below it; each code block with `file=PATH` is written to that path first.
@Suite("Plugins tutorial")
struct PluginTutorialTests {
  /// One step of the tutorial.
  enum Step {
    case command(String, expected: String, line: Int)
    case write(path: String, text: String)
  }

  static func steps(of markdown: String) -> [Step] {
    var steps: [Step] = []
    var block: (kind: String, file: String?)?
    var lines: [String] = []
    var command: (text: String, line: Int)?
    func finishCommand() {
      if let command {
        steps.append(.command(command.text, expected: lines.joined(separator: "\n"), line: command.line))
      }
      command = nil
      lines = []
    }
    for (number, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(line)
      if block == nil, line.hasPrefix("```"), line.count > 3 {
        let words = line.dropFirst(3).split(separator: " ")
        let file = words.first { $0.hasPrefix("file=") }.map { String($0.dropFirst(5)) }
        block = (String(words.first ?? ""), file)
        lines = []
      } else if block != nil, line == "```" {
        if block?.kind == "console" { finishCommand() }
        if let file = block?.file { steps.append(.write(path: file, text: lines.joined(separator: "\n") + "\n")) }
        block = nil
        lines = []
      } else if block?.kind == "console", line.hasPrefix("$ ") {
        finishCommand()
        command = (String(line.dropFirst(2)), number + 1)
      } else if block != nil {
        lines.append(line)
      }
    }
    return steps
  }

  @Test("every command of Docs/Plugins.md prints what the page says, run in order in an empty folder")
  func tutorialRuns() throws {
    let markdown = try String(contentsOf: FixturePaths.root.appendingPathComponent("Docs/Plugins.md"), encoding: .utf8)
    let steps = Self.steps(of: markdown)
    #expect(steps.count >= 12, "the tutorial's steps were not found")
    let executable = try #require(try? AttritionProcess.executable.get())
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let home = folder.appendingPathComponent("data")
    var directory = folder.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] = executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
    environment["XDG_DATA_HOME"] = home.path
    environment["NO_COLOR"] = "1"
    environment["ATTRITION_SDK"] = nil
    for step in steps {
      switch step {
      case .write(let path, let text):
        let url = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
      case .command(let command, let expected, let line):
        let (output, newDirectory) = try Self.shell(command, in: directory, environment: environment)
        #expect(output == expected, "Docs/Plugins.md:\(line): $ \(command)")
        directory = newDirectory
      }
    }
  }

  /// Runs a command with bash in a folder; returns its output (stdout and stderr) without the last
  /// newline, and the folder it ended in.
  static func shell(_ command: String, in directory: URL, environment: [String: String]) throws -> (String, URL) {
    let scratch = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outputURL = scratch.appendingPathComponent("output")
    let directoryURL = scratch.appendingPathComponent("directory")
    let script = "{ \(command)\n} >'\(outputURL.path)' 2>&1; pwd >'\(directoryURL.path)'"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = directory
    process.environment = environment
    try process.run()
    process.waitUntilExit()
    var output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
    if output.hasSuffix("\n") { output.removeLast() }
    let ended = ((try? String(contentsOf: directoryURL, encoding: .utf8)) ?? directory.path)
      .trimmingCharacters(in: .newlines)
    return (output, URL(fileURLWithPath: ended))
  }
}
