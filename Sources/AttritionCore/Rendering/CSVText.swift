import AttritionData
import AttritionSDK

/// Writes tables as RFC 4180 CSV: plain numbers, ISO days, fields quoted when they must be.
enum CSVText {
  /// The table as `save(t, "x.csv")` writes it (one encoder in Data for both): bounds as
  /// `NAME_low` and `NAME_high` columns, without the last line break.
  static func render(_ table: Table) -> String {
    var text = TableWriter.text(table, format: .csv)
    if text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// A field of a CSV line, quoted when it holds a comma, a quote or a line break.
  static func field(_ text: String) -> String {
    // Scalars, not Characters: "\r\n" is a single Character that equals neither "\r" nor "\n".
    guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
