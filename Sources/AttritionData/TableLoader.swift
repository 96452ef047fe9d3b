import AttritionSDK

/// Loads a data file into a ``Table``, choosing the reader by the file's extension.
///
/// `.csv` is read by ``CSVReader``, `.tsv` by ``CSVReader`` with a tab delimiter, `.geojson` by
/// ``GeoJSONReader``, and `.json` by ``JSONRecordsReader``, unless its top level is a GeoJSON
/// object such as a FeatureCollection, which ``GeoJSONReader`` reads (extensions in any letter
/// case). The file is mapped into memory, not copied. The table's ``Table/summary`` is the file's
/// name, and the table and each column rest on one ``Source`` whose citation is the path as given.
///
/// ```swift
/// let gs = try TableLoader.load(path: "../shared/datasets/general-staff/russia_losses_equipment.json")
/// ```
public enum TableLoader {
  /// A format this library reads.
  public enum Format: String, CaseIterable, Hashable, Sendable {
    /// Comma-separated values (`.csv`).
    case csv
    /// Tab-separated values (`.tsv`).
    case tsv
    /// A JSON array of records, or a GeoJSON object (`.json`).
    case json
    /// GeoJSON: a FeatureCollection, a Feature or a geometry (`.geojson`).
    case geojson
  }

  /// The format a path's extension names, or nil when it names none.
  public static func format(ofPath path: String) -> Format? {
    Format(rawValue: fileExtension(of: path).lowercased())
  }

  /// Loads the file at `path`, inferring every column's type.
  ///
  /// - Throws: ``DataError`` when the file is missing, a directory, unreadable, not UTF-8, of an
  ///   unsupported type, or malformed.
  public static func load(path: String) throws(DataError) -> Table {
    try load(path: path, types: [:])
  }

  /// Loads the file at `path`, forcing `types` on the named columns and inferring the others.
  ///
  /// - Throws: ``DataError``, as ``load(path:)`` does, and when a named column is missing or one of
  ///   its cells is not of the type forced on it.
  public static func load(path: String, types: [String: ColumnType]) throws(DataError) -> Table {
    let source = Source(citation: path)
    let provenance = Provenance(sources: [source])
    let summary = fileName(of: path)
    return try MappedFile.withBytes(ofPath: path) { (bytes) throws(DataError) -> Table in
      switch format(ofPath: path) {
      case .csv:
        let reader = CSVReader(options: CSVOptions(types: types))
        return try reader.read(bytes, file: path, provenance: provenance, summary: summary)
      case .tsv:
        let reader = CSVReader(options: CSVOptions(delimiter: "\t", types: types))
        return try reader.read(bytes, file: path, provenance: provenance, summary: summary)
      case .json where GeoJSONReader.isGeoJSON(bytes), .geojson:
        let reader = GeoJSONReader(types: types)
        return try reader.read(bytes, file: path, provenance: provenance, summary: summary)
      case .json:
        let reader = JSONRecordsReader(types: types)
        return try reader.read(bytes, file: path, provenance: provenance, summary: summary)
      case nil:
        throw .unsupportedFormat(path: path, fileExtension: fileExtension(of: path))
      }
    }
  }

  /// The last component of a path.
  static func fileName(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    return String(trimmed.split(separator: "/", omittingEmptySubsequences: true).last ?? trimmed)
  }

  /// The text after the last dot of a path's file name; empty when there is none (or the name
  /// only starts with a dot, as `.csv` does).
  static func fileExtension(of path: String) -> String {
    let name = fileName(of: path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...])
  }
}
