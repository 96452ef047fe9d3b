import AttritionSDK

/// Reads GeoJSON (RFC 7946) into a ``Table`` with one row per feature.
///
/// A FeatureCollection gives one row per feature; a bare Feature or geometry gives one row. The
/// columns are the union of the features' property keys in the order first seen, typed as the
/// ``JSONRecordsReader`` types JSON values; an `id` column when features have ids; and a
/// `geometry` column (``ColumnData/geometry(_:)``) with each feature's geometry, nil for `null`.
///
/// Polygons and MultiPolygons keep all their rings (the first the outer boundary, the rest holes);
/// a GeometryCollection keeps the polygons and points of its members, flattened. Positions are
/// longitude and latitude in degrees on WGS84 (a third number, the altitude, is ignored).
///
/// The reader rejects, with the line and column: text that is not a GeoJSON object; a ring with
/// fewer than 4 positions; a ring whose last position differs from its first; a coordinate that
/// is not a finite number; and a latitude outside ±90° (the usual sign that the coordinates are
/// in a projected reference system, which RFC 7946 no longer allows).
///
/// ```swift
/// let map = try GeoJSONReader().read(#"{"type": "Point", "coordinates": [30.5, 50.45]}"#, file: "kyiv.geojson")
/// ```
public struct GeoJSONReader: TableReader {
  /// Types forced on property columns, by key, instead of the ones the values imply.
  public var types: [String: ColumnType]
  /// Polled between features and positions, so a long read can be stopped (Ctrl-C in the REPL).
  public var cancellation: LoadCancellation?

  /// Creates a reader.
  public init(types: [String: ColumnType] = [:], cancellation: LoadCancellation? = nil) {
    self.types = types
    self.cancellation = cancellation
  }

  /// Reads UTF-8 bytes; `file` names the text in error messages.
  ///
  /// - Throws: ``DataError`` for invalid UTF-8, malformed JSON, JSON that is not GeoJSON, broken
  ///   rings, bad positions, a property given twice in one feature, or a type override a value
  ///   does not satisfy.
  public func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String = "<input>") throws(DataError) -> Table {
    try read(bytes, file: file, provenance: .none, summary: nil)
  }

  /// Whether UTF-8 bytes hold a GeoJSON object (the top-level object's `type` is a GeoJSON type),
  /// judged without parsing them.
  public static func isGeoJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    GeoJSONSniffer.isGeoJSON(bytes)
  }

  /// Reads bytes into a table whose columns and whole carry `provenance`, showing `progress`.
  func read(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, provenance: Provenance, summary: String?,
    progress: LoadProgress? = nil
  ) throws(DataError) -> Table {
    try UTF8Text.requireValid(bytes, file: file)
    var parser = GeoJSONParser(
      bytes: bytes, file: file,
      poll: ReadPoll(cancellation: cancellation, progress: progress, file: file, total: bytes.count))
    defer { parser.poll.finish(rows: parser.columns.count) }
    try parser.parseDocument()
    return try parser.columns.table(file: file, types: types, provenance: provenance, summary: summary)
  }
}
