/// A reference dataset a module contributes to the shared catalog, loaded when first used.
public struct DatasetDescriptor: Sendable {
  /// The name it is registered under, e.g. `casualty_estimates`.
  public let name: String
  /// One line on what it holds.
  public let summary: String
  /// The file it is read from (CSV), as an absolute path.
  public let path: String

  /// Creates a dataset descriptor.
  public init(name: String, summary: String, path: String) {
    self.name = name
    self.summary = summary
    self.path = path
  }
}
