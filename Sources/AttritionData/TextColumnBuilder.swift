import AttritionSDK

/// Turns the text cells of one column into typed column data, inferring its type or forcing one.
///
/// Inference looks at the non-missing cells only: all integers make an integer column; all
/// numbers (integers, decimals, `NaN`, `inf`) a number column; all days a day column; all truth
/// values a bool column; anything else, or no value at all, a string column. Missing cells and
/// `NaN` are stored as nil.
struct TextColumnBuilder {
  /// The column's name, for messages.
  let name: String
  /// The file's name, for messages.
  let file: String
  /// The number of the first cell's row in messages (2 for a CSV file with a header).
  let firstRow: Int
  /// The number of cells.
  let count: Int
  /// The cell of a row, from 0.
  let cell: (Int) -> TextCell

  /// The type the cells admit, `.string` when they admit no narrower one.
  func inferredType() -> ColumnType {
    var mask = TypeMask.any
    for row in 0..<count {
      let cell = cell(row)
      if cell.isBlank { continue }
      if cell.hasEscapes { return .string }
      mask.formIntersection(CellSyntax.mask(of: cell.content))
      if mask.isEmpty { return .string }
    }
    return mask.columnType
  }

  /// The column data read as `type` when given, else as the inferred type.
  ///
  /// - Throws: ``DataError/typeOverrideFailed(file:row:column:type:cell:)`` for the first cell
  ///   that is not of the type forced on it.
  func build(as type: ColumnType?) throws(DataError) -> ColumnData {
    switch type ?? inferredType() {
    case .integer:
      return .integer(try values(of: .integer, CellSyntax.integer))
    case .number:
      var cells = try values(of: .number, CellSyntax.number)
      for index in cells.indices where cells[index]?.isNaN == true { cells[index] = nil }
      return .number(cells, unit: .none)
    case .day:
      return .day(try values(of: .day, CellSyntax.day))
    case .bool:
      return .bool(try values(of: .bool, CellSyntax.bool))
    case .string:
      return .string(try strings())
    }
  }

  /// Every cell read by `parse`, nil where missing.
  private func values<Value>(
    of type: ColumnType, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?
  ) throws(DataError) -> [Value?] {
    var values: [Value?] = []
    values.reserveCapacity(count)
    for row in 0..<count {
      let cell = cell(row)
      if cell.isBlank {
        values.append(nil)
        continue
      }
      guard !cell.hasEscapes, let value = parse(cell.content) else {
        throw .typeOverrideFailed(file: file, row: firstRow + row, column: name, type: type, cell: cell.text)
      }
      values.append(value)
    }
    return values
  }

  /// The cells dictionary-encoded, each distinct text decoded once.
  private func strings() throws(DataError) -> StringColumn {
    var positions: [TextCell.Key: Int32] = [:]
    var dictionary: [String] = []
    var codes: [Int32] = []
    codes.reserveCapacity(count)
    for row in 0..<count {
      let cell = cell(row)
      if cell.isBlank {
        codes.append(-1)
        continue
      }
      let key = cell.key
      if let code = positions[key] {
        codes.append(code)
        continue
      }
      guard dictionary.count < Int(Int32.max) else {
        throw .invalidTable(file: file, reason: "column \(DataError.quoted(name)) has too many distinct values")
      }
      let code = Int32(dictionary.count)
      positions[key] = code
      dictionary.append(key.text)
      codes.append(code)
    }
    return StringColumn(dictionary: dictionary, codes: codes)
  }
}
