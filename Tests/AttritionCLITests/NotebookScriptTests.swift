import Foundation
import Testing

/// Every notebook in `Notebooks/` runs with `--check` (its recorded outputs still hold), the CSIS
/// one sets the seed's figures beside the public data with sources, and the `notebook` command
/// renders, updates and reports failures as documented.
@Suite("Notebooks", .serialized)
struct NotebookScriptTests {
  static let notebooks = FixturePaths.root.appendingPathComponent("Notebooks")

  /// The data path for the public datasets: `../shared/datasets` beside the package when it is
  /// there, else whatever `ATTRITION_DATA` says (the cache `make test` pulls into).
  static var dataArguments: [String] {
    let shared = FixturePaths.root.deletingLastPathComponent().appendingPathComponent("shared/datasets")
    return FileManager.default.fileExists(atPath: shared.path) ? ["--data-dir", shared.path] : []
  }

  static var names: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: notebooks.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted()
  }

  @Test("the four notebooks are there")
  func notebooksExist() {
    #expect(Self.names == ["csis-june-2025.md", "extending.md", "general-staff-claims.md", "territorial-pace.md"])
  }

  @Test("each notebook's recorded outputs still hold (--check)", arguments: names)
  func check(_ name: String) throws {
    let path = Self.notebooks.appendingPathComponent(name).path
    let outcome = try AttritionProcess.run(
      ["notebook", "--check", "--allow-plugins"] + Self.dataArguments + [path], timeout: 180)
    #expect(outcome.status == 0, "\(name): \(outcome.summary)")
    #expect(outcome.stdout.contains("every recorded output matches"), "\(outcome.summary)")
  }

  @Test("the CSIS notebook's outputs set the seed's figures beside the real data, with their sources")
  func csisFigures() throws {
    let text = try String(contentsOf: Self.notebooks.appendingPathComponent("csis-june-2025.md"), encoding: .utf8)
    for figure in [
      "casualty.ratio(ru, ua) = about 2.38  (source: CSIS",
      "4,907 tanks  (source: PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
      "equipment.fleet_from_share(41, 1/3) = 123\n",
      "9.597 km²/day", "4,694 km²  (sources: DanielRose2310/deepstatemaps-history", "991,820", "2024-03-14",
    ] {
      #expect(text.contains(figure), "no '\(figure)' in the recorded outputs")
    }
    // The bomber share and the Kharkiv rate, each with its sources (the notebook is --checked above).
    #expect(text.contains("0.300 [0.283 – 0.323]  (sources: azfinhub (aggregator)"))
    #expect(text.contains("Defense Express, Russian strategic bomber fleet"))
    #expect(text.contains("m/day  (sources: DanielRose2310/deepstatemaps-history, geojsons/1704145957.geojson"))
    #expect(text.contains("ISW via RBC-Ukraine") && text.contains("Wikipedia, Vovchansk"))
    #expect(text.contains("tanks  (source: scarnecchia/oryx_data, totals_by_type.csv as it stood at 208 commits"))
    // Every row of the closing table has a figure from the data: no dash is left.
    let table = try #require(text.components(separatedBy: "## What the data say").last)
    let rows = table.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| claim") }
    #expect(rows.count == 7)
    for row in rows {
      let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      #expect(cells.count == 3 && cells.allSatisfy { !$0.isEmpty && $0 != "—" && $0 != "-" }, "\(row)")
    }
  }

  @Test("a changed recorded output makes --check exit 1 with a diff naming the block's line")
  func changedOutputFails() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try String(
      contentsOf: Self.notebooks.appendingPathComponent("csis-june-2025.md"), encoding: .utf8)
    let changed = original.replacingOccurrences(
      of: "days(war) = 1,197 days\ndays(since2024) = 521 days",
      with: "days(war) = 1,197 days\ndays(since2024) = 520 days")
    try #require(changed != original)
    let copy = folder.appendingPathComponent("csis.md")
    try Data(changed.utf8).write(to: copy)
    let outcome = try AttritionProcess.run(
      ["notebook", "--check", "--allow-plugins"] + Self.dataArguments + [copy.path], timeout: 180)
    #expect(outcome.status == 1, "\(outcome.summary)")
    #expect(outcome.stderr.contains("\(copy.path):20 recorded"), "\(outcome.stderr)")
    #expect(
      outcome.stderr.contains("\n-days(since2024) = 520 days\n+days(since2024) = 521 days\n"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("1 of 10 blocks print something else than their recorded output"))
  }

  @Test("render to Markdown with charts beside it, to HTML, and --update; a failing block exits 1")
  func renderAndUpdate() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = FixturePaths.fixtures.appendingPathComponent("notebooks/sample.md")
    let copy = folder.appendingPathComponent("brief.md")
    try FileManager.default.copyItem(at: sample, to: copy)
    let markdown = try AttritionProcess.run(
      ["notebook", "--no-plugins", "--keep-going", copy.path, "-o", folder.appendingPathComponent("out.md").path])
    #expect(markdown.status == 0, "\(markdown.summary)")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out-chart-1.svg").path))
    // -o makes the folders it names.
    let nested = folder.appendingPathComponent("briefs/2025/brief.html")
    let html = try AttritionProcess.run(["notebook", "--keep-going", "--to", "html", copy.path, "-o", nested.path])
    #expect(html.status == 0, "\(html.summary)")
    #expect(try String(contentsOf: nested, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    let failing = try AttritionProcess.run(["notebook", "--no-plugins", "--to", "html", copy.path])
    #expect(failing.status == 1, "a failing block without --keep-going")
    #expect(failing.stderr.contains("brief.md:31: block 3 failed:"), "\(failing.stderr)")
    #expect(failing.stdout.contains("<!DOCTYPE html>"), "the page is still written")
    let update = try AttritionProcess.run(["notebook", "--update", "--keep-going", "--no-plugins", copy.path])
    #expect(update.status == 0, "\(update.summary)")
    #expect(update.stdout.contains("updated 4 recorded outputs"))
    let check = try AttritionProcess.run(["notebook", "--check", "--keep-going", "--allow-plugins", copy.path])
    #expect(check.status == 0, "\(check.summary)")
    let bad = try AttritionProcess.run(["notebook", "--check", "--update", copy.path])
    #expect(bad.status == 2, "a usage error")
  }

  @Test("an unterminated fence is a diagnostic naming the notebook and its line")
  func unterminatedFence() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("broken.md")
    try Data("# Broken\n\n```atn\n1 + 1\n".utf8).write(to: file)
    let outcome = try AttritionProcess.run(["notebook", "--no-plugins", file.path])
    Expect.diagnostic(outcome, id: "notebook.unterminated_fence")
    #expect(outcome.stderr.hasPrefix("\(file.path):3:1: error:"), "\(outcome.stderr)")
  }

  @Test("--check with a failing block is not a pass: it names the failed block and the blocks not run")
  func checkWithFailingBlock() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let notebook = "# N\n\n```atn\n1 + 1\n```\n\n```output\n2\n```\n\n```atn\n5 km + 1 day\n```\n\n```atn\n3\n```\n"
    try Data(notebook.utf8).write(to: folder.appendingPathComponent("n.md"))
    let outcome = try AttritionProcess.run(["notebook", "--check", "--no-plugins", "n.md"], directory: folder)
    #expect(outcome.status == 1, "\(outcome.summary)")
    #expect(!outcome.stdout.contains("every recorded output matches"), "\(outcome.summary)")
    #expect(
      outcome.stderr.contains("n.md: 1 of 3 blocks failed; 1 block was not run and not checked"), "\(outcome.stderr)")
  }
}
