import AttritionCore
import Foundation
import Testing

/// Where the public datasets are for tests, and helpers shared by the dataset tests.
enum PublicDatasetFixtures {
  /// The package root: `<root>/Tests/AttritionCoreTests/<this file>`.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The shared datasets beside the package (`<root>/../shared/datasets`), else the first
  /// `ATTRITION_DATA` directory holding them (where `make test` pulls them on a fresh machine).
  static let datasets: String? = {
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared/datasets").standardizedFileURL.path
    let probe = "general-staff/russia_losses_equipment.json"
    let environment = ProcessInfo.processInfo.environment[DataPath.environmentVariable] ?? ""
    let candidates = [shared] + environment.split(separator: ":").map(String.init)
    return candidates.first { FileManager.default.fileExists(atPath: DataPath.file(probe, in: $0)) }
  }()

  /// Why a test that needs the datasets cannot run.
  static let missingDatasets: Comment =
    "no datasets: expected ../shared/datasets, or ATTRITION_DATA (make test pulls them with 'attrition data pull --all')"

  /// `SOURCES.tsv` beside the shared datasets, when present.
  static var sourcesTable: String? {
    let path = root.deletingLastPathComponent().appendingPathComponent("shared/datasets/SOURCES.tsv").path
    return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// A fresh temporary folder for files a test writes; the caller removes it.
  static func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "attrition-datasets-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Every file under a folder, as paths relative to it (hidden ones included), sorted.
  static func files(under folder: URL) -> [String] {
    let base = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = (base as NSString).appendingPathComponent(relative)
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        files.append(relative)
      }
    }
    return files.sorted()
  }

  /// What `/usr/bin/sha256sum` says about a file.
  static func sha256sum(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: output, as: UTF8.self).prefix(64))
  }
}
