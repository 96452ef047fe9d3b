public import AttritionSDK
import Foundation

/// A public data file pinned to a commit of its repository: where it is fetched from, the SHA-256
/// it must have, and its licence.
public struct PublicDataset: Hashable, Sendable {
  /// The prefix of GitHub's raw-content URLs, which the base-URL override replaces.
  public static let rawContentBase = "https://raw.githubusercontent.com/"

  /// The name scripts use: the path under a data directory, `general-staff/russia_losses_equipment.json`.
  public let name: String
  /// The GitHub repository, `owner/name`.
  public let repository: String
  /// The commit the file is pinned to (40 hexadecimal digits).
  public let commit: String
  /// The file's path inside the repository.
  public let path: String
  /// The file's size in bytes at that commit.
  public let byteCount: Int
  /// The file's SHA-256, 64 lower-case hexadecimal digits.
  public let sha256: String
  /// The licence its repository states.
  public let licence: PublicDatasetLicence
  /// The unit of each column whose unit the dataset's documentation states, by column name, as the
  /// unit catalogue names it (`"tank": "tanks"`, `"area": "km²"`); `load(dataset:)` gives those
  /// columns their unit, so every figure computed from them carries it.
  public let units: [String: String]
  /// For a file no repository holds as it is (a series assembled from a file's history), how it
  /// was built, as its citation says it; nil for a file pinned at one commit. A derived file
  /// cannot be pulled, only read from a data directory, and is checked by its SHA-256 like the
  /// others.
  public let derivation: String?

  /// Creates a pinned dataset.
  public init(
    _ name: String, repository: String, commit: String, path: String, byteCount: Int, sha256: String,
    licence: PublicDatasetLicence, units: [String: String] = [:], derivation: String? = nil
  ) {
    self.name = name
    self.repository = repository
    self.commit = commit
    self.path = path
    self.byteCount = byteCount
    self.sha256 = sha256
    self.licence = licence
    self.units = units
    self.derivation = derivation
  }

  /// Whether `data pull` can download it: every file but a derived one.
  public var isPullable: Bool { derivation == nil }

  /// The group it belongs to: the first component of its name (`general-staff`).
  public var group: String {
    String(name.prefix { $0 != "/" })
  }

  /// The file name, the last component of its name.
  public var fileName: String {
    String(name.split(separator: "/").last ?? Substring(name))
  }

  /// The HTTPS URL it is fetched from: GitHub's raw content at the pinned commit.
  public var url: String { url(base: PublicDataset.rawContentBase) }

  /// The URL under another base, `http://127.0.0.1:8080/` for a mirror: `BASE/OWNER/REPO/COMMIT/PATH`.
  public func url(base: String) -> String {
    let prefix = base.hasSuffix("/") ? base : base + "/"
    let components = [repository, commit, path].flatMap { $0.split(separator: "/") }
    return prefix + components.map { PublicDataset.percentEncoded(String($0)) }.joined(separator: "/")
  }

  /// The page that shows the file at the pinned commit, for citations.
  public var pageURL: String {
    "https://github.com/\(repository)/blob/\(commit)/\(path)"
  }

  /// The source a table read from this dataset rests on.
  public var source: Source {
    Source(
      citation: derivation ?? "\(repository), \(path) at \(commit.prefix(7))", publisher: repository, url: pageURL,
      note: "dataset '\(name)'; licence: \(licence); SHA-256 \(sha256)")
  }

  private static func percentEncoded(_ component: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "/;?#")
    return component.addingPercentEncoding(withAllowedCharacters: allowed) ?? component
  }
}
