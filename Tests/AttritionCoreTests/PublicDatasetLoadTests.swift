import AttritionCore
import AttritionSDK
import Foundation
import Testing

/// `load(dataset:)` through a session whose data path holds the shared datasets, the data path's
/// order, the diagnostics for a dataset not pulled or unknown, and `load(…, as:)`.
@Suite("Public datasets: the data path and load(dataset:, as:)")
struct PublicDatasetLoadTests {
  /// A session writing results and diagnostics into arrays.
  private final class Probe {
    var output: [String] = []
    var errors: [String] = []
    lazy var session = Session(
      output: { [unowned self] in output.append($0) }, errorOutput: { [unowned self] in errors.append($0) })

    /// Runs a script; returns whether it succeeded.
    func run(_ text: String, directory: String = FileManager.default.currentDirectoryPath) -> Bool {
      session.run(SourceFile(name: "test.atn", text: text, directory: directory))
    }
  }

  /// A probe whose data path is the shared datasets, then an empty cache.
  private func sharedProbe() throws -> Probe {
    let folder = try #require(PublicDatasetFixtures.datasets, PublicDatasetFixtures.missingDatasets)
    let probe = Probe()
    probe.session.dataPath = DataPath(dataDirectories: [folder], environment: ["XDG_CACHE_HOME": "/nonexistent-cache"])
    return probe
  }

