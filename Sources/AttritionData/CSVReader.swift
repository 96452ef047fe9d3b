import AttritionSDK

/// Reads RFC 4180 comma- (or otherwise) separated text into a ``Table``.
///
/// It accepts quoted fields holding delimiters, doubled quotes and line breaks; LF, CRLF and lone
/// CR line endings; a UTF-8 byte order mark; and a last record with or without a line break.
/// Blank lines are skipped (in a one-column file, a blank line before the last record is a missing
/// cell). Empty cells are missing. Fields stay byte ranges until their column is typed, and each
/// column's type is inferred from its cells (see ``ColumnType``) unless ``CSVOptions/types``
/// forces one. Empty header names become `columnN`, and repeated ones get a suffix: `a`, `a_2`.
///
/// ```swift
/// let table = try CSVReader().read(Array("date,area\n2022-02-24,57309.2\n".utf8), file: "area.csv")
/// ```
public struct CSVReader: TableReader {
  /// How fields are delimited and typed.
  public var options: CSVOptions

  /// Creates a reader.
  public init(options: CSVOptions = CSVOptions()) {
    self.options = options
  }

  /// Reads UTF-8 bytes; `file` names the text in error messages.
  ///
  /// - Throws: ``DataError`` for invalid UTF-8, malformed CSV, an unsupported delimiter, or a type
  ///   override that a cell or the header does not satisfy.
  public func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String = "<input>") throws(DataError) -> Table {
    try read(bytes, file: file, provenance: .none, summary: nil)
  }

  /// Reads bytes into a table whose columns and whole carry `provenance`.
  func read(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, provenance: Provenance, summary: String?
  ) throws(DataError) -> Table {
    guard let delimiter = options.delimiterByte else {
      throw .unsupportedDelimiter(file: file, delimiter: String(Character(options.delimiter)))
    }
    if let offset = UTF8Text.firstInvalidOffset(in: bytes) {
      throw .invalidUTF8(file: file, offset: offset, line: UTF8Text.location(of: offset, in: bytes).line)
    }
    let layout = try CSVScanner(bytes: bytes, delimiter: delimiter, file: file).scan()
    let hasHeader = options.hasHeader && layout.rowCount > 0
    let headerRows = hasHeader ? 1 : 0
    let names = Self.uniqueNames(
      (0..<layout.columnCount).map { column in
        hasHeader ? layout.field(row: 0, column: column, in: bytes).text : ""
      }
    )
    for name in options.types.keys.sorted() where !names.contains(name) {
      throw .unknownColumn(file: file, column: name, available: names)
    }
    var columns: [Column] = []
    columns.reserveCapacity(names.count)
    for (column, name) in names.enumerated() {
      let builder = TextColumnBuilder(
        name: name, file: file, firstRow: headerRows + 1, count: layout.rowCount - headerRows
      ) { row in
        layout.field(row: row + headerRows, column: column, in: bytes)
      }
      let data = try builder.build(as: options.types[name])
      columns.append(Column(name: name, data: data, provenance: provenance))
    }
    do {
      return try Table(columns: columns, provenance: provenance, summary: summary)
    } catch {
      throw .invalidTable(file: file, reason: String(describing: error))
    }
  }

  /// Header names made usable: a blank name becomes `columnN` (its 1-based position), and a name
  /// seen before gets the first free suffix `_2`, `_3`, …
  static func uniqueNames(_ header: [String]) -> [String] {
    var used: Set<String> = []
    var nextSuffix: [String: Int] = [:]
    var names: [String] = []
    names.reserveCapacity(header.count)
    for (position, raw) in header.enumerated() {
      let base = raw.allSatisfy { $0 == " " || $0 == "\t" } ? "column\(position + 1)" : raw
      var name = base
      var suffix = nextSuffix[base, default: 2]
      while used.contains(name) {
        name = "\(base)_\(suffix)"
        suffix += 1
      }
      nextSuffix[base] = suffix
      used.insert(name)
      names.append(name)
    }
    return names
  }
}
