extension Table {
  /// The first `count` rows.
  public func prefix(_ count: Int) -> Table {
    gathering(0..<Swift.min(Swift.max(0, count), rowCount))
  }

  /// The rows ordered by the keys, stable; missing cells come last whatever the direction.
  ///
  /// - Throws: ``TableError/unknownColumn(_:available:)`` for a key the table lacks.
  public func sorted(by keys: [(column: String, descending: Bool)]) throws(TableError) -> Table {
    var keyColumns: [(Column, Bool)] = []
    for key in keys {
      guard let column = column(named: key.column) else { throw .unknownColumn(key.column, available: columnNames) }
      keyColumns.append((column, key.descending))
    }
    let order = Array(0..<rowCount).sorted { left, right in
      for (column, descending) in keyColumns {
        let comparison = column.compareCells(left, right)
        if comparison != 0 {
          let missingFirst = column.isMissing(left) || column.isMissing(right)
          return missingFirst || !descending ? comparison < 0 : comparison > 0
        }
      }
      return left < right
    }
    return gathering(order)
  }
}

extension Column {
  /// Compares two cells of this column: negative, zero or positive; missing cells sort after all others.
  public func compareCells(_ left: Int, _ right: Int) -> Int {
    switch (isMissing(left), isMissing(right)) {
    case (true, true): return 0
    case (true, false): return 1
    case (false, true): return -1
    case (false, false): break
    }
    switch data {
    case .integer(let cells): return Column.order(cells[left], cells[right])
    case .number(let cells, _): return Column.order(cells[left], cells[right])
    case .day(let cells): return Column.order(cells[left], cells[right])
    case .string(let column): return Column.order(column[left], column[right])
    case .bool(let cells): return Column.order(cells[left].map { $0 ? 1 : 0 }, cells[right].map { $0 ? 1 : 0 })
    case .estimate(let cells): return Column.order(cells[left]?.value, cells[right]?.value)
    case .geometry(let cells): return Column.order(cells[left]?.description, cells[right]?.description)
    }
  }

  private static func order<T: Comparable>(_ left: T?, _ right: T?) -> Int {
    guard let left, let right else { return 0 }
    return left < right ? -1 : (left == right ? 0 : 1)
  }
}
