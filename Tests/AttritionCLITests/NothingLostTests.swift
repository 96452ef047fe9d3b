import Foundation
import Testing

/// Files Attrition writes are replaced whole or not at all, and a failed write says so.
@Suite("Nothing lost")
struct NothingLostTests {
  /// Runs attrition through bash with a file-size limit of 0 blocks, so every write to a regular
  /// file fails (as on a full disk); its output goes through a pipe, which the limit does not touch.
  /// The signal such a write raises (SIGXFSZ) is left at its default, which kills a process that
  /// does not ignore it: attrition must.
  static func runWithoutDiskSpace(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
    let executable = try #require(try? AttritionProcess.executable.get())
    let quoted = ([executable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "-c", "(ulimit -f 0; exec \(quoted.joined(separator: " "))) 2>&1 | cat; exit ${PIPESTATUS[0]}",
    ]
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  @Test(":save on a full disk fails with the system's reason, and the old file keeps its content")
  func failedSaveKeepsOldFile() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("session.atn")
    try Data("let kept = 1\n".utf8).write(to: target)
    let (status, output) = try Self.runWithoutDiskSpace(["-e", "let x = 1\n:save session.atn"], in: folder)
    #expect(status == 1, "\(output)")
    #expect(output.contains("cannot write 'session.atn': File too large; the existing file is unchanged"), "\(output)")
    #expect(try String(contentsOf: target, encoding: .utf8) == "let kept = 1\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "session.atn" }
    #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
  }

  @Test("a notebook rendered on a full disk fails with the reason, and the old page keeps its content")
  func failedNotebookOutputKeepsOldFile() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# N\n\n```atn\n1 + 1\n```\n".utf8).write(to: folder.appendingPathComponent("n.md"))
    let page = folder.appendingPathComponent("n.html")
    try Data("old page\n".utf8).write(to: page)
    let (status, output) = try Self.runWithoutDiskSpace(
      ["notebook", "--no-plugins", "n.md", "--to", "html", "-o", "n.html"], in: folder)
    #expect(status == 1, "\(output)")
    #expect(output.contains("cannot write 'n.html': File too large; the existing file is unchanged"), "\(output)")
    #expect(try String(contentsOf: page, encoding: .utf8) == "old page\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0 != "n.md" && $0 != "n.html"
    }
    #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
  }

  @Test("save() on a full disk is data.cannot_write with the system's reason, and the old file keeps its content")
  func failedTableSaveKeepsOldFile() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("out.csv")
    try Data("kept\n1\n".utf8).write(to: target)
    let (status, output) = try Self.runWithoutDiskSpace(["-e", #"save(table(a: [1, 2]), "out.csv")"#], in: folder)
    #expect(status == 1, "\(output)")
    #expect(
      output.contains("out.csv': File too large; the existing file is unchanged [data.cannot_write]"), "\(output)")
    #expect(!output.contains("cannot read"), "\(output)")
    #expect(try String(contentsOf: target, encoding: .utf8) == "kept\n1\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "out.csv" }
    #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
  }

  @Test("diagnostics written to a file that cannot grow end the run with status 1, not a crash")
  func diagnosticsToAFullDisk() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    let executable = try #require(try? AttritionProcess.executable.get())
    process.arguments = ["-c", "ulimit -f 0; exec '\(executable.path)' -e '1/0' >out.txt 2>err.txt"]
    process.currentDirectoryURL = folder
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 1)
  }
}
