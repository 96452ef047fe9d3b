/// How ``CSVReader`` splits and types delimited text.
///
/// ```swift
/// let options = CSVOptions(delimiter: ";", types: ["code": .string])
/// let table = try CSVReader(options: options).read(bytes, file: "codes.csv")
/// ```
public struct CSVOptions: Hashable, Sendable {
  /// The character between fields: `,` by default, a tab for TSV.
  ///
  /// It must be one ASCII character other than a double quote, CR or LF; reading with any other
  /// delimiter throws ``DataError/unsupportedDelimiter(file:delimiter:)``.
  public var delimiter: Unicode.Scalar
  /// Whether the first record names the columns; without a header they are `column1`, `column2`, …
  public var hasHeader: Bool
  /// Types forced on columns, by column name, instead of the inferred ones.
  ///
  /// A name that is not a column, or a cell that is not of its column's type, is an error.
  public var types: [String: ColumnType]

  /// Creates options; by default comma-separated, with a header, and every type inferred.
  public init(delimiter: Unicode.Scalar = ",", hasHeader: Bool = true, types: [String: ColumnType] = [:]) {
    self.delimiter = delimiter
    self.hasHeader = hasHeader
    self.types = types
  }

  /// Comma-separated values with a header.
  public static let csv = CSVOptions()

  /// Tab-separated values with a header.
  public static let tsv = CSVOptions(delimiter: "\t")

  /// The delimiter as a byte, or nil when it cannot delimit fields.
  var delimiterByte: UInt8? {
    guard delimiter.isASCII else { return nil }
    let byte = UInt8(delimiter.value)
    return byte == .quote || byte == .lineFeed || byte == .carriageReturn ? nil : byte
  }
}
