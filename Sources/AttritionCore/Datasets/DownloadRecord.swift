import Foundation

/// When and from where a dataset file was retrieved: the sidecar `NAME.retrieved` that `pull`
/// writes beside the file, as `key: value` lines.
///
/// ```text
/// dataset: general-staff/russia_losses_equipment.json
/// retrieved: 2025-06-05T03:00:00Z
/// url: https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/37655f8…/data/…
/// sha256: 8c3adf7e…
/// bytes: 706073
/// ```
public struct DownloadRecord: Equatable, Sendable {
  /// The dataset's name.
  public var dataset: String
  /// When the download finished (UTC, to the second).
  public var retrieved: Date
  /// The URL it was fetched from.
  public var url: String
  /// The verified SHA-256.
  public var sha256: String
  /// The file's size in bytes.
  public var byteCount: Int64

  /// Creates a record.
  public init(dataset: String, retrieved: Date, url: String, sha256: String, byteCount: Int64) {
    self.dataset = dataset
    self.retrieved = Date(timeIntervalSince1970: retrieved.timeIntervalSince1970.rounded(.down))
    self.url = url
    self.sha256 = sha256
    self.byteCount = byteCount
  }

  /// The sidecar's path for a dataset file: `FILE.retrieved`.
  public static func path(forFile file: String) -> String {
    file + ".retrieved"
  }

  /// The retrieval time as ISO 8601 in UTC: `2025-06-05T03:00:00Z`.
  public var retrievedText: String {
    DownloadRecord.formatter().string(from: retrieved)
  }

  /// The sidecar's text.
  public var text: String {
    [
      "dataset: \(dataset)", "retrieved: \(retrievedText)", "url: \(url)", "sha256: \(sha256)",
      "bytes: \(byteCount)",
    ].joined(separator: "\n") + "\n"
  }

  /// Parses a sidecar's text; nil when a field is missing or malformed.
  public init?(text: String) {
    var fields: [String: String] = [:]
    for line in text.split(whereSeparator: \.isNewline) {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingCharacters(in: .whitespaces)
      fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    guard let dataset = fields["dataset"], let retrievedText = fields["retrieved"],
      let retrieved = DownloadRecord.formatter().date(from: retrievedText), let url = fields["url"],
      let sha256 = fields["sha256"], let byteCount = fields["bytes"].flatMap({ Int64($0) })
    else { return nil }
    self.init(dataset: dataset, retrieved: retrieved, url: url, sha256: sha256, byteCount: byteCount)
  }

  /// Writes the sidecar beside `file`, atomically.
  ///
  /// - Throws: the file system's error.
  public func write(besideFile file: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: DownloadRecord.path(forFile: file)), options: .atomic)
  }

  /// The sidecar beside `file`, or nil when there is none or it cannot be read.
  public static func read(besideFile file: String) -> DownloadRecord? {
    guard let data = FileManager.default.contents(atPath: path(forFile: file)) else { return nil }
    return DownloadRecord(text: String(decoding: data, as: UTF8.self))
  }

  private static func formatter() -> ISO8601DateFormatter {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter
  }
}
