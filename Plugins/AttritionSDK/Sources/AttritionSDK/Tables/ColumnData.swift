/// The typed storage of one column; a missing cell is `nil`.
public enum ColumnData: Sendable {
  /// Whole numbers.
  case integer([Int64?])
  /// Real numbers in one unit.
  case number([Double?], unit: Unit)
  /// Calendar days.
  case day([Day?])
  /// Text, dictionary-encoded.
  case string(StringColumn)
  /// Truth values.
  case bool([Bool?])
  /// Estimates with bounds, unit and sources of their own.
  case estimate([Estimate?])
  /// Geometries (the features of a GeoJSON file).
  case geometry([Geometry?])

  /// The number of cells.
  public var count: Int {
    switch self {
    case .integer(let cells): cells.count
    case .number(let cells, _): cells.count
    case .day(let cells): cells.count
    case .string(let column): column.codes.count
    case .bool(let cells): cells.count
    case .estimate(let cells): cells.count
    case .geometry(let cells): cells.count
    }
  }

  /// The name of the column's type, as shown in schemas: `integer`, `number`, `day`, …
  public var typeName: String {
    switch self {
    case .integer: "integer"
    case .number: "number"
    case .day: "day"
    case .string: "string"
    case .bool: "bool"
    case .estimate: "estimate"
    case .geometry: "geometry"
    }
  }

  /// The cells at `indices`, in that order.
  public func gathering(_ indices: some Collection<Int>) -> ColumnData {
    switch self {
    case .integer(let cells): .integer(indices.map { cells[$0] })
    case .number(let cells, let unit): .number(indices.map { cells[$0] }, unit: unit)
    case .day(let cells): .day(indices.map { cells[$0] })
    case .string(let column): .string(column.gathering(indices))
    case .bool(let cells): .bool(indices.map { cells[$0] })
    case .estimate(let cells): .estimate(indices.map { cells[$0] })
    case .geometry(let cells): .geometry(indices.map { cells[$0] })
    }
  }
}

/// A dictionary-encoded string column: each cell is an index into ``dictionary`` or -1 for missing.
public struct StringColumn: Sendable {
  /// The distinct strings.
  public var dictionary: [String]
  /// One code per cell.
  public var codes: [Int32]

  /// Creates a column from its dictionary and codes.
  public init(dictionary: [String], codes: [Int32]) {
    self.dictionary = dictionary
    self.codes = codes
  }

  /// Encodes cells, sharing one dictionary entry per distinct string.
  public init(_ cells: [String?]) {
    var positions: [String: Int32] = [:]
    var dictionary: [String] = []
    codes = cells.map { cell in
      guard let cell else { return -1 }
      if let code = positions[cell] { return code }
      let code = Int32(dictionary.count)
      positions[cell] = code
      dictionary.append(cell)
      return code
    }
    self.dictionary = dictionary
  }

  /// The string at a row, or nil when missing.
  public subscript(row: Int) -> String? {
    let code = codes[row]
    return code < 0 ? nil : dictionary[Int(code)]
  }

  /// The cells at `indices`, sharing this dictionary.
  public func gathering(_ indices: some Collection<Int>) -> StringColumn {
    StringColumn(dictionary: dictionary, codes: indices.map { codes[$0] })
  }
}
