import AttritionBuiltins
import AttritionCore
import AttritionNotebook
import AttritionSDK
import Foundation
import Testing

/// Running and rendering a fixture notebook: golden Markdown and HTML, well-formed and
/// self-contained HTML with escaped data, updates and checks.
@Suite("Notebook rendering")
struct NotebookRenderTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/notebooks")

  static func run(_ name: String, keepsGoing: Bool = true) throws -> (Notebook, NotebookRun) {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    let notebook = try NotebookParser.parse(text)
    let session = Session(registry: try ModuleRegistry(modules: builtinModules))
    let run = LargeStack.run {
      NotebookRunner(session: session, directory: fixtures.path, keepsGoing: keepsGoing).run(notebook)
    }
    return (notebook, run)
  }

  /// Compares with `Tests/Fixtures/notebooks/<name>`, or records it with RECORD_GOLDEN=1.
  static func golden(_ text: String, _ name: String) throws {
    let url = fixtures.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try Data(text.utf8).write(to: url)
      Issue.record("recorded \(name); review it and run again without RECORD_GOLDEN")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "\(name) differs; re-record with RECORD_GOLDEN=1 swift test --filter NotebookRender")
  }

  @Test("the sample renders to the recorded Markdown, with its chart as SVG and footnotes to sources")
  func markdown() throws {
    let (notebook, run) = try Self.run("sample.md")
    let (markdown, charts) = NotebookMarkdown(notebook: notebook, run: run, chartPrefix: "sample").render()
    try Self.golden(markdown, "sample.expected.md")
    #expect(charts.map(\.name) == ["sample-chart-1.svg"])
    #expect(markdown.contains("![tanks by month](sample-chart-1.svg) [^s2]"))
    #expect(markdown.contains("[^s1]: CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03"))
  }

  @Test("the sample renders to the recorded HTML")
  func html() throws {
    let (notebook, run) = try Self.run("sample.md")
    try Self.golden(NotebookHTML(notebook: notebook, run: run).render(), "sample.expected.html")
  }

  @Test("the HTML is well-formed, fetches nothing, and escapes every string from data")
  func htmlIsSafe() throws {
    let (notebook, run) = try Self.run("sample.md")
    let html = NotebookHTML(notebook: notebook, run: run).render()
    #expect(HTMLCheck.unbalancedTags(in: html).isEmpty, "\(HTMLCheck.unbalancedTags(in: html))")
    #expect(HTMLCheck.externalFetches(in: html).isEmpty, "\(HTMLCheck.externalFetches(in: html))")
    #expect(!html.contains("<script"), "a script element")
    #expect(html.contains("Tank &lt;script&gt;alert(1)&lt;/script&gt; counts"))
    #expect(html.contains("2024-02 &lt;b&gt;&amp;&lt;/b&gt;"))
    #expect(html.contains("<meta name=\"viewport\""))
    #expect(html.contains("@media print"))
    #expect(html.contains("<svg"), "the chart is inline")
  }

  @Test("the CSIS notebook's HTML page is well-formed and self-contained, and cites its sources")
  func csisPage() throws {
    let root = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let notebookURL = root.appendingPathComponent("Notebooks/csis-june-2025.md")
    let notebook = try NotebookParser.parse(try String(contentsOf: notebookURL, encoding: .utf8))
    let session = Session(registry: try ModuleRegistry(modules: builtinModules))
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared/datasets")
    if FileManager.default.fileExists(atPath: shared.path) {
      session.dataPath = DataPath(dataDirectories: [shared.path])
    }
    let directory = notebookURL.deletingLastPathComponent().path
    let run = LargeStack.run { NotebookRunner(session: session, directory: directory).run(notebook) }
    #expect(!run.failed, "the notebook needs the public datasets (ATTRITION_DATA or ../shared/datasets)")
    let html = NotebookHTML(notebook: notebook, run: run).render()
    #expect(HTMLCheck.unbalancedTags(in: html).isEmpty, "\(HTMLCheck.unbalancedTags(in: html))")
    #expect(HTMLCheck.externalFetches(in: html).isEmpty)
    #expect(html.contains("<li id=\"source-1\">CSIS, Russia&#39;s Battlefield Woes in Ukraine, 2025-06-03 <a href="))
    #expect(html.contains("<h1>The CSIS report of June 2025, recomputed</h1>"))
  }

  @Test("--update records each block's output: replaced, added, and left alone when it prints nothing")
  func update() throws {
    let (notebook, run) = try Self.run("sample.md")
    let updated = NotebookUpdater.updated(notebook, run: run)
    #expect(!updated.contains("stale text"))
    let again = try NotebookParser.parse(updated)
    let outputs = again.codeBlocks.map { $0.recorded?.text }
    let csis = "(source: CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03)"
    #expect(
      outputs[0]
        == "ru / 400k = 2.375  \(csis)\nru_killed / ru = 0.2632  \(csis)\n250k / 60k..100k = 3.13 [2.50 – 4.17]")
    #expect(outputs[2]?.hasPrefix("block 3:1:1: error: cannot add 'km²' and 'day' [evaluation.unit_mismatch]") == true)
    #expect(outputs[3] == "days(2024-01-01..2024-12-31) = 366 days")
    let rerun = NotebookRun(
      cells: zip(again.codeBlocks, run.cells).map { block, cell in
        NotebookRun.Cell(block: block, items: cell.items, failed: cell.failed, skipped: cell.skipped)
      })
    #expect(NotebookText.mismatches(in: rerun).isEmpty, "an updated notebook checks clean")
  }

  @Test("results say what they answer unless the block says echo=off")
  func labels() throws {
    let text = "```atn\nlet ratio = 950k / 400k\nratio\nratio * 2\n```\n\n```atn echo=off\nratio\n```\n"
    let notebook = try NotebookParser.parse(text)
    #expect(notebook.codeBlocks.map(\.echoes) == [true, false])
    let session = Session(registry: try ModuleRegistry(modules: builtinModules))
    let run = NotebookRunner(session: session, directory: "/tmp").run(notebook)
    #expect(NotebookText.output(of: run.cells[0]) == "ratio = 2.375\nratio * 2 = 4.75")
    #expect(NotebookText.output(of: run.cells[1]) == "2.375")
    let html = NotebookHTML(notebook: notebook, run: run).render()
    #expect(
      html.contains("<p class=\"result\"><span class=\"label\">ratio =</span> <span class=\"value\">2.375</span>"))
    let markdown = NotebookMarkdown(notebook: notebook, run: run, chartPrefix: "n").render().markdown
    #expect(markdown.contains("`ratio` = `2.375`") && markdown.contains("`ratio * 2` = `4.75`"), "\(markdown)")
    #expect(markdown.contains("**→** `2.375`"), "\(markdown)")
  }

  @Test("a changed recorded output is a mismatch with a readable diff naming the block's line")
  func checkDiff() throws {
    let (_, run) = try Self.run("sample.md")
    let mismatch = try #require(NotebookText.mismatches(in: run).first)
    #expect(mismatch.line == 9)
    let diff = mismatch.diff(file: "sample.md")
    #expect(diff.hasPrefix("--- sample.md:9 recorded\n+++ sample.md:9 now\n"))
    #expect(diff.contains("-stale text that --update replaces"))
    #expect(diff.contains("+ru / 400k = 2.375  (source: CSIS"))
  }

  @Test("without keep-going a failed block stops the run; the blocks after it are skipped")
  func failureStops() throws {
    let (_, run) = try Self.run("sample.md", keepsGoing: false)
    #expect(run.failed)
    #expect(run.cells.map(\.failed) == [false, false, true, false])
    #expect(run.cells.map(\.skipped) == [false, false, false, true])
  }
}
