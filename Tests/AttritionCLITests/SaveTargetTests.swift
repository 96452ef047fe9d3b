import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Where `:save` and `save(…)` write: never over a read-only file, never leaving temporary files.
@Suite("Save targets")
struct SaveTargetTests {
  @Test("':save' and 'save(…)' over a read-only file refuse, as cp does, and leave it unchanged")
  func readOnlyTarget() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Run as nobody when the tests run as root (root may write any file): the folder is open to all.
    chmod(folder.path, 0o777)
    for name in ["out.atn", "out.csv"] {
      let url = folder.appendingPathComponent(name)
      try Data("old\n".utf8).write(to: url)
      chmod(url.path, 0o444)
    }
    for (script, target) in [
      ("let x = 1\n:save \"out.atn\"\n", "out.atn"),
      ("save(table(a: [1]), \"out.csv\")\n", "out.csv"),
    ] {
      try Data(script.utf8).write(to: folder.appendingPathComponent("case.atn"))
      chmod(folder.appendingPathComponent("case.atn").path, 0o644)
      let outcome = try AttritionProcess.run(["run", "case.atn"], directory: folder, unprivileged: true)
      #expect(outcome.status == 1, "\(outcome.summary)")
      #expect(outcome.stderr.contains("\(target)': it is read-only"), "\(outcome.summary)")
      #expect(try String(contentsOf: folder.appendingPathComponent(target), encoding: .utf8) == "old\n")
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".attrition-") }
    #expect(left.isEmpty, "no temporary file is left: \(left)")
  }

  @Test("a save removes the temporary files that interrupted saves left in its folder, and only those")
  func abandonedTemporaryFiles() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // 4194305 is above the kernel's largest process ID (2^22): no process has it. Our own is alive.
    let abandoned = ".attrition-4194305-abcdef"
    let alive = ".attrition-\(getpid())-abcdef"
    for name in [abandoned, alive, "attrition-notes.txt"] {
      FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data("x".utf8))
    }
    try Data("save(table(a: [1, 2]), \"out.csv\")\n".utf8).write(to: folder.appendingPathComponent("case.atn"))
    let outcome = try AttritionProcess.run(["run", "case.atn"], directory: folder)
    Expect.success(outcome)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains(abandoned), "\(names)")
    #expect(names.contains(alive), "a running process's temporary file is kept: \(names)")
    #expect(names.contains("attrition-notes.txt"))
    let saved = try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
    #expect(saved.split(separator: "\n").compactMap { Double($0) } == [1, 2], "\(saved)")
  }
}
