/// One aggregate of a grouping: which function, over which column, named how in the result.
public struct AggregateSpec: Sendable {
  /// The function.
  public var function: AggregateFunction
  /// The column it reads; nil counts rows.
  public var column: String?
  /// The name of the result column.
  public var outputName: String

  /// Creates an aggregate specification.
  public init(function: AggregateFunction, column: String?, outputName: String) {
    self.function = function
    self.column = column
    self.outputName = outputName
  }
}

extension Table {
  /// One row per distinct combination of the key columns, in ascending key order, with the
  /// aggregates computed over each group's rows.
  ///
  /// - Throws: ``TableError`` for an unknown column, or a result column named twice.
  /// Typed columns are grouped by ``GroupAccumulator`` in loops over their storage; estimate
  /// keys or aggregates go cell by cell, so bounds combine by interval arithmetic.
  public func grouped(by keys: [String], aggregates: [AggregateSpec]) throws(TableError) -> Table {
    var keyColumns: [Column] = []
    for key in keys {
      guard let column = column(named: key) else { throw .unknownColumn(key, available: columnNames) }
      keyColumns.append(column)
    }
    if GroupAccumulator.supports(self, keys: keys, aggregates: aggregates) {
      var accumulator = GroupAccumulator(keys: keys, aggregates: aggregates)
      try accumulator.add(self)
      return try accumulator.result()
    }
    var groupOfKey: [[String]: Int] = [:]
    var groups: [[Int]] = []
    for row in 0..<rowCount {
      let key = keyColumns.map { $0.isMissing(row) ? "\u{0}" : "\($0.value(at: row))" }
      if let group = groupOfKey[key] {
        groups[group].append(row)
      } else {
        groupOfKey[key] = groups.count
        groups.append([row])
      }
    }
    if keys.isEmpty {
      // No key: one group of every row, even of none, as SQL's aggregate without GROUP BY.
      let columns = try aggregates.map { spec throws(TableError) in
        try aggregateColumn(spec, groups: [Array(0..<rowCount)])
      }
      return try Table(columns: columns, provenance: provenance, summary: summary)
    }
    let firstRows = groups.map { $0[0] }
    let keyOnly = try Table(columns: keyColumns).gathering(firstRows)
    let permutation = try keyOnly.sortedPermutation(keys: keys)
    let sortedGroups = permutation.map { groups[$0] }
    var columns = keyOnly.gathering(permutation).columns
    for spec in aggregates {
      columns.append(try aggregateColumn(spec, groups: sortedGroups))
    }
    return try Table(columns: columns, provenance: provenance, summary: summary)
  }

  private func sortedPermutation(keys: [String]) throws(TableError) -> [Int] {
    var withIndex = self
    withIndex.columns.append(Column(name: "\u{0}row", data: .integer((0..<rowCount).map { Int64($0) })))
    let sorted = try withIndex.sorted(by: keys.map { ($0, false) })
    guard case .integer(let rows) = sorted.columns[sorted.columns.count - 1].data else { return [] }
    return rows.map { Int($0 ?? 0) }
  }

  private func aggregateColumn(_ spec: AggregateSpec, groups: [[Int]]) throws(TableError) -> Column {
    guard let name = spec.column else {
      return Column(name: spec.outputName, data: .integer(groups.map { Int64($0.count) }), provenance: provenance)
    }
    guard let source = column(named: name) else { throw .unknownColumn(name, available: columnNames) }
    if case .integer(let cells) = source.data, spec.function != .mean,
      let exact = Table.exactIntegers(spec.function, cells, groups)
    {
      return Column(name: spec.outputName, data: .integer(exact), provenance: source.provenance)
    }
    let results = groups.map { source.aggregate(spec.function, rows: $0) }
    let data: ColumnData
    switch (source.data, spec.function) {
    case (_, .count):
      data = .integer(results.map { $0.map { Int64($0.value) } })
    case (.estimate, _):
      data = .estimate(results)
    default:
      data = .number(results.map { $0?.value }, unit: source.unit)
    }
    return Column(name: spec.outputName, data: data, provenance: source.provenance)
  }

  /// Sum, min, max or count of integer cells per group in integer arithmetic, so values past 2^53
  /// stay exact; nil when a sum overflows Int64 (the caller falls back to doubles).
  static func exactIntegers(_ function: AggregateFunction, _ cells: [Int64?], _ groups: [[Int]]) -> [Int64?]? {
    var results: [Int64?] = []
    for group in groups {
      let values = group.compactMap { cells[$0] }
      switch function {
      case .count: results.append(Int64(values.count))
      case .min: results.append(values.min())
      case .max: results.append(values.max())
      case .sum:
        var total: Int64 = 0
        for value in values {
          let (sum, overflow) = total.addingReportingOverflow(value)
          if overflow { return nil }
          total = sum
        }
        results.append(total)
      case .mean: return nil
      }
    }
    return results
  }
}
