/// A columnar table: named, typed columns of equal length, with the sources of its rows.
public struct Table: Sendable {
  /// The columns, in display order.
  public internal(set) var columns: [Column]
  /// The sources the table as a whole rests on (a file, a publication).
  public var provenance: Provenance
  /// A one-line description, e.g. the file it was read from.
  public var summary: String?

  /// Creates a table.
  ///
  /// - Throws: ``TableError`` when columns differ in length or share a name.
  public init(columns: [Column], provenance: Provenance = .none, summary: String? = nil) throws(TableError) {
    if let first = columns.first, let odd = columns.first(where: { $0.count != first.count }) {
      throw .columnLengthMismatch(column: odd.name, expected: first.count, found: odd.count)
    }
    var seen: Set<String> = []
    for column in columns where !seen.insert(column.name).inserted {
      throw .duplicateColumn(column.name)
    }
    self.columns = columns
    self.provenance = provenance
    self.summary = summary
  }

  /// The number of rows.
  public var rowCount: Int { columns.first?.count ?? 0 }

  /// The column names, in order.
  public var columnNames: [String] { columns.map(\.name) }

  /// The column with a name, or nil.
  public func column(named name: String) -> Column? {
    columns.first { $0.name == name }
  }

  /// The rows at `indices`, in that order.
  public func gathering(_ indices: some Collection<Int>) -> Table {
    var copy = self
    copy.columns = columns.map { Column(name: $0.name, data: $0.data.gathering(indices), provenance: $0.provenance) }
    return copy
  }

  /// The named columns only, in the order given.
  ///
  /// - Throws: ``TableError/unknownColumn(_:available:)`` for a name the table lacks.
  public func selecting(_ names: [String]) throws(TableError) -> Table {
    var copy = self
    copy.columns = []
    for name in names {
      guard let column = column(named: name) else { throw .unknownColumn(name, available: columnNames) }
      copy.columns.append(column)
    }
    return copy
  }
}

/// Why a table could not be built or queried.
public enum TableError: Error, Hashable, Sendable {
  /// A column's length differs from the first column's.
  case columnLengthMismatch(column: String, expected: Int, found: Int)
  /// Two columns share a name.
  case duplicateColumn(String)
  /// No column has this name.
  case unknownColumn(String, available: [String])
}

extension Table {
  /// The same table resting on `source` alone, for the table and each of its columns.
  public func citing(only source: Source) -> Table {
    var copy = self
    let provenance = Provenance(sources: [source])
    copy.provenance = provenance
    copy.columns = columns.map { Column(name: $0.name, data: $0.data, provenance: provenance) }
    return copy
  }
}
