import Foundation
import Testing

/// An error inside a function defined in another file: shown where the failing code is, in that
/// file's own lines, with a note for each call that led there.
@Suite("Diagnostics inside called functions")
struct CallSiteDiagnosticTests {
  static let library = "# helpers\n\nfn bad(x) = x + 1 km\n\nfn worse(x) = bad(x) * 2\n"

  @Test("a function from a ':run' file fails in that file's lines, with notes for the calls")
  func runFile() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.library.utf8).write(to: folder.appendingPathComponent("lib.atn"))
    try Data(":run \"lib.atn\"\n\nlet y = 1\nworse(2 days)\n".utf8).write(to: folder.appendingPathComponent("main.atn"))
    let outcome = try AttritionProcess.run(["run", "main.atn"], directory: folder)
    Expect.diagnostic(outcome, id: "evaluation.unit_mismatch")
    let lib = folder.resolvingSymlinksInPath().appendingPathComponent("lib.atn").path
    let lines = outcome.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("\(lib):3:13: error: cannot add 'day' and 'km'") == true, "\(outcome.summary)")
    #expect(lines.contains(" 3 | fn bad(x) = x + 1 km"), "the excerpt is the failing line: \(outcome.summary)")
    #expect(lines.suffix(2) == ["note: called from \(lib):5:15", "note: called from main.atn:4:1"], "\(lines)")
    #expect(!outcome.stderr.contains(":-"), "no negative line: \(outcome.summary)")
  }

  @Test("a function of an imported module fails in the module's lines, with a note for the call")
  func importedModule() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(("module helpers\n" + Self.library).utf8).write(to: folder.appendingPathComponent("helpers.atn"))
    try Data("import \"helpers.atn\"\n\nhelpers.worse(2 days)\n".utf8).write(
      to: folder.appendingPathComponent("main.atn"))
    let outcome = try AttritionProcess.run(["run", "main.atn"], directory: folder)
    Expect.diagnostic(outcome, id: "evaluation.unit_mismatch")
    let lines = outcome.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("helpers.atn:4:13: error: cannot add 'day' and 'km'") == true, "\(outcome.summary)")
    #expect(lines.suffix(2) == ["note: called from helpers.atn:6:15", "note: called from main.atn:3:1"], "\(lines)")
  }

  @Test("deep recursion lists the innermost calls and counts the rest")
  func manyCalls() throws {
    let script =
      "fn f0(x) = x + 1 km\n" + (1...8).map { "fn f\($0)(x) = f\($0 - 1)(x)" }.joined(separator: "\n")
      + "\nf8(1 day)\n"
    let outcome = try AttritionProcess.run(["-e", script])
    Expect.diagnostic(outcome, id: "evaluation.unit_mismatch")
    #expect(outcome.stderr.hasPrefix("<expression>:1:12: error:"), "\(outcome.summary)")
    #expect(outcome.stderr.contains("note: called from <expression>:2:12\n"), "f1 calls f0 on line 2")
    #expect(outcome.stderr.hasSuffix("note: … and 5 more calls\n"), "\(outcome.summary)")
  }
}
