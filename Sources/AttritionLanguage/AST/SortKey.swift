/// A sort key: a column and its direction.
public struct SortKey: Sendable {
  /// The column.
  public var column: Name
  /// Whether larger values come first.
  public var descending: Bool

  /// Creates a sort key.
  public init(column: Name, descending: Bool) {
    self.column = column
    self.descending = descending
  }
}
