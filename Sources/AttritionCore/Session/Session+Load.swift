import AttritionData
import AttritionLanguage
import AttritionSDK
import Foundation

extension Session {
  /// The functions the session adds to the language, built once (see ``hostFunctions``).
  func makeHostFunctions() -> [String: FunctionDescriptor] {
    [
      "load": FunctionDescriptor(
        name: "load",
        summary: "Reads a table from a CSV, TSV, JSON-records, JSON-lines or GeoJSON file, or a public dataset.",
        discussion: """
          A relative path resolves against the running script's folder (the working directory in the REPL). \
          `load(dataset: NAME)` reads a public dataset (`attrition data list`) from the data path: each \
          --data-dir, then ATTRITION_DATA, then the cache `attrition data pull` fills. With `as: NAME` the \
          table is also registered in the session's datasets under that name.
          """,
        parameters: [
          ParameterDescriptor(
            "path", .string, "a .csv, .tsv, .json, .jsonl (.ndjson) or .geojson file", isOptional: true),
          ParameterDescriptor(
            "dataset", .string, "a public dataset, e.g. 'general-staff/russia_losses_equipment.json'",
            isOptional: true),
          ParameterDescriptor("as", .string, "the name to register the table under", isOptional: true),
          ParameterDescriptor(
            "delimiter", .string, "the CSV field separator: one ASCII character (',' or a tab by default)",
            isOptional: true),
          ParameterDescriptor(
            "header", .bool, "whether the first CSV record names the columns (true)", isOptional: true),
          ParameterDescriptor(
            "types", .string, "types forced on columns instead of inferred: 'code: string, n: number'",
            isOptional: true),
        ],
        returns: "table"
      ) { [unowned self] arguments in
        .table(try self.load(arguments))
      },
      "save": FunctionDescriptor(
        name: "save", summary: "Writes a table to a CSV, TSV, JSON-lines or Markdown file, replacing it atomically.",
        discussion: """
          The format is `format:` ('csv', 'tsv', 'jsonl' or 'markdown') or the file's extension (.csv, .tsv, \
          .jsonl, .ndjson, .md). A relative path resolves as load's does. The table is written to a temporary \
          file that is renamed over the target, so a failed write leaves the old file as it was. Returns the \
          number of rows written.
          """,
        parameters: [
          ParameterDescriptor("table", .table, "the table to write"),
          ParameterDescriptor("path", .string, "the file to write"),
          ParameterDescriptor("format", .string, "csv, tsv, jsonl or markdown", isOptional: true),
        ],
        returns: "number (rows written)"
      ) { [unowned self] arguments in
        let table = try arguments.table(0)
        let path = try arguments.string(1)
        var format: TableWriter.Format?
        if arguments.optional(2) != nil {
          let name = try arguments.string(2)
          guard let named = TableWriter.Format(rawValue: name) else {
            throw arguments.invalid(2, "'\(name)' is not a format: use csv, tsv, jsonl or markdown")
          }
          format = named
        }
        // Resolving drops a final '/', so the folder check needs the path as written.
        try TableWriter.checkNamesAFile(path)
        try TableWriter.write(table, to: self.confinedPath(path), format: format)
        return .estimate(.exact(Double(table.rowCount)))
      },
    ]
  }

  /// Streams a CSV or TSV file for a pipeline that starts with `load(path)`: the evaluator asks
  /// for the columns its stages use and folds the blocks as they come (see ``TableLoader/stream``).
  public func streamTable(
    path: String, columns: Set<String>, restart: () -> Void, each: (Table) throws -> Void
  ) throws -> Bool {
    let resolved = try confinedPath(path)
    var options = LoadOptions(columns: columns)
    options.cancellation = loadCancellation
    return try TableLoader.stream(path: resolved, options: options, restart: restart, each: each)
  }

  /// Stops a load when ``cancellationRequested`` is set (Ctrl-C in the REPL).
  var loadCancellation: LoadCancellation {
    LoadCancellation { [unowned self] in self.cancellationRequested }
  }

