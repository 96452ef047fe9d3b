import Foundation
import Testing

/// `--format csv` writes one table that other tools read; several results need `--all` or `-o`.
@Suite("CSV output of scripts")
struct CSVOutputTests {
  static let script = "let t = load(\"ints.csv\")\nt\n1 + 1\nt | limit 1\n"

  /// A folder with `ints.csv` (a text and an integer column) and the mixed script.
  static func folder() throws -> URL {
    let folder = try FixturePaths.scratchFolder()
    try Data("name,n\na,1\nb,2\n".utf8).write(to: folder.appendingPathComponent("ints.csv"))
    try Data(script.utf8).write(to: folder.appendingPathComponent("multi.atn"))
    return folder
  }

  @Test("several results are refused with their lines named; one table is written as it is")
  func severalResultsRefused() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let refused = try AttritionProcess.run(["run", "multi.atn", "--format", "csv"], directory: folder)
    Expect.diagnostic(refused, id: "output.several_results")
    #expect(refused.stderr.contains("gave 3 results (lines 2, 3 and 4)"), "\(refused.summary)")
    #expect(refused.stdout.isEmpty, "nothing half-written: \(refused.summary)")
    try Data("load(\"ints.csv\")\n".utf8).write(to: folder.appendingPathComponent("one.atn"))
    let one = try AttritionProcess.run(["run", "one.atn", "--format", "csv"], directory: folder)
    Expect.success(one)
    #expect(one.stdout == "name,n\na,1\nb,2\n", "integer columns stay integers: \(one.summary)")
  }

  @Test("--all writes each result after a comment naming its line; -o DIR a file each, named after the result")
  func allAndFolder() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let all = try AttritionProcess.run(["run", "multi.atn", "--format", "csv", "--all"], directory: folder)
    Expect.success(all)
    let blocks = all.stdout.components(separatedBy: "\n\n")
    #expect(blocks.count == 3, "\(all.summary)")
    #expect(blocks.first == "# multi.atn:2: t\nname,n\na,1\nb,2", "\(all.summary)")
    #expect(blocks.last == "# multi.atn:4: t | limit 1\nname,n\na,1\n", "\(all.summary)")
    let files = try AttritionProcess.run(["run", "multi.atn", "--format", "csv", "-o", "out"], directory: folder)
    #expect(files.status == 0, "\(files.summary)")
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(Set(written) == ["t.csv", "line-3.csv", "line-4.csv"], "\(written)")
    let t = try String(contentsOf: folder.appendingPathComponent("out/t.csv"), encoding: .utf8)
    #expect(t == "name,n\na,1\nb,2\n")
    let misplaced = try AttritionProcess.run(["run", "multi.atn", "--all"], directory: folder)
    #expect(misplaced.status == 2 && misplaced.stderr.contains("--all and -o go with --format csv"))
  }

  @Test("a 1,626-row table written to a pipe is never cut: 1,627 lines of CSV, every row in the text format")
  func pipesGetEveryRow() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let rows = (1...1_626).map { "2024-01-01,\($0)" }.joined(separator: "\n")
    try Data(("day,n\n" + rows + "\n").utf8).write(to: folder.appendingPathComponent("long.csv"))
    try Data("load(\"long.csv\")\n".utf8).write(to: folder.appendingPathComponent("long.atn"))
    let csv = try AttritionProcess.run(["run", "long.atn", "--format", "csv"], directory: folder)
    Expect.success(csv)
    #expect(csv.stdoutLines.count == 1_627, "\(csv.stdoutLines.count)")
    let text = try AttritionProcess.run(["run", "long.atn", "--echo", "off"], directory: folder)
    Expect.success(text)
    #expect(!text.stdout.contains("more rows"), "\(text.summary)")
    // A header line and its rule, then every row.
    #expect(text.stdoutLines.count == 1_628, "\(text.stdoutLines.count)")
    #expect(text.stdoutLines.last?.hasSuffix("1,626") == true, "\(text.stdoutLines.last ?? "")")
  }
}
