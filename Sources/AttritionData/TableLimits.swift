/// The sizes a table read from a file may reach, so that memory stays in proportion to the file:
/// a header of a million names, or records that each bring a key of their own, would otherwise
/// ask for memory that grows with the square of the file.
public enum TableLimits {
  /// The most columns a file may give a table: far above any dataset here (the General Staff's
  /// widest file has 21), far below what breaks a machine.
  public static let maximumColumns = 10_000
  /// How many cells, present or missing, records may fill per byte of their file: a record's
  /// cell takes at least two bytes (`1,`), so only keys missing from most records reach it.
  public static let cellsPerByte = 4
  /// Cells any file may fill whatever its size, so that small files are never refused for it.
  public static let minimumCells = 1_000_000

  /// The cells records read from `bytes` bytes may fill.
  public static func cellBudget(bytes: Int) -> Int {
    let (scaled, overflow) = bytes.multipliedReportingOverflow(by: cellsPerByte)
    return overflow ? .max : Swift.max(minimumCells, scaled)
  }
}

extension Int {
  /// The number with thousands separators, as messages write it: `10,000`.
  var grouped: String {
    let digits = String(magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index).isMultiple(of: 3) { result.append(",") }
      result.append(digit)
    }
    return (self < 0 ? "-" : "") + result
  }
}
