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
  public func grouped(by keys: [String], aggregates: [AggregateSpec]) throws(TableError) -> Table {
    var keyColumns: [Column] = []
    for key in keys {
      guard let column = column(named: key) else { throw .unknownColumn(key, available: columnNames) }
      keyColumns.append(column)
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
    let results = groups.map { source.aggregate(spec.function, rows: $0) }
    let data: ColumnData
    switch (source.data, spec.function) {
    case (_, .count), (.integer, .sum), (.integer, .min), (.integer, .max):
      // A sum past Int64's range stays a number rather than trapping.
      let integers = results.map { $0.flatMap { Int64(exactly: $0.value) } }
      let fits = zip(results, integers).allSatisfy { ($0 == nil) == ($1 == nil) }
      data = fits ? .integer(integers) : .number(results.map { $0?.value }, unit: source.unit)
    case (.estimate, _):
      data = .estimate(results)
    default:
      data = .number(results.map { $0?.value }, unit: source.unit)
    }
    return Column(name: spec.outputName, data: data, provenance: source.provenance)
  }
}
