import AttritionSDK
import Dispatch

/// One pass over a CSV source: reads it in blocks, scans and types each block on two cores, and
/// gathers the typed cells of the wanted columns.
///
/// Column types are inferred from the first block and checked on every later one; a cell that
/// contradicts the inferred type stops the pass with ``CSVLoadStop/widen(column:mask:)``.
final class CSVTableLoad {
  /// The bytes read per block by default; a record longer than a block makes the block grow.
  static let defaultBlockSize = 8 << 20
  /// Below this size by default a block is scanned on one core.
  static let defaultParallelThreshold = 1 << 20
  /// The bytes read per block.
  var blockSize = CSVTableLoad.defaultBlockSize
  /// Below this size a block is scanned on one core.
  var parallelThreshold = CSVTableLoad.defaultParallelThreshold

  let source: ByteSource
  let delimiter: UInt8
  let hasHeader: Bool
  let overrides: [String: ColumnType]
  let widened: [Int: TypeMask]
  let projection: Set<String>?
  let progress: LoadProgress?
  /// When set, each block's rows go to it as a table instead of being gathered.
  var sink: ((Table) throws -> Void)?

  private var buffer: UnsafeMutableBufferPointer<UInt8>
  private var filled = 0
  private var bufferOffset = 0
  private var atEnd = false
  private var rowsDone = 0

  /// The column names, made unique.
  private(set) var names: [String] = []
  private var selected: [Int] = []
  private var types: [ColumnType] = []
  private(set) var masks: [TypeMask] = []
  private var accumulators: [CSVColumnAccumulator] = []

  init(
    source: ByteSource, delimiter: UInt8, hasHeader: Bool, overrides: [String: ColumnType],
    widened: [Int: TypeMask], projection: Set<String>?, progress: LoadProgress?,
    blockSize: Int = CSVTableLoad.defaultBlockSize, parallelThreshold: Int = CSVTableLoad.defaultParallelThreshold
  ) {
    self.source = source
    self.delimiter = delimiter
    self.hasHeader = hasHeader
    self.overrides = overrides
    self.widened = widened
    self.projection = projection
    self.progress = progress
    self.blockSize = blockSize
    self.parallelThreshold = parallelThreshold
    let size = min(blockSize, max(source.expectedSize, 16))
    buffer = .allocate(capacity: size)
  }

  deinit {
    buffer.deallocate()
  }

  /// The columns read, in file order.
  func run() throws(CSVLoadStop) -> [Column] {
    try fill()
    var start = 0
    if bufferOffset == 0, filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
    try readHeaderBlock(from: start)
    while !(atEnd && filled == 0) {
      let consumed = try readBlock()
      try advance(consumed: consumed)
    }
    if rowsDone == 0 { try deliverEmpty() }
    progress?.finish(bytes: source.bytesRead, rows: rowsDone)
    return selected.enumerated().map { position, column in
      let forced = overrides[names[column]] != nil
      return Column(name: names[column], data: accumulators[position].finish(forced: forced))
    }
  }

  /// Reads until the buffer is full or the source ends.
  private func fill() throws(CSVLoadStop) {
    while filled < buffer.count, !atEnd {
      let count: Int
      do {
        count = try source.read(into: UnsafeMutableBufferPointer(rebasing: buffer[filled...]))
      } catch {
        throw .failed(error)
      }
      if count == 0 { atEnd = true }
      filled += count
    }
  }

  /// Drops the consumed bytes, grows the buffer when a block held no whole record, and refills.
  private func advance(consumed: Int) throws(CSVLoadStop) {
    if consumed == 0, !atEnd {
      // Field offsets are 32-bit: a record may not outgrow a 1 GiB buffer.
      guard buffer.count < 1 << 30 else {
        throw .failed(
          .invalidTable(file: source.name, reason: "a record at byte \(bufferOffset) is longer than 1 GiB"))
      }
      let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
      _ = larger.initialize(from: buffer[..<filled])
      buffer.deallocate()
      buffer = larger
    } else if consumed > 0 {
      let rest = filled - consumed
      if rest > 0, let base = buffer.baseAddress {
        UnsafeMutableRawPointer(base).copyMemory(from: base + consumed, byteCount: rest)
      }
      filled = rest
      bufferOffset += consumed
    }
    if atEnd, consumed == 0, filled > 0 {
      filled = 0
    }
    try fill()
    progress?.update(bytes: bufferOffset, total: source.expectedSize, rows: rowsDone)
  }

