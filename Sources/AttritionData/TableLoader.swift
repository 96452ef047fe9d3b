import AttritionSDK

/// Loads a data file into a ``Table``, choosing the reader by the file's extension.
///
/// `.csv` is read by ``CSVReader``, `.tsv` by ``CSVReader`` with a tab delimiter, `.geojson` by
/// ``GeoJSONReader``, `.jsonl` and `.ndjson` by ``JSONLinesReader``, and `.json` by
/// ``JSONRecordsReader``, unless its top level is a GeoJSON
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
    /// JSON lines: one JSON object per line (`.jsonl`, `.ndjson`).
    case jsonl
  }

  /// The format a path's extension names, or nil when it names none.
  public static func format(ofPath path: String) -> Format? {
    let name = fileExtension(of: path).lowercased()
    return name == "ndjson" ? .jsonl : Format(rawValue: name)
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
    try load(path: path, options: LoadOptions(types: types))
  }

  /// Loads the file at `path` as `options` say: type overrides, a CSV delimiter and header, the
  /// columns to read, and a progress line on a terminal.
  ///
  /// - Throws: ``DataError``, as ``load(path:types:)`` does, and ``DataError/emptyFile(path:)``
  ///   for a file without a single byte.
  public static func load(path: String, options: LoadOptions) throws(DataError) -> Table {
    let types = options.types
    let source = Source(citation: path)
    let provenance = Provenance(sources: [source])
    let summary = fileName(of: path)
    let format = options.format ?? format(ofPath: path)
    if format == .csv || format == .tsv {
      let bytes = try ByteSource(path: path)
      bytes.cancellation = options.cancellation
      if bytes.expectedSize == 0 { throw .emptyFile(path: path) }
      var csv = CSVOptions(delimiter: format == .tsv ? "\t" : ",", hasHeader: options.hasHeader, types: types)
      if let delimiter = options.delimiter { csv.delimiter = delimiter }
      let progress = options.showsProgress ? LoadProgress(label: summary) : nil
      return try CSVReader(options: csv).read(
        bytes, provenance: provenance, summary: summary, columns: options.columns, progress: progress)
    }
    guard let format else {
      // A missing file, a folder or a device is the clearer error; only then the extension.
      try FileContents.requireRegularFile(path)
      throw .unsupportedFormat(path: path, fileExtension: fileExtension(of: path))
    }
    let progress = options.showsProgress ? LoadProgress(label: summary) : nil
    return try FileContents.withBytes(ofPath: path) { (bytes) throws(DataError) -> Table in
      if bytes.isEmpty { throw .emptyFile(path: path) }
      switch format {
      case .csv, .tsv:
        preconditionFailure("read above")
      case .json where GeoJSONReader.isGeoJSON(bytes), .geojson:
        let reader = GeoJSONReader(types: types, cancellation: options.cancellation)
        return try reader.read(bytes, file: path, provenance: provenance, summary: summary, progress: progress)
      case .json:
        let reader = JSONRecordsReader(types: types, cancellation: options.cancellation)
        return try reader.read(bytes, file: path, provenance: provenance, summary: summary, progress: progress)
      case .jsonl:
        let reader = JSONLinesReader(types: types, cancellation: options.cancellation)
        return try reader.read(bytes, file: path, provenance: provenance, summary: summary, progress: progress)
      }
    }
  }

  /// Reads a CSV or TSV file block by block, handing each block's rows to `each` as a table, so
  /// a file far larger than memory can be filtered and aggregated; `restart` is called when a
  /// column's type had to be widened and the file is read again from the start. Returns false,
  /// reading nothing, for other formats.
  ///
  /// - Throws: ``DataError`` for a bad file, or what `each` throws.
  public static func stream(
    path: String, options: LoadOptions, restart: () -> Void, each: (Table) throws -> Void
  ) throws -> Bool {
    let format = options.format ?? format(ofPath: path)
    guard format == .csv || format == .tsv else { return false }
    let source = Source(citation: path)
    let provenance = Provenance(sources: [source])
    let bytes = try ByteSource(path: path)
    bytes.cancellation = options.cancellation
    if bytes.expectedSize == 0 { throw DataError.emptyFile(path: path) }
    var csv = CSVOptions(delimiter: format == .tsv ? "\t" : ",", hasHeader: options.hasHeader, types: options.types)
    if let delimiter = options.delimiter { csv.delimiter = delimiter }
    let progress = options.showsProgress ? LoadProgress(label: fileName(of: path)) : nil
    let reader = CSVReader(options: csv)
    try withoutActuallyEscaping(each) { each in
      _ = try reader.read(
        bytes, provenance: provenance, summary: fileName(of: path), columns: options.columns, progress: progress,
        sink: each, restart: restart)
    }
    return true
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
