import AttritionData
public import AttritionSDK
import Foundation

/// What `attrition data list` shows: each public dataset, its size and directory when found on a
/// data path (else "not pulled"), when it was pulled, its licence and, on request, whether its
/// SHA-256 matches.
public struct PublicDatasetListing: Sendable {
  /// The datasets listed, in order.
  public let datasets: [PublicDataset]
  /// Where they are looked for.
  public let dataPath: DataPath
  /// Whether each file found is hashed and checked against its pinned SHA-256.
  public let verifies: Bool

  /// A listing of `datasets` as found on `dataPath`.
  public init(datasets: [PublicDataset], dataPath: DataPath, verifies: Bool = false) {
    self.datasets = datasets
    self.dataPath = dataPath
    self.verifies = verifies
  }

  /// The listing as a table: `dataset`, `bytes`, `location`, `retrieved`, `licence` (and `sha256`).
  public func table() throws -> Table {
    let files = datasets.map { dataPath.locate($0.name) }
    let locations = files.map { file in file.map { ($0 as NSString).deletingLastPathComponent } ?? "not pulled" }
    let retrieved = files.map { file in file.flatMap(DownloadRecord.read(besideFile:))?.retrievedText }
    var columns = [
      Column(name: "dataset", data: .string(StringColumn(datasets.map(\.name)))),
      Column(name: "bytes", data: .integer(files.map { $0.flatMap(PublicDatasetListing.size(of:)) })),
      Column(name: "location", data: .string(StringColumn(locations))),
      Column(name: "retrieved", data: .string(StringColumn(retrieved))),
      Column(name: "licence", data: .string(StringColumn(datasets.map(\.licence.description)))),
    ]
    if verifies {
      let checks = zip(datasets, files).map { dataset, file in
        file.map { path in
          do {
            return try SHA256.hexDigest(ofFile: path) == dataset.sha256 ? "ok" : "MISMATCH"
          } catch DataError.unreadable(_, let reason) where reason.hasPrefix(FileContents.notRegularFile) {
            return "NOT A REGULAR FILE"
          } catch {
            return "UNREADABLE"
          }
        }
      }
      columns.append(Column(name: "sha256", data: .string(StringColumn(checks))))
    }
    return try Table(columns: columns)
  }

  /// The listing as `renderer` writes a table.
  public func render(with renderer: ValueRenderer) throws -> String {
    renderer.human(.table(try table()))
  }

  private static func size(of path: String) -> Int64? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value
  }
}
