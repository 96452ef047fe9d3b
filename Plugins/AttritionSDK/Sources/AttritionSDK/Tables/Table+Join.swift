extension Table {
  /// Pairs each row with every row of `other` whose key cells equal its own, in this table's
  /// row order and then `other`'s; with `keepingUnmatched` (a left join) a row without a match
  /// stays once, with missing cells from `other`.
  ///
  /// The result has this table's columns, then `other`'s columns but the keys; a name both
  /// tables use gets the suffix `_2` on `other`'s side. Missing key cells match nothing.
  ///
  /// - Throws: ``TableError/unknownColumn(_:available:)`` for a key either table lacks.
  public func joined(with other: Table, on keys: [String], keepingUnmatched: Bool = false) throws(TableError) -> Table {
    var leftKeys: [Column] = []
    var rightKeys: [Column] = []
    for key in keys {
      guard let left = column(named: key) else { throw .unknownColumn(key, available: columnNames) }
      guard let right = other.column(named: key) else { throw .unknownColumn(key, available: other.columnNames) }
      leftKeys.append(left)
      rightKeys.append(right)
    }
    // Rows of `other` by key; keys are typed cells, so strings from different dictionaries meet.
    var rowsOfKey: [[GroupKeyCell]: [Int]] = [:]
    let (rightGroups, rightFirst) = GroupAccumulator.localGroups(rightKeys, rows: other.rowCount)
    var rowsOfGroup = [[Int]](repeating: [], count: other.rowCount == 0 ? 0 : rightFirst.count)
    for (row, group) in rightGroups.enumerated() where other.rowCount > 0 { rowsOfGroup[Int(group)].append(row) }
    for (group, row) in rightFirst.enumerated() where other.rowCount > 0 {
      let key = rightKeys.map { GroupKeyCell.of($0.data, row: row) ?? .missing }
      if key.contains(.missing) { continue }
      rowsOfKey[key] = rowsOfGroup[group]
    }
    var leftRows: [Int] = []
    var rightRows: [Int] = []
    if rowCount > 0 {
      let (leftGroups, leftFirst) = GroupAccumulator.localGroups(leftKeys, rows: rowCount)
      let matches: [[Int]?] = leftFirst.map { row in
        rowsOfKey[leftKeys.map { GroupKeyCell.of($0.data, row: row) ?? .missing }]
      }
      for (row, group) in leftGroups.enumerated() {
        if let partners = matches[Int(group)] {
          for partner in partners {
            leftRows.append(row)
            rightRows.append(partner)
          }
        } else if keepingUnmatched {
          leftRows.append(row)
          rightRows.append(-1)
        }
      }
    }
    var result = gathering(leftRows)
    let taken = Set(columnNames)
    for column in other.columns where !keys.contains(column.name) {
      var name = column.name
      var suffix = 2
      while taken.contains(name) || result.column(named: name) != nil {
        name = "\(column.name)_\(suffix)"
        suffix += 1
      }
      result.columns.append(
        Column(name: name, data: column.data.gathering(orMissing: rightRows), provenance: column.provenance))
    }
    result.provenance = provenance.union(other.provenance)
    return result
  }
}

extension ColumnData {
  /// The cells at `indices`, in that order; an index of -1 gives a missing cell.
  public func gathering(orMissing indices: [Int]) -> ColumnData {
    switch self {
    case .integer(let cells): .integer(indices.map { $0 < 0 ? nil : cells[$0] })
    case .number(let cells, let unit): .number(indices.map { $0 < 0 ? nil : cells[$0] }, unit: unit)
    case .day(let cells): .day(indices.map { $0 < 0 ? nil : cells[$0] })
    case .string(let column):
      .string(StringColumn(dictionary: column.dictionary, codes: indices.map { $0 < 0 ? -1 : column.codes[$0] }))
    case .bool(let cells): .bool(indices.map { $0 < 0 ? nil : cells[$0] })
    case .estimate(let cells): .estimate(indices.map { $0 < 0 ? nil : cells[$0] })
    case .geometry(let cells): .geometry(indices.map { $0 < 0 ? nil : cells[$0] })
    }
  }
}
