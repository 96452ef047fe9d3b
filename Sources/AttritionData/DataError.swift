import AttritionSDK

/// Why a data file could not be read into a table, or a table not written to a file; an error
/// of the `input` phase, except ``cannotWrite(path:reason:keptOldFile:)`` (`data.cannot_write`).
///
/// Every case names the file. CSV problems give the row (1-based, the header being row 1) and,
/// when quoted line breaks make it differ, the line; JSON problems give the line and column.
public enum DataError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Nothing exists at the path.
  case fileNotFound(path: String)
  /// The path names a directory.
  case isDirectory(path: String)
  /// The file holds no bytes at all.
  case emptyFile(path: String)
  /// The file exists but cannot be opened or read; `reason` is the system's explanation.
  case unreadable(path: String, reason: String)
  /// The bytes are not UTF-8; `offset` is the 0-based byte offset of the first bad byte.
  case invalidUTF8(file: String, offset: Int, line: Int)
  /// The file's extension names no format this library reads (`fileExtension` is empty when it has none).
  case unsupportedFormat(path: String, fileExtension: String)
  /// The file's extension names no format ``TableWriter`` writes (`fileExtension` is empty when it has none).
  case unsupportedWriteFormat(path: String, fileExtension: String)
  /// The file could not be written; `reason` is the system's explanation, and `keptOldFile` says
  /// whether a file was at the path before, and so is still there unchanged.
  case cannotWrite(path: String, reason: String, keptOldFile: Bool)
  /// The CSV delimiter is not a single ASCII character other than a quote or a line break.
  case unsupportedDelimiter(file: String, delimiter: String)
  /// The CSV text breaks RFC 4180 at a row (1-based, the header being row 1) and line (1-based).
  case malformedCSV(file: String, row: Int, line: Int, problem: CSVProblem)
  /// The JSON text breaks the grammar at a location: what was `expected` and what was `found` instead.
  case malformedJSON(file: String, at: SourceLocation, expected: String, found: String)
  /// The JSON is valid but not an array of objects; `record` is the 1-based element that is not an object.
  case notAnArrayOfRecords(file: String, at: SourceLocation, found: String, record: Int?)
  /// A JSON record has the same key twice.
  case duplicateKey(file: String, at: SourceLocation, key: String, record: Int)
  /// A cell cannot be read as the type forced on its column; `row` counts as in the file's other messages.
  case typeOverrideFailed(file: String, row: Int, column: String, type: ColumnType, cell: String)
  /// A type override names a column the file does not have.
  case unknownColumn(file: String, column: String, available: [String])
  /// The columns read do not make a valid table.
  case invalidTable(file: String, reason: String)
  /// The load was cancelled (Ctrl-C in the REPL) before the file was read to its end.
  case cancelled(file: String)
  /// The file gives more columns than ``TableLimits/maximumColumns``; `place` says where
  /// (`the header`, `record 10,001`).
  case tooManyColumns(file: String, columns: Int, place: String)
  /// Records name so many keys that most of the table would be missing cells: more than
  /// ``TableLimits/cellBudget(bytes:)`` cells from a file of `bytes` bytes.
  case tooSparse(file: String, keys: Int, records: Int, bytes: Int)
  /// A cell of the right shape whose value cannot be held: a number that is not finite, a day that
  /// is not on the calendar, a string with a lone UTF-16 surrogate; `place` is the row and column
  /// (CSV) or the line and column (JSON).
  case unreadableCell(file: String, place: String, cell: String, problem: CellProblem)

  /// Why a cell cannot be read.
  public enum CellProblem: Hashable, Sendable {
    /// An infinite number, or one beyond the largest double (about 1.8e308).
    case notFinite
    /// `YYYY-MM-DD` that is no day of the calendar.
    case invalidDay
    /// A `\uD800`–`\uDFFF` escape without its pair: no character.
    case loneSurrogate
  }

  /// A polygon's rings are not valid: one crosses itself, or a hole lies outside its outer ring;
  /// `feature` is the 1-based feature, `problem` says which ring and where.
  case invalidPolygon(file: String, at: SourceLocation, feature: Int, problem: String)
  /// The file is larger than a reader of its kind takes (a script or notebook: 16 MiB).
  case fileTooLarge(path: String, size: Int, limit: Int)

  /// What is wrong with a row of CSV text.
  public enum CSVProblem: Hashable, Sendable {
    /// A quoted field is still open at the end of the file.
    case unterminatedQuote
    /// The row has a different number of fields than the first row.
    case raggedRow(expected: Int, found: Int)
    /// Something other than a delimiter or line break follows a quoted field's closing quote.
    case textAfterQuote(field: Int, found: String)
  }

  /// The stable identifier of this kind of error, such as `input.ragged_row`.
  public var id: DiagnosticID {
    if case .cannotWrite = self { return DiagnosticID(phase: "data", name: "cannot_write") }
    return DiagnosticID(phase: "input", name: idName)
  }

  /// The message: lower case, names and values in 'single quotes', no final period.
  public var description: String {
    switch self {
    case .fileNotFound(let path):
      return "no such file \(quotedPath(path))"
    case .isDirectory(let path):
      return "\(quotedPath(path)) is a directory, not a data file"
    case .emptyFile(let path):
      return "\(quotedPath(path)) is empty: a data file needs at least a header or an opening bracket"
    case .unreadable(let path, let reason):
      return "cannot read \(quotedPath(path)): \(reason)"
    case .invalidUTF8(let file, let offset, let line):
      return "\(quotedPath(file)) is not valid UTF-8 at byte offset \(offset) (line \(line))"
    case .unsupportedFormat(let path, let fileExtension):
      let expected = "expected '.csv', '.tsv', '.json', '.jsonl', '.ndjson' or '.geojson'"
      if fileExtension.isEmpty { return "\(quotedPath(path)) has no file extension (\(expected))" }
      return "unsupported file type \(quoted("." + fileExtension)) for \(quotedPath(path)) (\(expected))"
    case .unsupportedWriteFormat(let path, let fileExtension):
      let formats = "save writes '.csv', '.tsv', '.jsonl' or '.md'"
      if fileExtension.isEmpty { return "cannot save \(quotedPath(path)): it has no file extension, and \(formats)" }
      return "cannot save \(quotedPath(path)): \(formats), not \(quoted("." + fileExtension))"
    case .cannotWrite(let path, let reason, let keptOldFile):
      return "cannot write \(quotedPath(path)): \(reason)" + (keptOldFile ? "; the existing file is unchanged" : "")
    case .unsupportedDelimiter(let file, let delimiter):
      return "unsupported delimiter \(quoted(delimiter)) for \(quotedPath(file)): "
        + "use one ASCII character other than a quote or a line break"
    case .malformedCSV(let file, let row, let line, let problem):
      let place = "\(quotedPath(file)) at row \(row)" + (line == row ? "" : " (line \(line))")
      switch problem {
      case .unterminatedQuote:
        return "unterminated quote in \(place): the quoted field opened there never closes"
      case .raggedRow(let expected, let found):
        return "ragged row in \(place): expected \(expected) fields, found \(found)"
      case .textAfterQuote(let field, let found):
        return "unexpected \(quoted(found)) after the closing quote of field \(field) in \(place)"
      }
    case .malformedJSON(let file, let at, let expected, let found):
      return "malformed JSON in \(quotedPath(file)) at \(at.line):\(at.column): expected \(expected), found \(found)"
    case .notAnArrayOfRecords(let file, let at, let found, let record):
      guard let record else {
        return "\(quotedPath(file)) is not an array of records: found \(found) at \(at.line):\(at.column)"
      }
      return "\(quotedPath(file)) is not an array of records: record \(record) at \(at.line):\(at.column) is \(found)"
    case .duplicateKey(let file, let at, let key, let record):
      return "duplicate key \(quoted(key)) in record \(record) of \(quotedPath(file)) at \(at.line):\(at.column)"
    case .typeOverrideFailed(let file, let row, let column, let type, let cell):
      return "cannot read \(quoted(cell)) as \(type) in column \(quoted(column)) of \(quotedPath(file)) at row \(row)"
    case .unknownColumn(let file, let column, _):
      return "type override for unknown column \(quoted(column)) in \(quotedPath(file))"
    case .invalidTable(let file, let reason):
      return "cannot build a table from \(quotedPath(file)): \(reason)"
    case .cancelled(let file):
      return "loading \(quotedPath(file)) was cancelled"
    case .tooManyColumns(let file, let columns, let place):
      return "\(quotedPath(file)) has more than \(TableLimits.maximumColumns.grouped) columns "
        + "(\(place) reaches \(columns.grouped))"
    case .unreadableCell(let file, let place, let cell, let problem):
      let what =
        switch problem {
        case .notFinite: "is not a finite number"
        case .invalidDay: "is not a day of the calendar"
        case .loneSurrogate: "holds half of a UTF-16 surrogate pair, which is no character"
        }
      return "\(quoted(cell)) in \(quotedPath(file)) at \(place) \(what)"
    case .invalidPolygon(let file, let at, let feature, let problem):
      return "invalid polygon in feature \(feature) of \(quotedPath(file)) at \(at.line):\(at.column): \(problem)"
    case .fileTooLarge(let path, let size, let limit):
      return
        "\(quotedPath(path)) is \(size.grouped) bytes, more than the \(limit.grouped) a script or notebook may have"
    case .tooSparse(let file, let keys, let records, let bytes):
      return "the records of \(quotedPath(file)) name \(keys.grouped) different keys over \(records.grouped) records: "
        + "a table of \((keys * records).grouped) cells from \(bytes.grouped) bytes, nearly all of them missing"
    }
  }

  private var idName: String {
    switch self {
    case .fileNotFound: "file_not_found"
    case .isDirectory: "is_directory"
    case .emptyFile: "empty_file"
    case .unreadable: "unreadable"
    case .invalidUTF8: "invalid_utf8"
    case .unsupportedFormat, .unsupportedWriteFormat: "unsupported_format"
    case .cannotWrite: "cannot_write"
    case .unsupportedDelimiter: "unsupported_delimiter"
    case .malformedCSV(_, _, _, .unterminatedQuote): "unterminated_quote"
    case .malformedCSV(_, _, _, .raggedRow): "ragged_row"
    case .malformedCSV(_, _, _, .textAfterQuote): "text_after_quote"
    case .malformedJSON: "malformed_json"
    case .notAnArrayOfRecords: "not_records"
    case .duplicateKey: "duplicate_key"
    case .typeOverrideFailed: "type_override_failed"
    case .unknownColumn: "unknown_column"
    case .invalidTable: "invalid_table"
    case .cancelled: "cancelled"
    case .tooManyColumns: "too_many_columns"
    case .tooSparse: "too_sparse"
    case .fileTooLarge: "too_large"
    case .invalidPolygon: "invalid_polygon"
    case .unreadableCell(_, _, _, .notFinite): "not_finite"
    case .unreadableCell(_, _, _, .invalidDay): "invalid_day"
    case .unreadableCell(_, _, _, .loneSurrogate): "lone_surrogate"
    }
  }

  private var notes: [String] {
    switch self {
    case .malformedCSV(_, _, _, .unterminatedQuote):
      return ["a quote inside a quoted field is written twice: \"\""]
    case .malformedCSV(_, _, _, .raggedRow):
      return ["a field that contains the delimiter or a line break must be in double quotes"]
    case .malformedCSV(_, _, _, .textAfterQuote):
      return ["a quoted field ends at its closing quote; a quote inside it is written twice: \"\""]
    case .unreadableCell(_, _, _, .notFinite):
      return [
        "numbers are finite: a missing value is an empty cell; to keep the text as written, force the column "
          + "to text with types: \"column: string\""
      ]
    case .unreadableCell(_, _, _, .invalidDay):
      return [
        "a column of days holds days of the calendar; to keep the text as written, force the column to text "
          + "with types: \"column: string\""
      ]
    case .unreadableCell(_, _, _, .loneSurrogate):
      return ["a character outside the Basic Multilingual Plane is written as two \\u escapes, high then low"]
    case .invalidPolygon:
      return [
        "its area would be wrong (a ring that crosses itself cancels out; a hole outside is subtracted from "
          + "nothing): repair the geometry first, e.g. with GDAL's MakeValid or shapely's make_valid"
      ]
    case .tooManyColumns:
      return ["a table read from a file has at most \(TableLimits.maximumColumns.grouped) columns"]
    case .tooSparse:
      return [
        "a file may fill at most \(TableLimits.cellsPerByte) cells per byte (and \(TableLimits.minimumCells.grouped) "
          + "in any case); records that each bring keys of their own are better kept as rows of key and value"
      ]
    case .unknownColumn(_, _, let available):
      let names = available.map(quoted).joined(separator: ", ")
      return [available.isEmpty ? "the file has no columns" : "the columns are \(names)"]
    case .unsupportedWriteFormat(_, let fileExtension) where fileExtension.lowercased() == "json":
      return ["save writes JSON as JSON lines, one object per line: name the file '.jsonl'"]
    case .typeOverrideFailed:
      return ["leave the column out of the overrides to have its type inferred"]
    default:
      return []
    }
  }

  private var location: SourceLocation? {
    switch self {
    case .malformedJSON(_, let at, _, _), .notAnArrayOfRecords(_, let at, _, _), .duplicateKey(_, let at, _, _):
      return at
    default:
      return nil
    }
  }

  private func quoted(_ text: String) -> String {
    DataError.quoted(text)
  }

  /// A file path in quotes, whole: the file name at its end is what the reader needs.
  private func quotedPath(_ path: String) -> String {
    DataError.quoted(path, limit: 4_096)
  }

  /// Puts a value in single quotes for a message, showing line breaks and tabs as escapes and
  /// shortening it to `limit` characters.
  static func quoted(_ text: String, limit: Int = 60) -> String {
    var shown = ""
    for character in text.prefix(limit) {
      switch character {
      case "\n", "\r\n": shown += "\\n"
      case "\r": shown += "\\r"
      case "\t": shown += "\\t"
      default: shown.append(character)
      }
    }
    return "'" + shown + (text.count > limit ? "…" : "") + "'"
  }
}

extension DataError: DiagnosticConvertible {
  /// The error as a diagnostic with a stable ID, its message, notes and, for JSON, the location.
  public var diagnostic: Diagnostic {
    let range = location.map { at in
      SourceRange(start: at, end: SourceLocation(line: at.line, column: at.column + 1, offset: at.offset + 1))
    }
    return Diagnostic(id: id, severity: .error, message: description, range: range, notes: notes)
  }
}
