/// How ``TableLoader`` reads a file: its format, CSV details, type overrides, the columns wanted
/// and whether a long load shows progress.
///
/// ```swift
/// let options = LoadOptions(columns: ["date", "count"], delimiter: ";")
/// let table = try TableLoader.load(path: "losses.csv", options: options)
/// ```
public struct LoadOptions: Sendable {
  /// The format; nil to choose it by the file's extension.
  public var format: TableLoader.Format?
  /// Types forced on columns by name; the others are inferred.
  public var types: [String: ColumnType]
  /// The columns to read (CSV and TSV); nil reads all. Names the file lacks are ignored.
  public var columns: Set<String>?
  /// The CSV delimiter; nil for the format's own (comma, or tab for TSV).
  public var delimiter: Unicode.Scalar?
  /// Whether the first CSV record names the columns.
  public var hasHeader: Bool
  /// Whether a load longer than a second shows a progress line on standard error when it is a terminal.
  public var showsProgress: Bool
  /// Polled while a file is read (CSV and TSV between blocks, JSON and GeoJSON every few thousand
  /// records, features or positions); when it holds, the load stops with ``DataError/cancelled(file:)``.
  public var cancellation: LoadCancellation?

  /// Creates options; by default everything is inferred, every column read, and progress shown.
  public init(
    format: TableLoader.Format? = nil, types: [String: ColumnType] = [:], columns: Set<String>? = nil,
    delimiter: Unicode.Scalar? = nil, hasHeader: Bool = true, showsProgress: Bool = true
  ) {
    self.format = format
    self.types = types
    self.columns = columns
    self.delimiter = delimiter
    self.hasHeader = hasHeader
    self.showsProgress = showsProgress
  }
}
