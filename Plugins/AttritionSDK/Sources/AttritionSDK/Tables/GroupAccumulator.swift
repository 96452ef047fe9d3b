/// Groups the rows of one table, or of many tables read one after another (the blocks of a large
/// file), by key columns, keeping per group only running sums, counts and extremes.
///
/// Rows are grouped by typed key codes in arrays, not by boxed values; each table's groups are
/// then merged into the running ones by key, so string dictionaries may differ between tables.
/// ``result()`` gives the table ``Table/grouped(by:aggregates:)`` gives: one row per key, in
/// ascending key order (missing last), with integer sums, minima, maxima and counts exact.
///
/// ```swift
/// var groups = try GroupAccumulator(keys: ["category"], aggregates: [AggregateSpec(function: .sum, column: "count", outputName: "total")])
/// for block in blocks { try groups.add(block) }
/// let totals = try groups.result()
/// ```
public struct GroupAccumulator: Sendable {
  /// The key columns.
  public let keys: [String]
  /// The aggregates computed per group.
  public let aggregates: [AggregateSpec]

  private var groupOfKey: [[GroupKeyCell]: Int] = [:]
  private var groupKeys: [[GroupKeyCell]] = []
  private var states: [AggregateState]
  private var keyTemplates: [Column] = []
  private var sourceTemplates: [Column?] = []
  private var provenance: Provenance = .none
  private var summary: String?
  private var sawTable = false

  /// An accumulator with no rows yet.
  public init(keys: [String], aggregates: [AggregateSpec]) {
    self.keys = keys
    self.aggregates = aggregates
    states = aggregates.map { _ in AggregateState() }
    if keys.isEmpty {
      groupOfKey[[]] = 0
      groupKeys = [[]]
      for index in states.indices { states[index].addGroup() }
    }
  }

  /// Whether tables of this shape can be grouped here (no estimate or geometry keys, no
  /// estimate aggregates); the others are grouped cell by cell.
  public static func supports(_ table: Table, keys: [String], aggregates: [AggregateSpec]) -> Bool {
    for key in keys {
      switch table.column(named: key)?.data {
      case .estimate?, .geometry?: return false
      default: continue
      }
    }
    for spec in aggregates {
      if let name = spec.column, case .estimate? = table.column(named: name)?.data { return false }
    }
    return true
  }

  /// Adds the rows of a table.
  ///
  /// - Throws: ``TableError/unknownColumn(_:available:)`` for a key or aggregated column it lacks.
  public mutating func add(_ table: Table) throws(TableError) {
    var keyColumns: [Column] = []
    for key in keys {
      guard let column = table.column(named: key) else { throw .unknownColumn(key, available: table.columnNames) }
      keyColumns.append(column)
    }
    var sources: [Column?] = []
    for spec in aggregates {
      guard let name = spec.column else {
        sources.append(nil)
        continue
      }
      guard let column = table.column(named: name) else { throw .unknownColumn(name, available: table.columnNames) }
      sources.append(column)
    }
    if !sawTable {
      sawTable = true
      keyTemplates = keyColumns
      sourceTemplates = sources
      provenance = table.provenance
      summary = table.summary
    }
    let rows = table.rowCount
    guard rows > 0 else { return }
    let (localGroup, firstRows) = GroupAccumulator.localGroups(keyColumns, rows: rows)
    // The running group of each local group, found by key once per local group.
    var global = [Int](repeating: 0, count: firstRows.count)
    for (local, row) in firstRows.enumerated() {
      let key = keyColumns.map { GroupKeyCell.of($0.data, row: row) ?? .missing }
      if let group = groupOfKey[key] {
        global[local] = group
      } else {
        let group = groupKeys.count
        groupOfKey[key] = group
        groupKeys.append(key)
        for index in states.indices { states[index].addGroup() }
        global[local] = group
      }
    }
    let mapped = localGroup.map { global[Int($0)] }
    for (index, spec) in aggregates.enumerated() {
      states[index].add(spec, sources[index]?.data, groups: mapped)
    }
  }

  /// Each row's group within one table (numbered from 0 in order of first appearance) and each
  /// group's first row.
  public static func localGroups(_ keyColumns: [Column], rows: Int) -> (groups: [Int32], firstRows: [Int]) {
    if keyColumns.isEmpty { return ([Int32](repeating: 0, count: rows), [0]) }
    let limit = 1 << 20
    var dense: [DenseKeyCodes] = []
    var cardinality = 1
    for column in keyColumns {
      guard let codes = DenseKeyCodes(column.data, limit: limit), cardinality * codes.cardinality <= limit * 4 else {
        break
      }
      cardinality *= codes.cardinality
      dense.append(codes)
    }
    var groups = [Int32](repeating: 0, count: rows)
    var firstRows: [Int] = []
    if dense.count == keyColumns.count {
      var slot = [Int32](repeating: -1, count: cardinality)
      var combined = dense[0].codes
      for codes in dense.dropFirst() {
        let width = Int32(codes.cardinality)
        for row in 0..<rows { combined[row] = combined[row] &* width &+ codes.codes[row] }
      }
      for row in 0..<rows {
        let key = Int(combined[row])
        var group = slot[key]
        if group < 0 {
          group = Int32(firstRows.count)
          slot[key] = group
          firstRows.append(row)
        }
        groups[row] = group
      }
      return (groups, firstRows)
    }
    var groupOfKey: [[GroupKeyCell]: Int32] = [:]
    for row in 0..<rows {
      let key = keyColumns.map { GroupKeyCell.of($0.data, row: row) ?? .missing }
      if let group = groupOfKey[key] {
        groups[row] = group
      } else {
        let group = Int32(firstRows.count)
        groupOfKey[key] = group
        firstRows.append(row)
        groups[row] = group
      }
    }
    return (groups, firstRows)
  }

  /// The grouped table: key columns, then one column per aggregate, one row per key in
  /// ascending key order.
  ///
  /// - Throws: ``TableError/duplicateColumn(_:)`` when two result columns share a name.
  public func result() throws(TableError) -> Table {
    var columns: [Column] = []
    for (position, template) in keyTemplates.enumerated() {
      let data = GroupAccumulator.keyData(groupKeys.map { $0[position] }, like: template.data)
      columns.append(Column(name: template.name, data: data, provenance: template.provenance))
    }
    for (index, spec) in aggregates.enumerated() {
      let source = index < sourceTemplates.count ? sourceTemplates[index] : nil
      let data = states[index].result(spec, source?.data)
      columns.append(Column(name: spec.outputName, data: data, provenance: source?.provenance ?? provenance))
    }
    var table = try Table(columns: columns, provenance: provenance, summary: summary)
    if !keys.isEmpty {
      table = try table.sorted(by: keys.map { ($0, false) })
    }
    return table
  }

  /// A key column of the groups' key cells, typed as the tables' key column.
  static func keyData(_ cells: [GroupKeyCell], like template: ColumnData) -> ColumnData {
    switch template {
    case .integer:
      return .integer(cells.map { if case .integer(let value) = $0 { value } else { nil } })
    case .number(_, let unit):
      return .number(cells.map { if case .number(let bits) = $0 { Double(bitPattern: bits) } else { nil } }, unit: unit)
    case .day:
      return .day(cells.map { if case .day(let ordinal) = $0 { Day(ordinal: ordinal) } else { nil } })
    case .bool:
      return .bool(cells.map { if case .bool(let value) = $0 { value } else { nil } })
    case .string, .estimate, .geometry:
      return .string(StringColumn(cells.map { if case .string(let value) = $0 { value } else { nil } }))
    }
  }
}