  @Test("columns whose unit the catalogue states come in that unit, and figures computed from them carry it")
  func units() throws {
    let probe = try sharedProbe()
    let equipment = try probe.session.loadDataset(named: "general-staff/russia_losses_equipment.json")
    #expect(equipment.column(named: "tank")?.unit == Unit.named("tanks"))
    #expect(equipment.column(named: "field artillery")?.unit == Unit.named("artillery"))
    #expect(equipment.column(named: "special equipment")?.unit == Unit.none, "a column of mixed kinds stays a count")
    let tanks = try #require(Unit.named("tanks"))
    guard case .estimate(let first) = equipment.column(named: "tank")?.value(at: 0) else {
      Issue.record("the first tank cell is not a number")
      return
    }
    #expect(first.value == 80 && first.unit == tanks && first.provenance == equipment.provenance)
    let area = try probe.session.loadDataset(named: "nzz/territory.csv")
    #expect(area.column(named: "area")?.unit == Unit.named("km²"))
    #expect(
      probe.run(
        """
        let p = load(dataset: "general-staff/russia_losses_personnel.json")
        first((p | where date == 2025-06-04).personnel) / days(2022-02-24..2025-06-04)
        """))
    #expect(probe.errors.isEmpty, "\(probe.errors)")
    #expect(probe.output.last?.hasPrefix("828.6 personnel/day  (source: PetroIvaniuk") == true, "\(probe.output)")
  }

  @Test("options that change how a file is read are refused for a public dataset, not ignored")
  func datasetOptions() throws {
    let probe = try sharedProbe()
    for option in [#"delimiter: ";""#, "header: false", #"types: "area: string""#] {
      #expect(!probe.run("load(dataset: \"nzz/territory.csv\", \(option))"))
      #expect(probe.errors.last?.contains("a public dataset is read as it is pinned") == true, "\(probe.errors)")
    }
  }

  @Test("every unit the catalogue gives a column is a unit the language knows")
  func unitNames() {
    for dataset in PublicDatasetCatalog.pinned.datasets {
      for (column, unit) in dataset.units.sorted(by: { $0.key < $1.key }) {
        #expect(Unit.named(unit) != nil, "\(dataset.name): column '\(column)' has the unknown unit '\(unit)'")
      }
    }
  }

  @Test("load(dataset:) reads the General Staff equipment file from the data path, with its pinned source")
  func loadGeneralStaff() throws {
    let probe = try sharedProbe()
    #expect(probe.run("let gs = load(dataset: \"general-staff/russia_losses_equipment.json\")\ngs | limit 1"))
    #expect(probe.errors.isEmpty, "\(probe.errors)")
    #expect(probe.output.joined().contains("2022-02-25"))
    let table = try probe.session.loadDataset(named: "general-staff/russia_losses_equipment.json")
    #expect(table.rowCount == 1_626)
    #expect(table.columnNames.contains("tank"))
    #expect(table.summary == "general-staff/russia_losses_equipment.json")
    let source = try #require(table.provenance.sources.first)
    #expect(
      source.url
        == "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/blob/"
        + "37655f8bbdd6806d2f94416253116b02a750c97b/data/russia_losses_equipment.json")
    #expect(source.note?.contains("licence: MIT") ?? false)
    #expect(table.column(named: "tank")?.provenance == table.provenance)
  }

  @Test("load(dataset:, as:) registers the table in the session's datasets")
  func loadDatasetAs() throws {
    let probe = try sharedProbe()
    #expect(probe.run("load(dataset: \"nzz/territory.csv\", as: \"nzz\")\n:datasets"))
    #expect(probe.errors.isEmpty, "\(probe.errors)")
    let table = try #require(try probe.session.table(named: "nzz"))
    #expect(table.columnNames == ["date", "area"])
    #expect(probe.session.datasetNames.contains("nzz"))
  }

  @Test("load(path, as:) registers a file's table; load(path) still resolves against the script's folder")
  func loadPathAs() throws {
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("day,value\n2024-01-01,3\n2024-01-02,5\n".utf8).write(to: folder.appendingPathComponent("x.csv"))
    let probe = Probe()
    #expect(probe.run("let t = load(\"x.csv\")\nload(\"x.csv\", as: \"gs\")", directory: folder.path))
    #expect(probe.errors.isEmpty, "\(probe.errors)")
    #expect(try probe.session.table(named: "gs")?.rowCount == 2)
  }

  @Test("a dataset on no directory of the data path: a diagnostic naming it, the directories and the fix")
  func notPulled() throws {
    let empty = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: empty) }
    let probe = Probe()
    probe.session.dataPath = DataPath(
      dataDirectories: [empty.path], environment: ["XDG_CACHE_HOME": empty.path + "/cache"])
    #expect(!probe.run("load(dataset: \"oryx/daily_count.csv\")"))
    let text = probe.errors.joined(separator: "\n")
    #expect(text.contains("[data.not_pulled]"))
    #expect(text.contains("dataset 'oryx/daily_count.csv' is not on the data path"))
    #expect(text.contains("searched: \(empty.path), \(empty.path)/cache/attrition/datasets"))
    #expect(text.contains("attrition data pull oryx"))
    #expect(text.contains("test.atn:1:1"))
  }

  @Test(
    "an unknown dataset name gets a did-you-mean",
    arguments: [
      ("general-staff/russia_losses_equipment.jsn", "general-staff/russia_losses_equipment.json"),
      ("russia_losses_personnel.json", "general-staff/russia_losses_personnel.json"),
      ("oryx/daily-count.csv", "oryx/daily_count.csv"),
    ])
  func unknownDataset(_ name: String, _ suggestion: String) throws {
    let probe = try sharedProbe()
    #expect(!probe.run("load(dataset: \"\(name)\")"))
    let text = probe.errors.joined(separator: "\n")
    #expect(text.contains("no public dataset '\(name)' [data.unknown_dataset]"))
    #expect(text.contains("did you mean '\(suggestion)'?"))
  }

  @Test(
    "bad combinations of path, dataset and as are argument errors",
    arguments: [
      "load(\"a.csv\", dataset: \"nzz/territory.csv\")", "load()", "load(dataset: \"nzz/territory.csv\", as: \"2x\")",
      "load(dataset: 3)",
    ])
  func badArguments(_ call: String) throws {
    let probe = try sharedProbe()
    #expect(!probe.run(call))
    let text = probe.errors.joined(separator: "\n")
    #expect(text.contains("[evaluation."), "\(text)")
    #expect(!text.contains("host_failure"), "\(text)")
  }

  @Test("the data path: each --data-dir, then ATTRITION_DATA's entries, then the cache; relative ones made absolute")
  func dataPathOrder() {
    let path = DataPath(
      dataDirectories: ["a", "/abs/b"], environment: ["ATTRITION_DATA": "c::/abs/b:/d", "XDG_CACHE_HOME": "/xdg"],
      workingDirectory: "/work")
    #expect(path.searchedPaths == ["/work/a", "/abs/b", "/work/c", "/d", "/xdg/attrition/datasets"])
    #expect(path.directories.map(\.origin) == [.option, .option, .environment, .environment, .cache])
    #expect(path.cache == "/xdg/attrition/datasets")
  }

  @Test("the cache: $XDG_CACHE_HOME/attrition/datasets, else ~/.cache/attrition/datasets (a relative XDG is ignored)")
  func cacheDirectory() {
    #expect(DataPath.cacheDirectory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/attrition/datasets")
    #expect(DataPath.cacheDirectory(environment: ["HOME": "/h"]) == "/h/.cache/attrition/datasets")
    #expect(
      DataPath.cacheDirectory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"]) == "/h/.cache/attrition/datasets")
  }

  @Test("the first directory holding the file wins")
  func firstDirectoryWins() throws {
    let first = try PublicDatasetFixtures.scratchFolder()
    let second = try PublicDatasetFixtures.scratchFolder()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    let name = "nzz/territory.csv"
    try FileManager.default.createDirectory(
      at: second.appendingPathComponent("nzz"), withIntermediateDirectories: true)
    try Data("date,area\n".utf8).write(to: second.appendingPathComponent(name))
    let path = DataPath(dataDirectories: [first.path, second.path], environment: ["XDG_CACHE_HOME": "/none"])
    #expect(path.locate(name) == second.appendingPathComponent(name).path)
    try FileManager.default.createDirectory(at: first.appendingPathComponent("nzz"), withIntermediateDirectories: true)
    try Data("date,area\n".utf8).write(to: first.appendingPathComponent(name))
    #expect(path.locate(name) == first.appendingPathComponent(name).path)
  }
}
