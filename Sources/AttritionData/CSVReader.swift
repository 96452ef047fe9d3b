import AttritionSDK

/// Reads RFC 4180 comma- (or otherwise) separated text into a ``Table``.
///
/// It accepts quoted fields holding delimiters, doubled quotes and line breaks; LF, CRLF and lone
/// CR line endings; a UTF-8 byte order mark; and a last record with or without a line break.
/// Blank lines are skipped (in a one-column file, a blank line before the last record is a missing
/// cell). Empty cells are missing. Fields stay byte ranges until their column is typed, and each
/// column's type is inferred from its cells (see ``ColumnType``) unless ``CSVOptions/types``
/// forces one. Empty header names become `columnN`, and repeated ones get a suffix: `a`, `a_2`.
///
/// ```swift
/// let table = try CSVReader().read(Array("date,area\n2022-02-24,57309.2\n".utf8), file: "area.csv")
/// ```
public struct CSVReader: TableReader {
  /// How fields are delimited and typed.
  public var options: CSVOptions
  /// The bytes read per block (tests make it small to put block ends everywhere).
  var blockSize = CSVTableLoad.defaultBlockSize
  /// Blocks at least this large are scanned on two cores.
  var parallelThreshold = CSVTableLoad.defaultParallelThreshold

  /// Creates a reader.
  public init(options: CSVOptions = CSVOptions()) {
    self.options = options
  }

  /// Reads UTF-8 bytes; `file` names the text in error messages.
  ///
  /// - Throws: ``DataError`` for invalid UTF-8, malformed CSV, an unsupported delimiter, or a type
  ///   override that a cell or the header does not satisfy.
  public func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String = "<input>") throws(DataError) -> Table {
    try read(bytes, file: file, provenance: .none, summary: nil)
  }

  /// Reads bytes into a table whose columns and whole carry `provenance`.
  func read(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, provenance: Provenance, summary: String?
  ) throws(DataError) -> Table {
    try read(ByteSource(memory: bytes, name: file), provenance: provenance, summary: summary)
  }

  /// Reads a source block by block into a table whose columns and whole carry `provenance`;
  /// with `columns`, only the columns so named (names the file lacks are ignored).
  ///
  /// Types are inferred from the first block; when a later cell contradicts one, the source is
  /// read again with that column's type widened, so the result is what inference over every cell
  /// gives.
  func read(
    _ source: ByteSource, provenance: Provenance, summary: String?, columns: Set<String>? = nil,
    progress: LoadProgress? = nil
  ) throws(DataError) -> Table {
    do {
      return try read(source, provenance: provenance, summary: summary, columns: columns, progress: progress, sink: nil)
    } catch let error as DataError {
      throw error
    } catch {
      preconditionFailure("no sink, so no other error: \(error)")
    }
  }

  /// Reads a source block by block; with a `sink`, each block's rows go to it as a table and the
  /// table returned has no rows. When a later block widens a column's type, `restart` is called
  /// before the source is read again from the start.
  func read(
    _ source: ByteSource, provenance: Provenance, summary: String?, columns: Set<String>?,
    progress: LoadProgress?, sink: ((Table) throws -> Void)?, restart: () -> Void = {}
  ) throws -> Table {
    guard let delimiter = options.delimiterByte else {
      throw DataError.unsupportedDelimiter(file: source.name, delimiter: String(Character(options.delimiter)))
    }
    var widened: [Int: TypeMask] = [:]
    while true {
      source.rewind()
      let load = CSVTableLoad(
        source: source, delimiter: delimiter, hasHeader: options.hasHeader, overrides: options.types,
        widened: widened, projection: columns, progress: progress, blockSize: blockSize,
        parallelThreshold: parallelThreshold)
      load.sink = sink.map { sink in
        { table in
          var table = table
          table.provenance = provenance
          table.summary = summary
          try sink(table.withColumnProvenance(provenance))
        }
      }
      var read: [Column]
      do {
        read = try load.run()
      } catch {
        switch error {
        case .failed(let error): throw error
        case .widen(let column, let mask):
          widened[column] = mask
          restart()
          continue
        case .consumer(let error): throw error
        }
      }
      for index in read.indices { read[index].provenance = provenance }
      do {
        return try Table(columns: read, provenance: provenance, summary: summary)
      } catch {
        throw DataError.invalidTable(file: source.name, reason: String(describing: error))
      }
    }
  }

  /// Header names made usable: a blank name becomes `columnN` (its 1-based position), and a name
  /// seen before gets the first free suffix `_2`, `_3`, …
  static func uniqueNames(_ header: [String]) -> [String] {
    var used: Set<String> = []
    var nextSuffix: [String: Int] = [:]
    var names: [String] = []
    names.reserveCapacity(header.count)
    for (position, raw) in header.enumerated() {
      let base = raw.allSatisfy { $0 == " " || $0 == "\t" } ? "column\(position + 1)" : raw
      var name = base
      var suffix = nextSuffix[base, default: 2]
      while used.contains(name) {
        name = "\(base)_\(suffix)"
        suffix += 1
      }
      nextSuffix[base] = suffix
      used.insert(name)
      names.append(name)
    }
    return names
  }
}

extension Table {
  /// The same table with every column resting on `provenance`.
  func withColumnProvenance(_ provenance: Provenance) -> Table {
    var columns = self.columns
    for index in columns.indices { columns[index].provenance = provenance }
    guard var copy = try? Table(columns: columns, provenance: self.provenance, summary: summary) else { return self }
    copy.provenance = self.provenance
    return copy
  }
}
