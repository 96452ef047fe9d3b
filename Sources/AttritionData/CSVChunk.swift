import AttritionSDK

/// The typed cells of one column over one region of CSV text.
enum CSVColumnChunk {
  /// Whole numbers.
  case integer([Int64?])
  /// Real numbers, `NaN` stored as nil.
  case number([Double?])
  /// Calendar days.
  case day([Day?])
  /// Truth values.
  case bool([Bool?])
  /// Text: codes into a dictionary local to the region (-1 for missing).
  case string(codes: [Int32], dictionary: ByteDictionary)
}

/// A cell that does not fit its column's type, found while typing a region.
struct CSVTypeMismatch: Error {
  /// The column's position among all the file's columns.
  var column: Int
  /// The 0-based record of the region.
  var record: Int
  /// The cell's text.
  var cell: String
  /// The readings every cell of the column in this region admits, to widen an inferred type.
  var regionMask: TypeMask
  /// Why the cell is refused outright rather than widening the column, when it is.
  var refusal: Refusal?

  /// A cell of the right shape whose value cannot be held.
  enum Refusal {
    /// A number that is infinite (`inf`, `Infinity`) or beyond the largest double (`1e309`).
    case notFinite
    /// A `YYYY-MM-DD` that is no day of the calendar (`2024-02-30`).
    case invalidDay
  }
}

/// Types the cells of a scanned region of CSV text, column by column.
struct CSVChunkParser {
  /// The text.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Where the region's records and fields are.
  let layout: CSVLayout

  /// The readings that all non-blank cells of a column admit (`.any` when every cell is blank).
  func mask(ofColumn column: Int) -> TypeMask {
    var mask = TypeMask.any
    for row in 0..<layout.rowCount {
      let cell = layout.field(row: row, column: column, in: bytes)
      if cell.isBlank { continue }
      if cell.hasEscapes { return [] }
      mask.formIntersection(CellSyntax.mask(of: cell.content))
      if mask.isEmpty { return [] }
    }
    return mask
  }

  /// The column's cells typed as `type`.
  ///
  /// - Throws: ``CSVTypeMismatch`` for the first cell that is not of the type.
  func parse(column: Int, as type: ColumnType) throws(CSVTypeMismatch) -> CSVColumnChunk {
    switch type {
    case .integer: return .integer(try values(column, type, CellSyntax.integer))
    case .number:
      return .number(try numbers(column))
    case .day: return .day(try days(column))
    case .bool: return .bool(try values(column, type, CellSyntax.bool))
    case .string: return strings(column)
    }
  }

  private func values<Value>(
    _ column: Int, _ type: ColumnType, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?
  ) throws(CSVTypeMismatch) -> [Value?] {
    let rows = layout.rowCount
    var values = [Value?](repeating: nil, count: rows)
    for row in 0..<rows {
      let cell = layout.field(row: row, column: column, in: bytes)
      if cell.content.isEmpty || cell.isBlank { continue }
      guard !cell.hasEscapes, let value = parse(cell.content) else {
        throw CSVTypeMismatch(column: column, record: row, cell: cell.text, regionMask: mask(ofColumn: column))
      }
      values[row] = value
    }
    return values
  }

  /// Number cells, `NaN` as missing; an infinite one is refused.
  private func numbers(_ column: Int) throws(CSVTypeMismatch) -> [Double?] {
    let rows = layout.rowCount
    var values = [Double?](repeating: nil, count: rows)
    for row in 0..<rows {
      let cell = layout.field(row: row, column: column, in: bytes)
      if cell.content.isEmpty || cell.isBlank { continue }
      guard !cell.hasEscapes, let value = CellSyntax.fastNumber(cell.content) else {
        throw CSVTypeMismatch(column: column, record: row, cell: cell.text, regionMask: mask(ofColumn: column))
      }
      guard value.isFinite || value.isNaN else {
        throw CSVTypeMismatch(
          column: column, record: row, cell: cell.text, regionMask: mask(ofColumn: column), refusal: .notFinite)
      }
      values[row] = value.isNaN ? nil : value
    }
    return values
  }

  /// Day cells; a cell with the same bytes as the one before it (sorted files repeat a day for
  /// many rows) reuses its value instead of being parsed again.
  private func days(_ column: Int) throws(CSVTypeMismatch) -> [Day?] {
    let rows = layout.rowCount
    var values = [Day?](repeating: nil, count: rows)
    var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var previousDay: Day?
    for row in 0..<rows {
      let cell = layout.field(row: row, column: column, in: bytes)
      if cell.content.isEmpty || cell.isBlank { continue }
      if let day = previousDay, cell.content.count == previous.count, let left = cell.content.baseAddress,
        let right = previous.baseAddress, memcmpBytes(left, right, previous.count)
      {
        values[row] = day
        continue
      }
      guard !cell.hasEscapes, let day = CellSyntax.day(cell.content) else {
        let refusal: CSVTypeMismatch.Refusal? = CellSyntax.isDayShaped(cell.content) ? .invalidDay : nil
        throw CSVTypeMismatch(
          column: column, record: row, cell: cell.text, regionMask: mask(ofColumn: column), refusal: refusal)
      }
      values[row] = day
      previous = cell.content
      previousDay = day
    }
    return values
  }

  private func strings(_ column: Int) -> CSVColumnChunk {
    var dictionary = ByteDictionary()
    let rows = layout.rowCount
    var codes = [Int32](repeating: -1, count: rows)
    for row in 0..<rows {
      let cell = layout.field(row: row, column: column, in: bytes)
      if cell.content.isEmpty || cell.isBlank { continue }
      if cell.hasEscapes {
        codes[row] = cell.unescapedBytes.withUnsafeBufferPointer { dictionary.code(for: $0) }
      } else {
        codes[row] = dictionary.code(for: cell.content)
      }
    }
    return .string(codes: codes, dictionary: dictionary)
  }
}

extension CSVTypeMismatch.Refusal {
  /// The data error's name for it.
  var problem: DataError.CellProblem {
    switch self {
    case .notFinite: .notFinite
    case .invalidDay: .invalidDay
    }
  }
}
