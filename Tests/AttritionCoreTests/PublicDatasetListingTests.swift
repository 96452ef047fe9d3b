import AttritionCore
import AttritionSDK
import Foundation
import Testing

/// What `attrition data list` shows: size and directory when found, "not pulled" otherwise, the
/// retrieval time from a pull's sidecar, the licence, and with `--verify` the checksum check.
@Suite("Public datasets: the listing of data list")
struct PublicDatasetListingTests {
  /// The strings of a listing column, by row.
  private func strings(_ table: Table, _ name: String) throws -> [String?] {
    let column = try #require(table.column(named: name), "no column \(name)")
    guard case .string(let cells) = column.data else {
      Issue.record("column \(name) is not a string column")
      return []
    }
    return (0..<cells.codes.count).map { cells[$0] }
  }

  @Test("datasets on the data path show their size and directory; the others are 'not pulled'")
  func foundAndMissing() throws {
    let shared = try #require(PublicDatasetFixtures.datasets, PublicDatasetFixtures.missingDatasets)
    let cache = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: cache) }
    let catalog = PublicDatasetCatalog.pinned
    let datasets = try catalog.select("nzz") + [PublicDataset.missingExample]
    let path = DataPath(dataDirectories: [shared], environment: ["XDG_CACHE_HOME": cache.path])
    let table = try PublicDatasetListing(datasets: datasets, dataPath: path).table()
    #expect(table.columnNames == ["dataset", "bytes", "location", "retrieved", "licence"])
    #expect(try strings(table, "dataset") == ["nzz/territory.csv", "nowhere/none.csv"])
    #expect(try strings(table, "location") == [shared + "/nzz", "not pulled"])
    #expect(try strings(table, "licence") == ["none stated; credit liveuamap", "MIT"])
    guard case .integer(let bytes)? = table.column(named: "bytes")?.data else {
      Issue.record("bytes is not an integer column")
      return
    }
    #expect(bytes == [49_905, nil])
  }

  @Test("a pulled file shows its retrieval time; --verify flags a file whose checksum is wrong")
  func retrievedAndVerified() throws {
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dataset = try PublicDatasetCatalog.pinned.lookup("nzz/territory.csv")
    let file = DataPath.file(dataset.name, in: folder.path)
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data("date,area\n".utf8).write(to: URL(fileURLWithPath: file))
    let retrieved = Date(timeIntervalSince1970: 1_749_092_400)
    try DownloadRecord(
      dataset: dataset.name, retrieved: retrieved, url: dataset.url, sha256: dataset.sha256, byteCount: 10
    )
    .write(besideFile: file)
    let path = DataPath(dataDirectories: [folder.path], environment: ["XDG_CACHE_HOME": folder.path + "/cache"])
    let table = try PublicDatasetListing(datasets: [dataset], dataPath: path, verifies: true).table()
    #expect(try strings(table, "retrieved") == ["2025-06-05T03:00:00Z"])
    #expect(try strings(table, "sha256") == ["MISMATCH"])
  }
}

extension PublicDataset {
  /// A dataset no directory holds.
  fileprivate static let missingExample = PublicDataset(
    "nowhere/none.csv", repository: "example/none", commit: String(repeating: "0", count: 40), path: "none.csv",
    byteCount: 0, sha256: String(repeating: "0", count: 64), licence: .mit)
}
