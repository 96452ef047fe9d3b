/// One key cell of a group, comparable across tables whose string dictionaries differ.
enum GroupKeyCell: Hashable, Sendable {
  /// A missing cell: its own group.
  case missing
  /// A whole number.
  case integer(Int64)
  /// A real number, by its bits (negative zero made zero).
  case number(UInt64)
  /// A calendar day, by its ordinal.
  case day(Int)
  /// Text.
  case string(String)
  /// A truth value.
  case bool(Bool)

  /// The cell at `row` of typed column data; nil for column types that cannot be group keys here.
  static func of(_ data: ColumnData, row: Int) -> GroupKeyCell? {
    switch data {
    case .integer(let cells): return cells[row].map { .integer($0) } ?? .missing
    case .number(let cells, _):
      guard let value = cells[row], !value.isNaN else { return .missing }
      return .number((value == 0 ? 0 : value).bitPattern)
    case .day(let cells): return cells[row].map { .day($0.ordinal) } ?? .missing
    case .string(let column): return column[row].map { .string($0) } ?? .missing
    case .bool(let cells): return cells[row].map { .bool($0) } ?? .missing
    case .estimate, .geometry: return nil
    }
  }
}

/// Dense integer codes for one key column of one table, so rows can be grouped by array lookups.
///
/// Each row's code lies in `0..<cardinality`; code 0 is the missing cell. Strings use their
/// dictionary codes, days and small integers their offset from the smallest, bools 1 and 2. Nil
/// when the values span too wide a range for a dense code (the caller then hashes).
struct DenseKeyCodes {
  /// One code per row.
  var codes: [Int32]
  /// The number of distinct codes possible.
  var cardinality: Int

  init?(_ data: ColumnData, limit: Int) {
    switch data {
    case .string(let column):
      guard column.dictionary.count < limit else { return nil }
      codes = column.codes.map { $0 &+ 1 }
      cardinality = column.dictionary.count + 1
    case .bool(let cells):
      codes = cells.map { $0.map { $0 ? 2 : 1 } ?? 0 }
      cardinality = 3
    case .day(let cells):
      guard let range = DenseKeyCodes.range(cells.lazy.map { $0.map { Int64($0.ordinal) } }, limit: limit) else {
        return nil
      }
      codes = cells.map { $0.map { Int32(Int64($0.ordinal) - range.lowerBound + 1) } ?? 0 }
      cardinality = Int(range.upperBound - range.lowerBound) + 2
    case .integer(let cells):
      guard let range = DenseKeyCodes.range(cells.lazy, limit: limit) else { return nil }
      codes = cells.map { $0.map { Int32($0 - range.lowerBound + 1) } ?? 0 }
      cardinality = Int(range.upperBound - range.lowerBound) + 2
    case .number, .estimate, .geometry:
      return nil
    }
  }

  /// The smallest and largest value, when they lie less than `limit` apart.
  private static func range(_ values: some Sequence<Int64?>, limit: Int) -> ClosedRange<Int64>? {
    var low = Int64.max
    var high = Int64.min
    for case let value? in values {
      low = Swift.min(low, value)
      high = Swift.max(high, value)
    }
    guard low <= high else { return 0...0 }
    let (span, overflow) = high.subtractingReportingOverflow(low)
    guard !overflow, span < Int64(limit) else { return nil }
    return low...high
  }
}
