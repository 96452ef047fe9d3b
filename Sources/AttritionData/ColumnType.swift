/// The type a column of a data file is read as.
///
/// Readers infer it from the cells (see ``CSVReader`` and ``JSONRecordsReader``); a type override
/// forces it and makes every cell that does not fit an error.
public enum ColumnType: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Whole numbers that fit in 64 bits: an optional sign and digits.
  case integer
  /// Real numbers: decimals, exponents, `NaN` (read as a missing cell) and `inf`.
  case number
  /// Calendar days: `YYYY-MM-DD`, or `YYYY-MM-DD 00:00:00` (midnight only).
  case day
  /// Truth values: `true` and `false` (also `True`/`TRUE`, `False`/`FALSE`).
  case bool
  /// Any text, dictionary-encoded.
  case string

  /// The type's name as shown in schemas and messages: `integer`, `number`, `day`, `bool`, `string`.
  public var description: String { rawValue }
}

/// The typed readings a cell or a whole column still admits, used during inference.
///
/// A column starts with every reading and narrows it cell by cell; the first reading left in the
/// order integer, number, day, bool decides its type, and none left makes it a string column.
struct TypeMask: OptionSet, Hashable, Sendable {
  let rawValue: UInt8

  init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// The cell is an integer (it is then also a number).
  static let integer = TypeMask(rawValue: 1 << 0)
  /// The cell is a number.
  static let number = TypeMask(rawValue: 1 << 1)
  /// The cell is a calendar day.
  static let day = TypeMask(rawValue: 1 << 2)
  /// The cell is a truth value.
  static let bool = TypeMask(rawValue: 1 << 3)

  /// Every typed reading: what a column admits before its first non-empty cell.
  static let any: TypeMask = [.integer, .number, .day, .bool]

  /// The column type this set of readings decides, `.string` when none is left.
  ///
  /// A column without a single non-empty cell (still `.any`) is a string column of missing cells.
  var columnType: ColumnType {
    if self == .any { return .string }
    if contains(.integer) { return .integer }
    if contains(.number) { return .number }
    if contains(.day) { return .day }
    if contains(.bool) { return .bool }
    return .string
  }
}