  /// Scans the first block on one core: the header names the columns, and the records after it
  /// decide their types.
  private func readHeaderBlock(from start: Int) throws(CSVLoadStop) {
    var start = start
    while true {
      let scanner = CSVScanner(bytes: UnsafeBufferPointer(buffer), delimiter: delimiter)
      let scanned: (layout: CSVLayout, consumed: Int)
      do {
        scanned = try scanner.scan(from: start, to: filled, isFinal: atEnd, columnCount: nil)
      } catch {
        throw .failed(scanError(error, firstDataRecord: 0))
      }
      if scanned.layout.rowCount == 0, !atEnd {
        try advance(consumed: 0)
        continue
      }
      try validate(from: start, to: scanned.consumed)
      var layout = scanned.layout
      let header: [String]
      if hasHeader, layout.rowCount > 0 {
        header = (0..<layout.columnCount).map { layout.field(row: 0, column: $0, in: UnsafeBufferPointer(buffer)).text }
        layout.rowStarts.removeFirst()
        layout.fieldEnds.removeFirst(layout.columnCount)
      } else {
        header = [String](repeating: "", count: layout.columnCount)
      }
      try configureColumns(header: header, sample: layout)
      try absorb(layout)
      try advance(consumed: scanned.consumed)
      start = 0
      return
    }
  }

  /// Names, selects and types the columns.
  private func configureColumns(header: [String], sample: CSVLayout) throws(CSVLoadStop) {
    guard header.count <= TableLimits.maximumColumns else {
      throw .failed(
        .tooManyColumns(file: source.name, columns: header.count, place: hasHeader ? "the header" : "row 1"))
    }
    names = CSVReader.uniqueNames(header)
    for name in overrides.keys.sorted() where !names.contains(name) {
      throw .failed(.unknownColumn(file: source.name, column: name, available: names))
    }
    selected = names.indices.filter { projection?.contains(names[$0]) ?? true }
    let parser = CSVChunkParser(bytes: UnsafeBufferPointer(buffer), layout: sample)
    let expectedRows =
      sample.rowCount == 0
      ? 0 : Int(Double(source.expectedSize) / Double(max(filled, 1)) * Double(sample.rowCount) * 1.05) + 16
    masks = []
    types = []
    accumulators = []
    for column in selected {
      var mask = parser.mask(ofColumn: column)
      if let narrower = widened[column] { mask.formIntersection(narrower) }
      masks.append(mask)
      let type = overrides[names[column]] ?? (mask == .any ? .integer : mask.columnType)
      types.append(type)
      accumulators.append(CSVColumnAccumulator(type: type, capacity: expectedRows))
    }
  }

  /// Types a region's records and adds them to the columns.
  private func absorb(_ layout: CSVLayout) throws(CSVLoadStop) {
    let chunks: [CSVColumnChunk]
    do {
      chunks = try typeColumns(layout)
    } catch {
      throw stop(for: error, rowsBefore: rowsDone)
    }
    try deliver(chunks, rows: layout.rowCount)
  }

  /// Adds a region's typed cells to the columns, or hands them to the sink as a table.
  private func deliver(_ chunks: [CSVColumnChunk], rows: Int) throws(CSVLoadStop) {
    rowsDone += rows
    guard let sink else {
      for (position, chunk) in chunks.enumerated() { accumulators[position].append(chunk) }
      return
    }
    if chunks.isEmpty && !selected.isEmpty { return }
    var columns: [Column] = []
    for (position, chunk) in chunks.enumerated() {
      columns.append(Column(name: names[selected[position]], data: CSVTableLoad.data(of: chunk)))
    }
    do {
      try sink(try Table(columns: columns))
    } catch {
      throw .consumer(error)
    }
  }

  /// A region's cells as column data.
  static func data(of chunk: CSVColumnChunk) -> ColumnData {
    switch chunk {
    case .integer(let cells): .integer(cells)
    case .number(let cells): .number(cells, unit: .none)
    case .day(let cells): .day(cells)
    case .bool(let cells): .bool(cells)
    case .string(let codes, let dictionary): .string(StringColumn(dictionary: dictionary.strings(), codes: codes))
    }
  }

  /// Hands an empty block to the sink, so a consumer sees the columns of a file without rows.
  func deliverEmpty() throws(CSVLoadStop) {
    guard let sink else { return }
    let columns = selected.enumerated().map { position, column in
      Column(name: names[column], data: CSVTableLoad.data(of: CSVColumnAccumulator.emptyChunk(types[position])))
    }
    do {
      try sink(try Table(columns: columns))
    } catch {
      throw .consumer(error)
    }
  }

  /// The wanted columns of a region, typed.
  private func typeColumns(_ layout: CSVLayout) throws(CSVTypeMismatch) -> [CSVColumnChunk] {
    let parser = CSVChunkParser(bytes: UnsafeBufferPointer(buffer), layout: layout)
    var chunks: [CSVColumnChunk] = []
    chunks.reserveCapacity(selected.count)
    for (position, column) in selected.enumerated() {
      chunks.append(try parser.parse(column: column, as: types[position]))
    }
    return chunks
  }