  /// `load(path)`, `load(dataset: NAME)`, either with `as: NAME`.
  private func load(_ arguments: FunctionArguments) throws -> Table {
    let path = try arguments.optional(0).map { _ in try arguments.string(0) }
    let datasetName = try arguments.optional(1).map { _ in try arguments.string(1) }
    let registeredName = try arguments.optional(2).map { _ in try arguments.string(2) }
    if let registeredName, !Session.isName(registeredName) {
      throw arguments.invalid(
        2, "'\(registeredName)' is not a name: use letters, digits and '_', starting with a letter or '_'")
    }
    if let registeredName, let module = moduleOwning(dataset: registeredName) {
      throw arguments.invalid(
        2,
        "'\(registeredName)' is the reference dataset of module '\(module)', whose functions read it; choose another name"
      )
    }
    var options = LoadOptions()
    options.cancellation = loadCancellation
    if arguments.optional(3) != nil {
      let text = try arguments.string(3)
      guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
        throw arguments.invalid(3, "give one character, such as ';' or '\\t'")
      }
      options.delimiter = scalar
    }
    if arguments.optional(4) != nil { options.hasHeader = try arguments.bool(4) }
    if arguments.optional(5) != nil { options.types = try Session.columnTypes(arguments, 5) }
    // A delimiter or header for a JSON or GeoJSON file would be ignored; say so instead.
    if let path, let format = TableLoader.format(ofPath: path), format != .csv, format != .tsv {
      for index in [3, 4] where arguments.optional(index) != nil {
        throw arguments.invalid(
          index, "'\(path)' is a \(Session.formatName(format)) file; 'delimiter' and 'header' apply to CSV and TSV only"
        )
      }
    }
    // A public dataset is read as it is pinned, with the units its source documents: options
    // that would change how it is read are refused rather than ignored.
    if path == nil, datasetName != nil {
      for index in [3, 4, 5] where arguments.optional(index) != nil {
        throw arguments.invalid(
          index, "a public dataset is read as it is pinned; 'delimiter', 'header' and 'types' apply to files")
      }
    }
    var table: Table
    switch (path, datasetName) {
    case (let path?, nil):
      table = try TableLoader.load(path: confinedPath(path), options: options)
    case (nil, let datasetName?):
      table = try loadDataset(named: datasetName)
    case (.some, .some):
      throw arguments.invalid(1, "give a path or a dataset, not both")
    case (nil, nil):
      throw arguments.invalid(0, "give a file path, or a public dataset as load(dataset: NAME)")
    }
    if let registeredName {
      table.summary = table.summary ?? path ?? datasetName
      catalog.register(name: registeredName, table: table)
    }
    return table
  }

  /// A public dataset read from the first directory of ``dataPath`` that holds it, resting on
  /// the dataset's pinned source.
  ///
  /// - Throws: ``PublicDatasetError`` when the name is unknown or no directory holds it;
  ///   ``DataError`` when the file cannot be read.
  public func loadDataset(named name: String) throws -> Table {
    let dataset = try PublicDatasetCatalog.pinned.lookup(name)
    let path = dataPath
    guard let file = path.locate(dataset.name) else {
      throw PublicDatasetError.notPulled(dataset, searched: path.searchedPaths)
    }
    var options = LoadOptions()
    options.cancellation = loadCancellation
    let table = try TableLoader.load(path: file, options: options)
    // The pinned source, not the local file: a brief cites the same dataset on every machine.
    let provenance = Provenance(sources: [dataset.source])
    let columns = table.columns.map { column in
      var column = column
      column.provenance = provenance
      if let name = dataset.units[column.name], let unit = Unit.named(name) { column.measure(in: unit) }
      return column
    }
    return try Table(columns: columns, provenance: provenance, summary: dataset.name)
  }

  /// A format as people call it: `JSON`, `JSON lines`, `GeoJSON`.
  static func formatName(_ format: TableLoader.Format) -> String {
    switch format {
    case .csv: "CSV"
    case .tsv: "TSV"
    case .json: "JSON"
    case .jsonl: "JSON lines"
    case .geojson: "GeoJSON"
    }
  }

  /// `"name: type, …"` as column type overrides.
  static func columnTypes(_ arguments: FunctionArguments, _ index: Int) throws -> [String: ColumnType] {
    var types: [String: ColumnType] = [:]
    for pair in try arguments.string(index).split(separator: ",") {
      let parts = pair.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      let names = ColumnType.allCases.map(\.rawValue).joined(separator: ", ")
      guard parts.count == 2, !parts[0].isEmpty, let type = ColumnType(rawValue: parts[1]) else {
        throw arguments.invalid(index, "write 'column: type, …' with a type among \(names); found '\(pair)'")
      }
      types[parts[0]] = type
    }
    return types
  }

  /// Whether `text` can name a dataset in a script: a letter or `_`, then letters, digits and `_`.
  static func isName(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first == "_" else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }
}
