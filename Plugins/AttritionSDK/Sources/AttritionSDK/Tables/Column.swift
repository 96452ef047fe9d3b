/// A named, typed column of a ``Table``.
public struct Column: Sendable {
  /// The column's name.
  public var name: String
  /// The column's cells.
  public var data: ColumnData
  /// The sources the column's figures rest on.
  public var provenance: Provenance

  /// Creates a column.
  public init(name: String, data: ColumnData, provenance: Provenance = .none) {
    self.name = name
    self.data = data
    self.provenance = provenance
  }

  /// The number of cells.
  public var count: Int { data.count }

  /// The unit of a number column's cells, or the empty unit.
  public var unit: Unit {
    switch data {
    case .number(_, let unit): return unit
    case .estimate(let cells): return cells.lazy.compactMap { $0?.unit }.first ?? .none
    default: return .none
    }
  }

  /// One cell as a language value; numbers become exact estimates carrying the column's sources.
  public func value(at row: Int) -> Value {
    switch data {
    case .integer(let cells):
      return cells[row].map { .estimate(.exact(Double($0), provenance: provenance)) } ?? .null
    case .number(let cells, let unit):
      return cells[row].map { .estimate(.exact($0, unit: unit, provenance: provenance)) } ?? .null
    case .day(let cells):
      return cells[row].map { .day($0) } ?? .null
    case .string(let column):
      return column[row].map { .string($0) } ?? .null
    case .bool(let cells):
      return cells[row].map { .bool($0) } ?? .null
    case .estimate(let cells):
      return cells[row].map { .estimate($0) } ?? .null
    case .geometry(let cells):
      // The language has no geometry values; a cell reads as its description, the column stays whole.
      return cells[row].map { .string($0.description) } ?? .null
    }
  }

  /// The numeric cells as doubles (nil where missing or not numeric), for aggregates.
  public var numbers: [Double?]? {
    switch data {
    case .integer(let cells): cells.map { $0.map(Double.init) }
    case .number(let cells, _): cells
    case .estimate(let cells): cells.map { $0?.value }
    case .day, .string, .bool, .geometry: nil
    }
  }
}
