import Foundation
import Testing

/// Every script in `Notebooks/` runs to the end, and the CSIS one recomputes the seed's figures
/// and sets them beside the public datasets.
@Suite("Notebook scripts")
struct NotebookScriptTests {
  static let notebooks = FixturePaths.root.appendingPathComponent("Notebooks")

  /// The data path for the public datasets: `../shared/datasets` beside the package when it is
  /// there, else whatever `ATTRITION_DATA` says (the cache `make test` pulls into).
  static var dataArguments: [String] {
    let shared = FixturePaths.root.deletingLastPathComponent().appendingPathComponent("shared/datasets")
    return FileManager.default.fileExists(atPath: shared.path) ? ["--data-dir", shared.path] : []
  }

  static var scripts: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: notebooks.path)) ?? []
    return names.filter { $0.hasSuffix(".atn") }.sorted()
  }

  @Test("there is at least one notebook script")
  func notebooksExist() {
    #expect(!Self.scripts.isEmpty, "no *.atn in \(Self.notebooks.path)")
  }

  @Test("each notebook script runs to the end", arguments: scripts)
  func runs(_ name: String) throws {
    let path = Self.notebooks.appendingPathComponent(name).path
    let outcome = try AttritionProcess.run(["run"] + Self.dataArguments + [path], timeout: 120)
    #expect(outcome.status == 0, "\(name): \(outcome.summary)")
  }

  @Test("the CSIS notebook sets the seed's figures beside the real data, with sources")
  func csisFigures() throws {
    let path = Self.notebooks.appendingPathComponent("csis-june-2025.atn").path
    let outcome = try AttritionProcess.run(["run", "--format", "json"] + Self.dataArguments + [path], timeout: 120)
    #expect(outcome.status == 0, "\(outcome.summary)")
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    let objects = lines.compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
    let values = objects.compactMap { $0["value"] as? Double }
    // The seed's ratio, the General Staff's tank window, the bombers, the pace, the DeepState gain.
    for (expected, tolerance) in [(2.375, 1e-9), (4907, 0), (123, 1e-9), (9.597, 1e-3), (4694, 1)] {
      #expect(values.contains { abs($0 - expected) <= tolerance }, "no result \(expected) in \(values)")
    }
    let sources = objects.flatMap { ($0["sources"] as? [String]) ?? [] }
    #expect(sources.contains { $0.contains("CSIS") })
    #expect(sources.contains { $0.contains("PetroIvaniuk/2022-Ukraine-Russia-War-Dataset") })
    #expect(sources.contains { $0.contains("deepstatemaps-history") })
    #expect(outcome.stderr.contains("2024-03-14"), "the NZZ method change is not reported")
  }
}
