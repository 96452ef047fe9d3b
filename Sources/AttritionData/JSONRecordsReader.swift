import AttritionSDK

/// Reads a JSON array of records (objects) into a ``Table``, one row per record.
///
/// The columns are the union of the records' keys, in the order first seen; a record that lacks a
/// key has a missing cell there. Column types follow the values (see ``ColumnType``): integers make
/// an integer column, other numbers a number column, strings are inferred like CSV text (dates
/// become day columns), booleans a bool column; nested objects and arrays are kept as JSON text.
/// The bare tokens `NaN`, `Infinity` and `-Infinity` that pandas writes are numbers, and `NaN` is a
/// missing cell. Errors give the line and column.
///
/// ```swift
/// let table = try JSONRecordsReader().read(#"[{"date": "2022-02-25", "tank": 80}]"#, file: "gs.json")
/// ```
public struct JSONRecordsReader: TableReader {
  /// Types forced on columns, by key, instead of the ones the values imply.
  ///
  /// A key that no record has, or a value that is not of its column's type, is an error.
  public var types: [String: ColumnType]
  /// Polled between records, so a long read can be stopped (Ctrl-C in the REPL).
  public var cancellation: LoadCancellation?

  /// Creates a reader.
  public init(types: [String: ColumnType] = [:], cancellation: LoadCancellation? = nil) {
    self.types = types
    self.cancellation = cancellation
  }

  /// Reads UTF-8 bytes; `file` names the text in error messages.
  ///
  /// - Throws: ``DataError`` for invalid UTF-8, malformed JSON, JSON that is not an array of
  ///   objects, a repeated key within a record, or a type override a value does not satisfy.
  public func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String = "<input>") throws(DataError) -> Table {
    try read(bytes, file: file, provenance: .none, summary: nil)
  }

  /// Reads bytes into a table whose columns and whole carry `provenance`, showing `progress`.
  func read(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, provenance: Provenance, summary: String?,
    progress: LoadProgress? = nil
  ) throws(DataError) -> Table {
    try UTF8Text.requireValid(bytes, file: file)
    var records = RecordColumns(file: file, bytes: bytes.count)
    var poll = ReadPoll(cancellation: cancellation, progress: progress, file: file, total: bytes.count)
    defer { poll.finish(rows: records.count) }
    var scanner = JSONScanner(bytes: bytes, file: file)
    scanner.skipWhitespace()
    guard scanner.peek == UInt8(ascii: "[") else {
      guard let kind = scanner.valueKind else { throw scanner.malformed(expected: "a JSON array of records") }
      throw .notAnArrayOfRecords(file: file, at: scanner.location(of: scanner.index), found: kind, record: nil)
    }
    scanner.index += 1
    scanner.skipWhitespace()
    if scanner.peek == UInt8(ascii: "]") {
      scanner.index += 1
    } else {
      while true {
        try poll.tick(offset: scanner.index, rows: records.count)
        scanner.skipWhitespace()
        try Self.readRecord(number: records.count + 1, from: &scanner, into: &records)
        scanner.skipWhitespace()
        if scanner.peek == .comma {
          scanner.index += 1
          continue
        }
        try scanner.expect(UInt8(ascii: "]"), "',' or ']' after a record")
        break
      }
    }
    scanner.skipWhitespace()
    guard scanner.peek == nil else { throw scanner.malformed(expected: "end of file after the array") }

    return try records.table(types: types, file: file, provenance: provenance, summary: summary)
  }

  /// Reads the object at the scanner's cursor as record `number` (from 1).
  static func readRecord(
    number: Int, from scanner: inout JSONScanner, into records: inout RecordColumns
  ) throws(DataError) {
    guard scanner.peek == UInt8(ascii: "{") else {
      guard let kind = scanner.valueKind else { throw scanner.malformed(expected: "a record '{'") }
      throw .notAnArrayOfRecords(
        file: scanner.file, at: scanner.location(of: scanner.index), found: kind, record: number)
    }
    scanner.index += 1
    scanner.skipWhitespace()
    if scanner.peek == UInt8(ascii: "}") {
      scanner.index += 1
    } else {
      while true {
        scanner.skipWhitespace()
        let keyStart = scanner.index
        guard scanner.peek == .quote else { throw scanner.malformed(expected: "a key in double quotes") }
        let key = try scanner.string()
        scanner.skipWhitespace()
        try scanner.expect(.colon, "':' after the key")
        let value = try scanner.value()
        guard try records.set(key, to: value, record: number) else {
          throw .duplicateKey(file: scanner.file, at: scanner.location(of: keyStart), key: key, record: number)
        }
        scanner.skipWhitespace()
        if scanner.peek == .comma {
          scanner.index += 1
          continue
        }
        try scanner.expect(UInt8(ascii: "}"), "',' or '}' after a value")
        break
      }
    }
    try records.finish(record: number)
  }
}

