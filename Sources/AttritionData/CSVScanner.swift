/// Where the records and fields of a region of CSV text lie, as byte offsets; nothing is decoded.
///
/// Fields are stored row-major by the offset just past their last byte: a field starts one byte
/// after the previous field's end (its delimiter), or at its row's start. A quoted field keeps its
/// quotes, so a field is quoted exactly when its first byte is a quote.
struct CSVLayout {
  /// The number of fields in every record.
  var columnCount = 0
  /// The offset of each record's first byte.
  var rowStarts: [Int32] = []
  /// The offset just past each field, `columnCount` per record.
  var fieldEnds: [Int32] = []

  /// The number of records.
  var rowCount: Int { rowStarts.count }

  /// The bytes of a field without its quotes, and whether it was quoted.
  ///
  /// A quoted field's content may still hold doubled quotes, which stand for one quote each.
  @inline(__always)
  func field(row: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextCell {
    let index = row * columnCount + column
    let start = column == 0 ? Int(rowStarts[row]) : Int(fieldEnds[index - 1]) + 1
    let end = Int(fieldEnds[index])
    if start < end, bytes[start] == .quote {
      return TextCell(content: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)]), isQuoted: true)
    }
    return TextCell(content: UnsafeBufferPointer(rebasing: bytes[start..<end]), isQuoted: false)
  }
}

/// A CSV syntax error found by ``CSVScanner``, located in the region it scanned.
struct CSVScanFailure: Error {
  /// What is wrong.
  var problem: DataError.CSVProblem
  /// The 0-based record of the region in which it lies.
  var record: Int
  /// The offset in the buffer of the record's first byte (or of the opening quote of an
  /// unterminated field), from which the caller finds the line.
  var offset: Int
}

/// Finds the records and fields of RFC 4180 text in one pass over its bytes.
///
/// Records end at LF, CRLF or a lone CR; quoted fields may hold delimiters, doubled quotes and line
/// breaks. Blank lines are skipped, except in a one-column file, where a blank line before the last
/// record is a missing cell. Every record must have as many fields as the first.
///
/// A region that is not the end of the input is scanned up to its last complete record: what
/// follows (a record without its line break, an open quote, trailing blank lines) is left for the
/// next region, and ``scan(from:to:isFinal:columnCount:)`` says where it stopped.
struct CSVScanner {
  /// The text.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The byte that separates fields.
  let delimiter: UInt8

