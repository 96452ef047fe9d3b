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
    // One concrete array, so the loops below are specialised rather than generic across modules.
    let indices = indices as? [Int] ?? Array(indices)
    switch self {
    case .integer(let cells): return .integer(ColumnData.gather(cells, indices))
    case .number(let cells, let unit): return .number(ColumnData.gather(cells, indices), unit: unit)
    case .day(let cells): return .day(ColumnData.gather(cells, indices))
    case .string(let column):
      return .string(StringColumn(dictionary: column.dictionary, codes: ColumnData.gather(column.codes, indices)))
    case .bool(let cells): return .bool(ColumnData.gather(cells, indices))
    case .estimate(let cells): return .estimate(ColumnData.gather(cells, indices))
    case .geometry(let cells): return .geometry(ColumnData.gather(cells, indices))
    }
  }

  /// `indices.map { cells[$0] }` over buffers.
  @inlinable
  static func gather<Element>(_ cells: [Element], _ indices: [Int]) -> [Element] {
    cells.withUnsafeBufferPointer { cells in
      indices.withUnsafeBufferPointer { indices in
        [Element](unsafeUninitializedCapacity: indices.count) { buffer, count in
          for (position, index) in indices.enumerated() {
            precondition(index >= 0 && index < cells.count, "row out of range")
            buffer.initializeElement(at: position, to: cells[index])
          }
          count = indices.count
        }
      }
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
    StringColumn(dictionary: dictionary, codes: ColumnData.gather(codes, indices as? [Int] ?? Array(indices)))
  }
}
