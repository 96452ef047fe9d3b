import AttritionSDK

/// A table of map features (as `load` reads GeoJSON) with its geometry column.
struct MapTable {
  /// The table.
  var table: Table
  /// The position of the geometry column in the table's columns.
  let geometryIndex: Int
  /// The geometries, nil for features without one.
  let geometries: [Geometry?]

  /// The map an argument names: a table with a geometry column, that column itself, or the name
  /// of a dataset of the session.
  init(_ arguments: FunctionArguments, _ index: Int) throws {
    let table: Table
    switch try arguments.value(index) {
    case .table(let value):
      table = value
    case .column(let column):
      table = try Table(columns: [column], provenance: column.provenance)
    case .string(let name):
      table = try arguments.referenceTable(name)
    case let other:
      throw arguments.wrongType(index, expected: "a table of map features (load a .geojson file)", found: other)
    }
    guard let position = table.columns.firstIndex(where: { $0.data.typeName == "geometry" }),
      case .geometry(let cells) = table.columns[position].data
    else {
      let columns = table.columns.map { "\($0.name) (\($0.data.typeName))" }.joined(separator: ", ")
      throw ModuleError(
        "no_geometry_column", "'\(arguments.functionName)': the table has no geometry column",
        notes: [
          "a table of map features comes from load(\"map.geojson\"); columns: \(columns.isEmpty ? "none" : columns)"
        ])
    }
    self.table = table
    geometryIndex = position
    geometries = cells
  }

  /// The sources of the map: the table's and its geometry column's.
  var provenance: Provenance {
    table.provenance.union(table.columns[geometryIndex].provenance)
  }

  /// What the table is, for messages: its summary (the file name) or "the table".
  var name: String {
    table.summary.map { "'\($0)'" } ?? "the table"
  }
}