  /// The error or restart for a cell that does not fit its column.
  private func stop(for mismatch: CSVTypeMismatch, rowsBefore: Int) -> CSVLoadStop {
    let name = names[mismatch.column]
    if let refusal = mismatch.refusal, overrides[name] == nil {
      let row = rowsBefore + mismatch.record + (hasHeader ? 2 : 1)
      return .failed(
        .unreadableCell(
          file: source.name, place: "row \(row), column '\(name)'", cell: mismatch.cell, problem: refusal.problem))
    }
    if let forced = overrides[name] {
      let row = rowsBefore + mismatch.record + (hasHeader ? 2 : 1)
      return .failed(.typeOverrideFailed(file: source.name, row: row, column: name, type: forced, cell: mismatch.cell))
    }
    let position = selected.firstIndex(of: mismatch.column) ?? 0
    return .widen(column: mismatch.column, mask: masks[position].intersection(mismatch.regionMask))
  }

  /// Scans and types the block in the buffer, on two cores when it is large; returns the bytes
  /// consumed.
  private func readBlock() throws(CSVLoadStop) -> Int {
    let columnCount = names.count
    let bytes = UnsafeBufferPointer(buffer)
    var split = -1
    if filled >= parallelThreshold {
      var index = filled / 2
      while index < filled, buffer[index] != .lineFeed { index += 1 }
      if index + 1 < filled { split = index + 1 }
    }
    let ranges = split < 0 ? [(0, filled, atEnd)] : [(0, split, false), (split, filled, atEnd)]
    let jobs = CSVBlockJobs(count: ranges.count)
    let shared = UncheckedSendable((self, bytes, ranges, columnCount))
    let run: @Sendable (Int) -> Void = { job in
      let (load, bytes, ranges, columnCount) = shared.value
      let (start, end, isFinal) = ranges[job]
      let scanner = CSVScanner(bytes: bytes, delimiter: load.delimiter)
      do {
        let scanned = try scanner.scan(from: start, to: end, isFinal: isFinal, columnCount: columnCount)
        jobs.results[job].layout = scanned.layout
        jobs.results[job].consumed = scanned.consumed
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<scanned.consumed])
        if let bad = UTF8Text.firstInvalidOffset(in: slice) {
          jobs.results[job].invalidUTF8 = start + bad
          return
        }
        jobs.results[job].chunks = try load.typeColumns(scanned.layout)
      } catch let failure as CSVScanFailure {
        jobs.results[job].scanFailure = failure
      } catch let mismatch as CSVTypeMismatch {
        jobs.results[job].mismatch = mismatch
      } catch {
        preconditionFailure("unexpected \(error)")
      }
    }
    if ranges.count == 1 {
      run(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: ranges.count, execute: run)
    }
    var consumed = 0
    for (job, (start, _, _)) in ranges.enumerated() {
      let result = jobs.results[job]
      if job > 0, consumed != start { break }  // the guessed split was not a record boundary
      if let failure = result.scanFailure {
        throw .failed(scanError(failure, firstDataRecord: rowsDone + (hasHeader ? 1 : 0)))
      }
      if let offset = result.invalidUTF8 {
        throw .failed(
          .invalidUTF8(
            file: source.name, offset: bufferOffset + offset, line: source.line(atOffset: bufferOffset + offset)))
      }
      if let mismatch = result.mismatch { throw stop(for: mismatch, rowsBefore: rowsDone) }
      try deliver(result.chunks, rows: result.layout.rowCount)
      consumed = result.consumed
      if job == 0, consumed == start, ranges.count > 1 {
        // No whole record in the first half (a very long quoted field): scan the block on one core.
        return try readWhole()
      }
    }
    return consumed
  }

  /// Scans and types the whole block on one core.
  private func readWhole() throws(CSVLoadStop) -> Int {
    let scanner = CSVScanner(bytes: UnsafeBufferPointer(buffer), delimiter: delimiter)
    let scanned: (layout: CSVLayout, consumed: Int)
    do {
      scanned = try scanner.scan(from: 0, to: filled, isFinal: atEnd, columnCount: names.count)
    } catch {
      throw .failed(scanError(error, firstDataRecord: rowsDone + (hasHeader ? 1 : 0)))
    }
    try validate(from: 0, to: scanned.consumed)
    try absorb(scanned.layout)
    return scanned.consumed
  }

  /// Checks that a range of the buffer is UTF-8.
  private func validate(from start: Int, to end: Int) throws(CSVLoadStop) {
    let slice = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[start..<end])
    if let bad = UTF8Text.firstInvalidOffset(in: slice) {
      let offset = bufferOffset + start + bad
      throw .failed(.invalidUTF8(file: source.name, offset: offset, line: source.line(atOffset: offset)))
    }
  }

  /// A scan failure as a data error; `firstDataRecord` is the 0-based record of the file at which
  /// the scanned region starts.
  private func scanError(_ failure: CSVScanFailure, firstDataRecord: Int) -> DataError {
    let row = firstDataRecord + failure.record + 1
    let line = source.line(atOffset: bufferOffset + failure.offset)
    return .malformedCSV(file: source.name, row: row, line: line, problem: failure.problem)
  }
}
