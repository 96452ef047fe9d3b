import AttritionSDK

/// Reads typed values from the UTF-8 bytes of one cell, without building a `String`.
///
/// Every reader takes the cell as it is stored (spaces and tabs around the value are allowed and
/// ignored) and returns nil when the cell is not of its type.
enum CellSyntax {
  /// The cell without the ASCII spaces and tabs around it.
  static func trimmed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = cell.startIndex
    var end = cell.endIndex
    while start < end, cell[start] == .space || cell[start] == .tab { start += 1 }
    while end > start, cell[end - 1] == .space || cell[end - 1] == .tab { end -= 1 }
    return UnsafeBufferPointer(rebasing: cell[start..<end])
  }

  /// Whether the cell is empty or holds only spaces and tabs: a missing value.
  static func isBlank(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
    cell.allSatisfy { $0 == .space || $0 == .tab }
  }

  /// The typed readings a non-blank cell admits.
  static func mask(of cell: UnsafeBufferPointer<UInt8>) -> TypeMask {
    let cell = trimmed(cell)
    guard !cell.isEmpty else { return [] }
    var mask: TypeMask = []
    if integer(cell) != nil {
      mask.formUnion([.integer, .number])
    } else if isDecimal(cell) || special(cell) != nil {
      mask.insert(.number)
    }
    // A cell shaped like a day counts as one, so that `2024-02-30` among days is refused by name
    // when the column is read, instead of turning the column into text without a word.
    if isDayShaped(cell) { mask.insert(.day) }
    if bool(cell) != nil { mask.insert(.bool) }
    return mask
  }

  /// An optional sign and decimal digits whose value fits in `Int64`.
  static func integer(_ cell: UnsafeBufferPointer<UInt8>) -> Int64? {
    let cell = trimmed(cell)
    var index = cell.startIndex
    guard index < cell.endIndex else { return nil }
    let negative = cell[index] == .minus
    if negative || cell[index] == .plus { index += 1 }
    guard index < cell.endIndex else { return nil }
    var value: Int64 = 0
    while index < cell.endIndex {
      let byte = cell[index]
      guard byte.isDigit else { return nil }
      let digit = Int64(byte &- .zero)
      // Accumulate towards the sign so that Int64.min is reachable.
      let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
      let (next, overflowB) =
        negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
      guard !overflowA, !overflowB else { return nil }
      value = next
      index += 1
    }
    return value
  }

  /// A decimal number, `NaN` (returned as `.nan`) or an infinity; nil when the cell is none of these.
  static func number(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
    let cell = trimmed(cell)
    if let value = integer(cell) { return Double(value) }
    if isDecimal(cell) { return Double(String(decoding: cell, as: UTF8.self)) }
    return special(cell)
  }

  /// Whether a cell has the shape of ``day(_:)`` (`dddd-dd-dd`, a midnight time allowed),
  /// whether or not it is a day of the calendar.
  static func isDayShaped(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
    let cell = trimmed(cell)
    guard cell.count >= 10, cell[cell.startIndex + 4] == .minus, cell[cell.startIndex + 7] == .minus else {
      return false
    }
    let base = cell.startIndex
    for offset in [0, 1, 2, 3, 5, 6, 8, 9] where !cell[base + offset].isDigit { return false }
    let rest = UnsafeBufferPointer(rebasing: cell[(base + 10)...])
    return rest.isEmpty || isMidnight(rest)
  }

  /// `YYYY-MM-DD`, optionally followed by a midnight time ` 00:00:00` or `T00:00:00` (and `Z`).
  static func day(_ cell: UnsafeBufferPointer<UInt8>) -> Day? {
    let cell = trimmed(cell)
    guard cell.count >= 10, cell[cell.startIndex + 4] == .minus, cell[cell.startIndex + 7] == .minus else {
      return nil
    }
    let base = cell.startIndex
    func digits(_ offset: Int, _ count: Int) -> Int? {
      var value = 0
      for index in base + offset..<base + offset + count {
        guard cell[index].isDigit else { return nil }
        value = value * 10 + Int(cell[index] &- .zero)
      }
      return value
    }
    guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2) else { return nil }
    let rest = UnsafeBufferPointer(rebasing: cell[(base + 10)...])
    guard rest.isEmpty || isMidnight(rest) else { return nil }
    return Day(year: year, month: month, day: day)
  }

  /// `true` or `false`, in lower case, capitalised or upper case.
  static func bool(_ cell: UnsafeBufferPointer<UInt8>) -> Bool? {
    let cell = trimmed(cell)
    switch cell.count {
    case 4 where matches(cell, "true") || matches(cell, "True") || matches(cell, "TRUE"): return true
    case 5 where matches(cell, "false") || matches(cell, "False") || matches(cell, "FALSE"): return false
    default: return nil
    }
  }

  /// The decimal grammar: sign, digits with an optional fraction (at least one digit), optional exponent.
  private static func isDecimal(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = cell.startIndex
    let end = cell.endIndex
    if index < end, cell[index] == .minus || cell[index] == .plus { index += 1 }
    var mantissaDigits = 0
    while index < end, cell[index].isDigit {
      index += 1
      mantissaDigits += 1
    }
    if index < end, cell[index] == .dot {
      index += 1
      while index < end, cell[index].isDigit {
        index += 1
        mantissaDigits += 1
      }
    }
    guard mantissaDigits > 0 else { return false }
    if index < end, cell[index] == .lowerE || cell[index] == .upperE {
      index += 1
      if index < end, cell[index] == .minus || cell[index] == .plus { index += 1 }
      let exponentStart = index
      while index < end, cell[index].isDigit { index += 1 }
      guard index > exponentStart else { return false }
    }
    return index == end
  }

  /// `nan` or an optionally signed `inf` / `infinity`, in any letter case.
  private static func special(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
    var body = cell
    var sign = 1.0
    if let first = cell.first, first == .minus || first == .plus {
      sign = first == .minus ? -1 : 1
      body = UnsafeBufferPointer(rebasing: cell.dropFirst())
    }
    if matches(body, "nan", ignoringCase: true) { return .nan }
    if matches(body, "inf", ignoringCase: true) || matches(body, "infinity", ignoringCase: true) {
      return sign * .infinity
    }
    return nil
  }

  private static func isMidnight(_ rest: UnsafeBufferPointer<UInt8>) -> Bool {
    guard rest.count == 9 || rest.count == 10, rest[rest.startIndex] == .space || rest[rest.startIndex] == .upperT
    else { return false }
    let time = UnsafeBufferPointer(rebasing: rest[(rest.startIndex + 1)..<(rest.startIndex + 9)])
    return matches(time, "00:00:00") && (rest.count == 9 || rest[rest.startIndex + 9] == .upperZ)
  }

  /// Whether the bytes spell an ASCII word exactly.
  static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString, ignoringCase: Bool = false) -> Bool {
    guard bytes.count == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { expected in
      zip(bytes, expected).allSatisfy { actual, wanted in
        ignoringCase ? actual | 0x20 == wanted | 0x20 : actual == wanted
      }
    }
  }
}

extension UInt8 {
  static let tab = UInt8(ascii: "\t")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let quote = UInt8(ascii: "\"")
  static let plus = UInt8(ascii: "+")
  static let comma = UInt8(ascii: ",")
  static let minus = UInt8(ascii: "-")
  static let dot = UInt8(ascii: ".")
  static let zero = UInt8(ascii: "0")
  static let colon = UInt8(ascii: ":")
  static let upperE = UInt8(ascii: "E")
  static let upperT = UInt8(ascii: "T")
  static let upperZ = UInt8(ascii: "Z")
  static let lowerE = UInt8(ascii: "e")
  static let backslash = UInt8(ascii: "\\")

  /// Whether the byte is an ASCII decimal digit.
  var isDigit: Bool { self &- .zero < 10 }
}