  /// Scans the records of `start..<end`; `columnCount` is the width the records must have, nil
  /// when the first record decides it. Returns the layout and the offset just past the last
  /// record taken.
  func scan(
    from start: Int, to end: Int, isFinal: Bool, columnCount: Int?
  ) throws(CSVScanFailure) -> (layout: CSVLayout, consumed: Int) {
    // Locals rather than the layout's properties: appends to a local array optimise better.
    var width = columnCount ?? 0
    var rowStarts: [Int32] = []
    var fieldEnds: [Int32] = []
    let estimate = (end - start) / 64 + 16
    rowStarts.reserveCapacity(estimate)
    // Every field ends at a byte of its own, so the fields can never outnumber the bytes.
    fieldEnds.reserveCapacity(min(estimate * max(columnCount ?? 4, 1), end - start + 16))
    guard let base = bytes.baseAddress else { return (CSVLayout(), start) }
    let delimiter = delimiter
    let delimiterPattern = UInt64(delimiter) &* CSVScanner.ones
    var index = start
    var consumed = start
    var knowsWidth = columnCount != nil
    while index < end {
      let rowStart = index
      let firstField = fieldEnds.count
      var complete = true
      fields: while true {
        if index < end, base[index] == .quote {
          guard let close = closingQuote(after: index, end: end) else {
            if !isFinal {
              complete = false
              break fields
            }
            throw CSVScanFailure(problem: .unterminatedQuote, record: rowStarts.count, offset: index)
          }
          index = close
          if index < end, base[index] != delimiter, base[index] != .lineFeed, base[index] != .carriageReturn {
            let found = UTF8Text.character(at: index, in: bytes)
            let problem = DataError.CSVProblem.textAfterQuote(
              field: fieldEnds.count - firstField + 1, found: found)
            throw CSVScanFailure(problem: problem, record: rowStarts.count, offset: rowStart)
          }
        } else {
          // Eight bytes at a time while none of them is a delimiter or a line break.
          let raw = UnsafeRawPointer(base)
          while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if CSVScanner.hasByte(word, delimiterPattern) || CSVScanner.hasByte(word, CSVScanner.lineFeedPattern)
              || CSVScanner.hasByte(word, CSVScanner.carriageReturnPattern)
            {
              break
            }
            index += 8
          }
          while index < end {
            let byte = base[index]
            if byte == delimiter || byte == .lineFeed || byte == .carriageReturn { break }
            index += 1
          }
        }
        fieldEnds.append(Int32(truncatingIfNeeded: index))
        guard index < end, base[index] == delimiter else { break }
        index += 1
      }
      if complete, index >= end, !isFinal { complete = false }
      if complete, !isFinal, base[index] == .carriageReturn, index + 1 >= end { complete = false }
      guard complete else {
        fieldEnds.removeSubrange(firstField...)
        return (CSVLayout(columnCount: width, rowStarts: rowStarts, fieldEnds: fieldEnds), rowStart)
      }
      if index < end {
        let crlf = base[index] == .carriageReturn && index + 1 < end && base[index + 1] == .lineFeed
        index += crlf ? 2 : 1
      }
      let found = fieldEnds.count - firstField
      if found == 1, Int(fieldEnds[firstField]) == rowStart {
        fieldEnds.removeLast()
        guard knowsWidth, width == 1 else {
          consumed = index
          continue
        }
        // A blank line is a missing cell only when a record follows it; trailing ones are not.
        guard firstContent(from: index, end: end) != nil else {
          return (CSVLayout(columnCount: width, rowStarts: rowStarts, fieldEnds: fieldEnds), isFinal ? end : rowStart)
        }
        fieldEnds.append(Int32(truncatingIfNeeded: rowStart))
      }
      if !knowsWidth {
        width = found
        knowsWidth = true
      } else if found != width {
        let problem = DataError.CSVProblem.raggedRow(expected: width, found: found)
        throw CSVScanFailure(problem: problem, record: rowStarts.count, offset: rowStart)
      }
      rowStarts.append(Int32(truncatingIfNeeded: rowStart))
      consumed = index
    }
    return (CSVLayout(columnCount: width, rowStarts: rowStarts, fieldEnds: fieldEnds), isFinal ? end : consumed)
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let lineFeedPattern = UInt64(UInt8.lineFeed) &* ones
  private static let carriageReturnPattern = UInt64(UInt8.carriageReturn) &* ones

  /// Whether any byte of `word` equals the byte repeated in `pattern` (no false positives).
  @inline(__always)
  private static func hasByte(_ word: UInt64, _ pattern: UInt64) -> Bool {
    let difference = word ^ pattern
    return (difference &- ones) & ~difference & 0x8080_8080_8080_8080 != 0
  }

  /// The offset just past the quote that closes the quoted field opening at `open`, or nil when
  /// it does not close before `end`.
  @inline(__always)
  private func closingQuote(after open: Int, end: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var index = open + 1
    while index < end {
      if base[index] == .quote {
        guard index + 1 < end else { return index + 1 }
        guard base[index + 1] == .quote else { return index + 1 }
        index += 2
      } else {
        index += 1
      }
    }
    return nil
  }

  /// The offset of the first byte from `start` on that is not a line break, or nil when only line
  /// breaks are left.
  private func firstContent(from start: Int, end: Int) -> Int? {
    var index = start
    while index < end {
      if bytes[index] != .lineFeed && bytes[index] != .carriageReturn { return index }
      index += 1
    }
    return nil
  }
}
