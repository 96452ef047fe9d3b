import AttritionCore
import AttritionSDK
import Foundation
import Testing

/// The pinned catalog: one entry per line of `SOURCES.tsv`, sizes and checksums of the shared
/// files, groups, licences, URLs and did-you-mean.
@Suite("Public datasets: the pinned catalog")
struct PublicDatasetCatalogTests {
  private let catalog = PublicDatasetCatalog.pinned

  @Test(
    "one entry per file of SOURCES.tsv, with its repository, commit, path and SHA-256",
    .enabled(if: PublicDatasetFixtures.sourcesTable != nil, "needs ../shared/datasets/SOURCES.tsv"))
  func matchesSources() throws {
    let table = try #require(PublicDatasetFixtures.sourcesTable)
    let rows = table.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.count == catalog.datasets.filter(\.isPullable).count, "every pullable file, and only those")
    for row in rows {
      let dataset = try #require(catalog.dataset(named: row[0]), "no entry for \(row[0])")
      #expect(dataset.repository == row[1])
      #expect(dataset.commit == row[2])
      #expect(dataset.path == row[3])
      #expect(dataset.sha256 == row[4])
    }
  }

  @Test("each shared file has the pinned size and SHA-256")
  func sharedFilesMatch() throws {
    let folder = try #require(PublicDatasetFixtures.datasets, PublicDatasetFixtures.missingDatasets)
    for dataset in catalog.datasets {
      let path = DataPath.file(dataset.name, in: folder)
      let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
      #expect(size?.intValue == dataset.byteCount, "\(dataset.name)")
      #expect(try SHA256.hexDigest(ofFile: path) == dataset.sha256, "\(dataset.name)")
    }
  }

  @Test("groups are the first component of each name")
  func groups() throws {
    #expect(catalog.groups == ["general-staff", "oryx", "nzz", "deepstate"])
    #expect(try catalog.select("general-staff").count == 4)
    #expect(try catalog.select("oryx/").count == 8)
    #expect(try catalog.select("deepstate").count == 5)
    #expect(try catalog.select("nzz/territory.csv").map(\.name) == ["nzz/territory.csv"])
  }

  @Test("licences as the datasets' README states them")
  func licences() throws {
    let byName = { (name: String) in try self.catalog.lookup(name).licence.description }
    #expect(try byName("general-staff/russia_losses_personnel.json") == "MIT")
    #expect(try byName("oryx/event_destroyed.csv") == "CC BY 4.0")
    #expect(try byName("deepstate/deepstatemap_data_20250605.geojson") == "GPL-3.0")
    #expect(try byName("deepstate/archive-2024-01-01.geojson") == "none stated")
    #expect(try byName("nzz/territory.csv") == "none stated; credit liveuamap")
  }

  @Test("the URL is GitHub's raw content at the pinned commit")
  func urls() throws {
    let dataset = try catalog.lookup("deepstate/archive-2025-06-04.geojson")
    #expect(
      dataset.url
        == "https://raw.githubusercontent.com/DanielRose2310/deepstatemaps-history/"
        + "df633a1700680411949934a4345f1af263327377/geojsons/1749066297.geojson")
    #expect(dataset.url(base: "http://127.0.0.1:9") == "http://127.0.0.1:9/" + dataset.url.dropFirst(34))
    #expect(catalog.datasets.allSatisfy { $0.url.hasPrefix("https://raw.githubusercontent.com/") })
    #expect(catalog.datasets.allSatisfy { $0.commit.count == 40 && $0.sha256.count == 64 })
  }

  @Test(
    "an unknown name or group is an error with a did-you-mean",
    arguments: [("oryz", "oryx"), ("generalstaff", "general-staff")])
  func unknownGroup(_ name: String, _ suggestion: String) {
    #expect(throws: PublicDatasetError.unknownDataset(name, suggestion: suggestion)) { try catalog.select(name) }
    let diagnostic = PublicDatasetError.unknownDataset(name, suggestion: suggestion).diagnostic
    #expect(diagnostic.id.description == "data.unknown_dataset")
    #expect(diagnostic.notes.first == "did you mean '\(suggestion)'?")
  }
}
