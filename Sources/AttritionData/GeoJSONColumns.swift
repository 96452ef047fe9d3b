import AttritionSDK

/// The columns being collected from GeoJSON features: the properties (collected as records are,
/// within the same limits), each feature's `id`, and its geometry.
struct GeoJSONColumns {
  /// The properties' columns: the union of their keys, in the order first seen.
  var properties: RecordColumns
  /// Each feature's `id` member, `.null` when it has none.
  var ids: [JSONCell] = []
  /// Whether any feature has an `id`.
  var hasIDs = false
  /// Each feature's geometry, nil for a `null` geometry.
  var geometries: [Geometry?] = []

  /// Collects the features of a file of `bytes` bytes.
  init(file: String, bytes: Int) {
    properties = RecordColumns(file: file, bytes: bytes)
  }

  /// The number of finished features.
  var count: Int { geometries.count }

  /// Sets property `key` of feature `number` (from 1); false when the feature already has that key.
  ///
  /// - Throws: the limit errors of ``RecordColumns/set(_:to:record:)``.
  mutating func set(_ key: String, to value: JSONCell, feature number: Int) throws(DataError) -> Bool {
    try properties.set(key, to: value, record: number)
  }

  /// Closes a feature, giving every property it lacks a missing cell.
  mutating func finish(geometry: Geometry?, id: JSONCell) throws(DataError) {
    try properties.finish(record: count + 1)
    if case .null = id {} else { hasIDs = true }
    ids.append(id)
    geometries.append(geometry)
  }

  /// The table: the `id` column when features have ids, the properties, then `geometry`.
  ///
  /// A property named like the `id` or `geometry` column is kept under its own name and the
  /// feature's member takes the name `feature_id` or `feature_geometry`, so no data is hidden.
  func table(
    file: String, types: [String: ColumnType], provenance: Provenance, summary: String?
  ) throws(DataError) -> Table {
    let positions = properties.positions
    for name in types.keys.sorted() where positions[name] == nil {
      throw .unknownColumn(file: file, column: name, available: properties.names)
    }
    var columns: [Column] = []
    if hasIDs {
      let name = positions["id"] == nil ? "id" : "feature_id"
      let data = try JSONColumnBuilder(name: name, file: file, cells: ids).build(as: nil)
      columns.append(Column(name: name, data: data, provenance: provenance))
    }
    for (name, cells) in zip(properties.names, properties.cells) {
      let data = try JSONColumnBuilder(name: name, file: file, cells: cells).build(as: types[name])
      columns.append(Column(name: name, data: data, provenance: provenance))
    }
    let geometryName = positions["geometry"] == nil ? "geometry" : "feature_geometry"
    columns.append(Column(name: geometryName, data: .geometry(geometries), provenance: provenance))
    do {
      return try Table(columns: columns, provenance: provenance, summary: summary)
    } catch {
      throw .invalidTable(file: file, reason: String(describing: error))
    }
  }
}
