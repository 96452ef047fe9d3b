extension FunctionArguments {
  /// The argument as an estimate.
  public func estimate(_ index: Int) throws(ArgumentError) -> Estimate {
    let value = try value(index)
    guard case .estimate(let estimate) = value else { throw wrongType(index, expected: "a number", found: value) }
    return estimate
  }

  /// The argument as a string.
  public func string(_ index: Int) throws(ArgumentError) -> String {
    let value = try value(index)
    guard case .string(let text) = value else { throw wrongType(index, expected: "a string", found: value) }
    return text
  }

  /// The argument as a bool.
  public func bool(_ index: Int) throws(ArgumentError) -> Bool {
    let value = try value(index)
    guard case .bool(let flag) = value else { throw wrongType(index, expected: "a bool", found: value) }
    return flag
  }

  /// The argument as a day.
  public func day(_ index: Int) throws(ArgumentError) -> Day {
    let value = try value(index)
    guard case .day(let day) = value else { throw wrongType(index, expected: "a day", found: value) }
    return day
  }

  /// The argument as a period.
  public func period(_ index: Int) throws(ArgumentError) -> Period {
    let value = try value(index)
    guard case .period(let period) = value else { throw wrongType(index, expected: "a period", found: value) }
    return period
  }

  /// The argument as a table.
  public func table(_ index: Int) throws(ArgumentError) -> Table {
    let value = try value(index)
    guard case .table(let table) = value else { throw wrongType(index, expected: "a table", found: value) }
    return table
  }

  /// The argument as a list.
  public func list(_ index: Int) throws(ArgumentError) -> [Value] {
    let value = try value(index)
    guard case .list(let elements) = value else { throw wrongType(index, expected: "a list", found: value) }
    return elements
  }

  /// The column of `table` named by the string argument `index`, with the table's sources.
  public func column(_ index: Int, of table: Table) throws(ArgumentError) -> Column {
    let name = try string(index)
    guard var column = table.column(named: name) else {
      throw invalid(index, "no column '\(name)'; columns: \(table.columnNames.joined(separator: ", "))")
    }
    column.provenance = table.provenance.union(column.provenance)
    return column
  }
}
