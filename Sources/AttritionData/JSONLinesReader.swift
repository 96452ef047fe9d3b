import AttritionSDK

/// Reads JSON lines (`.jsonl`, `.ndjson`): one JSON object per line, into a ``Table`` with one row
/// per object; what `save` writes for JSON.
///
/// Blank lines (spaces, tabs and carriage returns only) are skipped. Each object is read as
/// ``JSONRecordsReader`` reads an element of its array, so the columns, their types, `NaN`,
/// nested values and type overrides work the same. A line that holds something other than one
/// object is an error naming the file, the line and the column.
///
/// ```swift
/// let table = try JSONLinesReader().read("{\"day\": \"2022-02-25\", \"tank\": 80}\n", file: "gs.jsonl")
/// ```
public struct JSONLinesReader: TableReader {
  /// Types forced on columns, by key, instead of the ones the values imply.
  ///
  /// A key that no object has, or a value that is not of its column's type, is an error.
  public var types: [String: ColumnType]
  /// Polled between lines, so a long read can be stopped (Ctrl-C in the REPL).
  public var cancellation: LoadCancellation?

  /// Creates a reader.
  public init(types: [String: ColumnType] = [:], cancellation: LoadCancellation? = nil) {
    self.types = types
    self.cancellation = cancellation
  }

  /// Reads UTF-8 bytes; `file` names the text in error messages.
  ///
  /// - Throws: ``DataError`` for invalid UTF-8, malformed JSON, a line that is not one object, a
  ///   repeated key within an object, or a type override a value does not satisfy.
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
    while true {
      scanner.skipWhitespace()
      guard let next = scanner.peek else { break }
      try poll.tick(offset: scanner.index, rows: records.count)
      guard next == UInt8(ascii: "{") else {
        throw scanner.malformed(
          expected: "a JSON object '{' (one per line)",
          found: scanner.valueKind ?? scanner.description(of: scanner.index))
      }
      try JSONRecordsReader.readRecord(number: records.count + 1, from: &scanner, into: &records)
      // The object must end its line: two on one line, or text after one, is a mistake to report.
      while let byte = scanner.peek, byte == .space || byte == .tab || byte == .carriageReturn { scanner.index += 1 }
      guard scanner.peek == nil || scanner.peek == .lineFeed else {
        throw scanner.malformed(expected: "a line break after the object")
      }
    }
    return try records.table(types: types, file: file, provenance: provenance, summary: summary)
  }
}
