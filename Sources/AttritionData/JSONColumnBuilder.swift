import AttritionSDK

/// One value of a JSON record, as a cell of its column.
enum JSONCell: Sendable {
  /// `null`, or a key the record lacks.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number with neither fraction nor exponent that fits in `Int64`.
  case integer(Int64)
  /// Any other number; `NaN` is kept as `.nan` and read as a missing cell.
  case number(Double)
  /// A string, its escapes undone.
  case string(String)
  /// An object or array, as its JSON text.
  case nested(String)
}

/// Turns the cells of one JSON column into typed column data.
///
/// Without an override the type follows the JSON values: integers only make an integer column;
/// numbers an integer or number column; booleans a bool column; strings are inferred as CSV text is
/// (so `"2022-02-25"` makes a day column); objects, arrays and mixed kinds make a string column.
/// `null`, a lacking key, `NaN`, and an empty or blank string are missing cells.
struct JSONColumnBuilder {
  /// The column's name, for messages.
  let name: String
  /// The file's name, for messages.
  let file: String
  /// The cells, one per record.
  let cells: [JSONCell]

  /// The kinds of JSON value a column holds.
  private struct Kinds: OptionSet {
    let rawValue: UInt8
    static let integer = Kinds(rawValue: 1 << 0)
    static let number = Kinds(rawValue: 1 << 1)
    static let bool = Kinds(rawValue: 1 << 2)
    static let string = Kinds(rawValue: 1 << 3)
    static let nested = Kinds(rawValue: 1 << 4)
  }

  /// The column data read as `type` when given, else as the type the values imply.
  ///
  /// - Throws: ``DataError/typeOverrideFailed(file:row:column:type:cell:)`` for the first value
  ///   that is not of the type forced on it; its row is the record's 1-based number.
  func build(as type: ColumnType?) throws(DataError) -> ColumnData {
    if let type { return try fromText(as: type) }
    var kinds: Kinds = []
    for cell in cells {
      switch cell {
      case .null: break
      case .bool: kinds.insert(.bool)
      case .integer: kinds.insert(.integer)
      case .number: kinds.insert(.number)
      case .string: kinds.insert(.string)
      case .nested: kinds.insert(.nested)
      }
    }
    if kinds == [.integer] {
      return .integer(cells.map { if case .integer(let value) = $0 { value } else { nil } })
    }
    if !kinds.isEmpty, kinds.isSubset(of: [.integer, .number]) {
      return .number(cells.map(Self.double), unit: .none)
    }
    if kinds == [.bool] {
      return .bool(cells.map { if case .bool(let value) = $0 { value } else { nil } })
    }
    return try fromText(as: kinds == [.string] ? nil : .string)
  }

  /// A numeric cell as a double, nil for `NaN` and non-numbers.
  private static func double(_ cell: JSONCell) -> Double? {
    switch cell {
    case .integer(let value): Double(value)
    case .number(let value) where !value.isNaN: value
    default: nil
    }
  }

  /// The cells written as text and read like CSV cells, as `type` or as the type inferred.
  private func fromText(as type: ColumnType?) throws(DataError) -> ColumnData {
    var text: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(cells.count)
    for cell in cells {
      switch cell {
      case .null: break
      case .bool(let value): text.append(contentsOf: (value ? "true" : "false").utf8)
      case .integer(let value): text.append(contentsOf: String(value).utf8)
      case .number(let value) where value.isNaN: break
      case .number(let value) where value.isInfinite: text.append(contentsOf: (value < 0 ? "-inf" : "inf").utf8)
      case .number(let value):
        // An integral number such as 12.0 can be forced to an integer column.
        let integral = type == .integer && value == value.rounded() && abs(value) < 9.0e15
        text.append(contentsOf: (integral ? String(Int64(value)) : String(value)).utf8)
      case .string(let value), .nested(let value): text.append(contentsOf: value.utf8)
      }
      ends.append(text.count)
    }
    return try text.withUnsafeBufferPointer { (buffer) throws(DataError) -> ColumnData in
      let builder = TextColumnBuilder(name: name, file: file, firstRow: 1, count: ends.count) { row in
        let start = row == 0 ? 0 : ends[row - 1]
        return TextCell(content: UnsafeBufferPointer(rebasing: buffer[start..<ends[row]]))
      }
      return try builder.build(as: type)
    }
  }
}
