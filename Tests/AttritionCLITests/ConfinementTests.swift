import Foundation
import Testing

/// What a script or notebook may read and write: its folder tree, the data folders and the files
/// named on its command line, unless `--allow-outside`.
@Suite("Confinement of scripts and notebooks")
struct ConfinementTests {
  /// A project folder `work/` holding `brief/` (the notebook's or script's folder) and, beside it,
  /// `secret.csv` and `secret.atn`, which the brief must not reach.
  static func project() throws -> URL {
    let root = try FixturePaths.scratchFolder()
    let brief = root.appendingPathComponent("brief")
    try FileManager.default.createDirectory(at: brief.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("name,count\nsecret-row,41\n".utf8).write(to: root.appendingPathComponent("secret.csv"))
    try Data("\"secret-text\"\n".utf8).write(to: root.appendingPathComponent("secret.atn"))
    try Data("module leaked\nfn f(x) = x\n".utf8).write(to: root.appendingPathComponent("leaked.atn"))
    try Data("name,count\nown-row,7\n".utf8).write(to: brief.appendingPathComponent("sub/own.csv"))
    try FileManager.default.createSymbolicLink(
      atPath: brief.appendingPathComponent("link.csv").path,
      withDestinationPath: root.appendingPathComponent("secret.csv").path)
    return root
  }

  @Test("a notebook's :run of a file outside its folder is refused, and the rendered brief quotes nothing of it")
  func notebookRunOutside() throws {
    let root = try Self.project()
    defer { try? FileManager.default.removeItem(at: root) }
    let notebook =
      "# Brief\n\n```atn\n:run \"../secret.atn\"\n```\n\n```atn\n:run \"../../../../../../../../etc/passwd\"\n```\n"
    try Data(notebook.utf8).write(to: root.appendingPathComponent("brief/brief.md"))
    for format in ["md", "html"] {
      let outcome = try AttritionProcess.run(
        ["notebook", "--keep-going", "--to", format, "brief/brief.md"], directory: root)
      #expect(outcome.status == 0, "\(outcome.summary)")
      #expect(!outcome.stdout.contains("secret-text") && !outcome.stdout.contains("root:"), "\(outcome.stdout)")
      #expect(outcome.stdout.contains("input.outside_allowed_folders"), "\(outcome.summary)")
      #expect(outcome.stderr.contains("(/etc/passwd) is outside the folders this notebook may use"))
    }
    let allowed = try AttritionProcess.run(["notebook", "--allow-outside", "brief/brief.md"], directory: root)
    #expect(allowed.stdout.contains("secret-text"), "--allow-outside lifts it: \(allowed.summary)")
  }

  @Test(
    "load, :load, import, :run and save outside the folder are refused; a link out of it leads out of it",
    arguments: [
      "load(\"../secret.csv\")", ":load \"../secret.csv\"", "import \"../leaked.atn\"", ":run \"../secret.atn\"",
      "save(table(a: [1]), \"../written.csv\")", "load(\"link.csv\")", "load(\"sub/../../secret.csv\")",
      "load(\"\(FileManager.default.temporaryDirectory.path)/../etc/passwd.csv\")",
    ])
  func scriptOutside(statement: String) throws {
    let root = try Self.project()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data((statement + "\n").utf8).write(to: root.appendingPathComponent("brief/script.atn"))
    let outcome = try AttritionProcess.run(["run", "brief/script.atn"], directory: root)
    Expect.diagnostic(outcome, id: "input.outside_allowed_folders")
    #expect(outcome.stderr.contains("brief/script.atn:1:1: error:"), "\(outcome.summary)")
    #expect(!outcome.stdout.contains("secret") && !outcome.stdout.contains("leaked"))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("written.csv").path))
    let allowed = try AttritionProcess.run(["run", "--allow-outside", "brief/script.atn"], directory: root)
    #expect(!allowed.stderr.contains("outside_allowed_folders"), "\(allowed.summary)")
    // Every target but the made-up /etc/passwd.csv exists, so with leave the statement runs.
    #expect(allowed.status == (statement.contains("passwd") ? 1 : 0), "\(allowed.summary)")
  }

  @Test("inside the folder tree, the data folders and files named on the command line all work; -e is not confined")
  func allowedPlaces() throws {
    let root = try Self.project()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data("name,count\ndata-row,3\n".utf8).write(to: data.appendingPathComponent("in-data.csv"))
    let script = """
      load("sub/own.csv")
      load("\(data.path)/in-data.csv")
      load(args[0])
      save(table(a: [1]), "sub/out.csv")
      """
    try Data(script.utf8).write(to: root.appendingPathComponent("brief/script.atn"))
    let outcome = try AttritionProcess.run(
      ["run", "--data-dir", data.path, "brief/script.atn", root.appendingPathComponent("secret.csv").path],
      directory: root)
    Expect.success(outcome)
    for row in ["own-row", "data-row", "secret-row"] { #expect(outcome.stdout.contains(row), "\(outcome.summary)") }
    let typed = try AttritionProcess.run(["-e", "load(\"secret.csv\")"], directory: root)
    Expect.success(typed)
    #expect(typed.stdout.contains("secret-row"))
  }
}
