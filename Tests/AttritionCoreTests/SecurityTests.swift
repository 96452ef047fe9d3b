import AttritionLanguage
import Foundation
import Testing

/// What scripts, notebooks and plugins may not do: run programs. Checked on the sources, so a new
/// way to start a process cannot slip in unnoticed.
@Suite("Security")
struct SecurityTests {
  /// Calls that start another program.
  static let spawning = ["Process(", "posix_spawn", "system(", "popen(", "execv(", "execvp(", "fork()"]

  /// Files allowed to start a program, and why.
  static let allowed: [String: String] = [
    "Sources/AttritionCore/Datasets/DownloadHelper.swift":
      "runs only the attrition-fetch download helper, for 'attrition data pull'; no script, notebook or "
      + "plugin can reach it (decision 0019)"
  ]

  @Test("no source file of the product starts another program")
  func noProcessSpawning() throws {
    var offenders: [String] = []
    for folder in ["Sources", "Plugins"] {
      let root = CoreFixtures.root.appendingPathComponent(folder)
      let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
      for file in files where file.hasSuffix(".swift") && !file.contains(".build/") {
        let relative = "\(folder)/\(file)"
        guard Self.allowed[relative] == nil else { continue }
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        for call in Self.spawning where text.contains(call) { offenders.append("\(relative): \(call)") }
      }
    }
    #expect(offenders.isEmpty, "starts a program: \(offenders)")
  }

  @Test("the language has no function that runs a command, reads the environment or writes files")
  func noDangerousBuiltins() {
    let names = Set(Evaluator.builtinFunctions.map(\.name))
    for forbidden in ["system", "exec", "shell", "run", "spawn", "popen", "env", "getenv", "write", "delete", "remove"]
    {
      #expect(!names.contains(forbidden), "built-in '\(forbidden)'")
    }
  }
}
