import Foundation
import Testing

/// The one public dataset that no repository holds as a file, Oryx's 206 dated snapshots: read from
/// the data path, cited by how it was built, never downloaded.
@Suite struct DerivedDatasetTests {
  @Test func pullingItByNameIsRefused() throws {
    let outcome = try AttritionProcess.run(["data", "pull", "oryx/totals_by_type_history.csv"])
    Expect.diagnostic(outcome, status: 2, id: "data.not_pullable")
    #expect(outcome.stderr.contains("as it stood at 208 commits"))
  }

  @Test func pullingItsGroupSkipsIt() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Nothing listens on port 1: the other files fail at once, and the derived one is skipped first.
    let outcome = try AttritionProcess.run(
      ["data", "pull", "oryx", "--cache", folder.path, "--timeout", "2"],
      environment: ["ATTRITION_DATASETS_BASE_URL": "http://127.0.0.1:1/"])
    #expect(outcome.stdout.contains("skipped oryx/totals_by_type_history.csv"))
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("7 of 7 datasets not pulled"))
  }

  @Test func loadingItCitesHowItWasBuilt() throws {
    let data = FixturePaths.root.appendingPathComponent("../shared/datasets").standardizedFileURL.path
    let outcome = try AttritionProcess.run(
      ["--data-dir", data, "-e", #"equipment.ratio(load(dataset: "oryx/totals_by_type_history.csv"), "tanks")"#])
    Expect.success(outcome)
    #expect(
      outcome.stdout.contains(
        "(source: scarnecchia/oryx_data, totals_by_type.csv as it stood at 208 commits, 2022-03-28 to 2025-07-19)"))
  }
}
