import AttritionSDK

/// A frame of name bindings; inside a pipeline stage it also sees the current row's cells.
final class Scope {
  var variables: [String: Value] = [:]
  let parent: Scope?
  /// The table whose current row's cells are visible as names, and the row.
  var row: (table: Table, index: Int)?

  init(parent: Scope?) {
    self.parent = parent
  }

  func lookup(_ name: String) -> Value? {
    if let value = variables[name] { return value }
    if let (table, index) = row, let column = table.column(named: name) {
      return column.value(at: index)
    }
    return parent?.lookup(name)
  }

  /// Every name visible from here, for suggestions.
  var visibleNames: [String] {
    Array(variables.keys) + (row?.table.columnNames ?? []) + (parent?.visibleNames ?? [])
  }
}
