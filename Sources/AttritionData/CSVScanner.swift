/// Where the records and fields of a CSV text lie, as byte offsets; nothing is decoded.
///
/// Fields are stored row-major by the offset just past their last byte: a field starts one byte
/// after the previous field's end (its delimiter), or at its row's start. A quoted field keeps its
/// quotes, so a field is quoted exactly when its first byte is a quote.
struct CSVLayout {
  /// The number of fields in every record.
  var columnCount = 0
  /// The offset of each record's first byte.
  var rowStarts: [Int] = []
  /// The offset just past each field, `columnCount` per record.
  var fieldEnds: [Int] = []

  /// The number of records, the header included.
  var rowCount: Int { rowStarts.count }

  /// The bytes of a field without its quotes, and whether it was quoted.
  ///
  /// A quoted field's content may still hold doubled quotes, which stand for one quote each.
  func field(row: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> TextCell {
    let index = row * columnCount + column
    let start = column == 0 ? rowStarts[row] : fieldEnds[index - 1] + 1
    let end = fieldEnds[index]
    if start < end, bytes[start] == .quote {
      return TextCell(content: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)]), isQuoted: true)
    }
    return TextCell(content: UnsafeBufferPointer(rebasing: bytes[start..<end]), isQuoted: false)
  }
}

/// Finds the records and fields of RFC 4180 text in one pass over its bytes.
///
/// Records end at LF, CRLF or a lone CR; quoted fields may hold delimiters, doubled quotes and line
/// breaks. A UTF-8 byte order mark is skipped. Blank lines are skipped, except in a one-column
/// file, where a blank line before the last record is a missing cell. Every record must have as
/// many fields as the first.
struct CSVScanner {
  /// The text.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The byte that separates fields.
  let delimiter: UInt8
  /// The file name used in errors.
  let file: String

  /// Scans the whole text.
  func scan() throws(DataError) -> CSVLayout {
    var layout = CSVLayout()
    let end = bytes.count
    var index = UTF8Text.byteOrderMarkLength(of: bytes)
    var line = 1
    var contentSeenAt = -1  // an offset known to hold something other than a line break
    while index < end {
      let rowStart = index
      let rowLine = line
      let firstField = layout.fieldEnds.count
      while true {
        if index < end, bytes[index] == .quote {
          index = try closingQuote(after: index, row: layout.rowCount + 1, line: &line)
          if index < end, bytes[index] != delimiter, bytes[index] != .lineFeed, bytes[index] != .carriageReturn {
            let found = UTF8Text.character(at: index, in: bytes)
            let problem = DataError.CSVProblem.textAfterQuote(
              field: layout.fieldEnds.count - firstField + 1, found: found)
            throw .malformedCSV(file: file, row: layout.rowCount + 1, line: line, problem: problem)
          }
        } else {
          while index < end {
            let byte = bytes[index]
            if byte == delimiter || byte == .lineFeed || byte == .carriageReturn { break }
            index += 1
          }
        }
        layout.fieldEnds.append(index)
        guard index < end, bytes[index] == delimiter else { break }
        index += 1
      }
      if index < end {
        let crlf = bytes[index] == .carriageReturn && index + 1 < end && bytes[index + 1] == .lineFeed
        index += crlf ? 2 : 1
        line += 1
      }
      let found = layout.fieldEnds.count - firstField
      if found == 1, layout.fieldEnds[firstField] == rowStart {
        layout.fieldEnds.removeLast()
        guard layout.columnCount == 1 else { continue }
        if contentSeenAt < index {
          guard let next = firstContent(from: index) else { break }
          contentSeenAt = next
        }
        layout.fieldEnds.append(rowStart)
      }
      if layout.rowCount == 0 {
        layout.columnCount = found
      } else if found != layout.columnCount {
        let problem = DataError.CSVProblem.raggedRow(expected: layout.columnCount, found: found)
        throw .malformedCSV(file: file, row: layout.rowCount + 1, line: rowLine, problem: problem)
      }
      layout.rowStarts.append(rowStart)
    }
    return layout
  }

  /// The offset just past the quote that closes the quoted field opening at `open`, counting the
  /// line breaks inside it.
  private func closingQuote(after open: Int, row: Int, line: inout Int) throws(DataError) -> Int {
    let end = bytes.count
    let openLine = line
    var index = open + 1
    while index < end {
      switch bytes[index] {
      case .quote:
        guard index + 1 < end, bytes[index + 1] == .quote else { return index + 1 }
        index += 2
      case .lineFeed:
        line += 1
        index += 1
      case .carriageReturn:
        if index + 1 >= end || bytes[index + 1] != .lineFeed { line += 1 }
        index += 1
      default:
        index += 1
      }
    }
    throw .malformedCSV(file: file, row: row, line: openLine, problem: .unterminatedQuote)
  }

  /// The offset of the first byte from `start` on that is not a line break, or nil when only line
  /// breaks are left.
  private func firstContent(from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      if bytes[index] != .lineFeed && bytes[index] != .carriageReturn { return index }
      index += 1
    }
    return nil
  }
}