/// The columns being collected from records: the union of keys, in the order first seen.
///
/// Every key holds a cell for every record, so keys that few records have fill the table with
/// missing cells; past ``TableLimits`` (in columns, and in cells per byte of the file) the read
/// stops with an error instead of taking memory that grows with the square of the file.
struct RecordColumns {
  /// The file, for messages.
  let file: String
  /// The file's size in bytes.
  let bytes: Int
  /// The cells the records may fill: ``TableLimits/cellBudget(bytes:)``.
  let cellBudget: Int
  /// The keys, in the order first seen.
  var names: [String] = []
  /// Each key's column index.
  var positions: [String: Int] = [:]
  /// Each column's cells, one per finished record (and one for the record being read, once set).
  var cells: [[JSONCell]] = []
  /// The number of finished records.
  var count = 0

  /// Collects the records of a file of `bytes` bytes.
  init(file: String, bytes: Int) {
    self.file = file
    self.bytes = bytes
    cellBudget = TableLimits.cellBudget(bytes: bytes)
  }

  /// Sets a key of record `number` (from 1); false when the record already has that key.
  ///
  /// - Throws: ``DataError/tooManyColumns(file:columns:place:)`` and
  ///   ``DataError/tooSparse(file:keys:records:bytes:)`` when a new key would pass the limits.
  mutating func set(_ key: String, to value: JSONCell, record number: Int) throws(DataError) -> Bool {
    guard let column = positions[key] else {
      guard names.count < TableLimits.maximumColumns else {
        throw .tooManyColumns(file: file, columns: names.count + 1, place: "record \(number.grouped)")
      }
      guard (names.count + 1).multipliedReportingOverflow(by: number).partialValue <= cellBudget else {
        throw .tooSparse(file: file, keys: names.count + 1, records: number, bytes: bytes)
      }
      positions[key] = names.count
      names.append(key)
      cells.append(Array(repeating: .null, count: number - 1) + [value])
      return true
    }
    guard cells[column].count < number else { return false }
    cells[column].append(value)
    return true
  }

  /// Closes record `number`, giving every key it lacks a missing cell.
  mutating func finish(record number: Int) throws(DataError) {
    guard names.count.multipliedReportingOverflow(by: number).partialValue <= cellBudget else {
      throw .tooSparse(file: file, keys: names.count, records: number, bytes: bytes)
    }
    for column in cells.indices where cells[column].count < number {
      cells[column].append(.null)
    }
    count = number
  }

  /// The table of the records read: each column typed from its values, or as `types` forces.
  ///
  /// - Throws: ``DataError/unknownColumn(file:column:available:)`` for a forced key no record has,
  ///   ``DataError/typeOverrideFailed(file:row:column:type:cell:)`` for a value not of its forced type.
  func table(
    types: [String: ColumnType], file: String, provenance: Provenance, summary: String?
  ) throws(DataError) -> Table {
    for name in types.keys.sorted() where positions[name] == nil {
      throw .unknownColumn(file: file, column: name, available: names)
    }
    var columns: [Column] = []
    columns.reserveCapacity(names.count)
    for (name, cells) in zip(names, self.cells) {
      let data = try JSONColumnBuilder(name: name, file: file, cells: cells).build(as: types[name])
      columns.append(Column(name: name, data: data, provenance: provenance))
    }
    do {
      return try Table(columns: columns, provenance: provenance, summary: summary)
    } catch {
      throw .invalidTable(file: file, reason: String(describing: error))
    }
  }
}
