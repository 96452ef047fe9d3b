import AttritionData
public import AttritionSDK

/// The named tables every script line, module and notebook block of a session shares.
///
/// Tables registered by path are read the first time they are used, then kept.
public final class DatasetCatalog: @unchecked Sendable {
  // @unchecked: a catalog belongs to one session, which uses it from one thread at a time.

  /// Where a dataset comes from.
  public enum Origin: Sendable {
    /// A file read when first used, cited as `citation` when given (else by its path).
    case file(String, citation: String?)
    /// A table computed in the session.
    case table
  }

  /// One dataset: its name, summary, origin, and the table once loaded.
  public struct Entry: Sendable {
    /// The name scripts use.
    public let name: String
    /// One line on what it holds.
    public let summary: String
    /// Where it comes from.
    public let origin: Origin
    /// The table, once read.
    public fileprivate(set) var table: Table?
  }

  private var entries: [String: Entry] = [:]
  private var order: [String] = []

  /// Creates an empty catalog.
  public init() {}

  /// The dataset names, in registration order.
  public var names: [String] { order }

  /// The entry for a name.
  public func entry(named name: String) -> Entry? { entries[name] }

  /// Registers a file to be read when first used; a later registration of the name replaces it.
  public func register(name: String, path: String, summary: String, citation: String? = nil) {
    insert(Entry(name: name, summary: summary, origin: .file(path, citation: citation), table: nil))
  }

  /// Registers a table under a name, replacing any dataset of that name.
  public func register(name: String, table: Table) {
    insert(Entry(name: name, summary: table.summary ?? "", origin: .table, table: table))
  }

  /// The table of a dataset, reading its file on first use; nil when no dataset has the name.
  ///
  /// - Throws: ``DataError`` when the file cannot be read.
  public func table(named name: String) throws(DataError) -> Table? {
    guard var entry = entries[name] else { return nil }
    if let table = entry.table { return table }
    guard case .file(let path, let citation) = entry.origin else { return nil }
    var table = try TableLoader.load(path: path)
    if let citation {
      // A module's reference file is cited by what it is, not by where the build put it.
      table = table.citing(only: Source(citation: citation))
    }
    table.summary = entry.summary.isEmpty ? table.summary : entry.summary
    entry.table = table
    entries[name] = entry
    return table
  }

  private func insert(_ entry: Entry) {
    if entries[entry.name] == nil { order.append(entry.name) }
    entries[entry.name] = entry
  }
}
