import AttritionSDK

extension SeriesModule {
  /// The parameters every function starts with: the table and its cumulative column.
  static let seriesParameters = [
    ParameterDescriptor("table", .table, "a table with a day column ('date', else the first one) and one row per day"),
    ParameterDescriptor("column", .string, "the name of the cumulative numeric column, e.g. \"tank\""),
  ]

  /// A small cumulative table the examples share: 2024-01-01 to 2024-01-06, tanks 100 → 131.
  static let exampleTable =
    "let t = table(date: [2024-01-01, 2024-01-02, 2024-01-03, 2024-01-04, 2024-01-05, 2024-01-06], "
    + "tank: [100, 104, 110, 117, 125, 131])\n"

  /// The series named by arguments 0 (the table) and 1 (the column).
  static func series(_ arguments: FunctionArguments) throws -> CumulativeSeries {
    try CumulativeSeries(table: try arguments.table(0), column: try arguments.string(1))
  }

  /// The series of arguments 0 and 1 and the jump rule of the two arguments from `jumpIndex` on
  /// (``CumulativeSeries/jumpParameters``).
  static func seriesAndRule(_ arguments: FunctionArguments, jumpIndex: Int) throws -> (CumulativeSeries, JumpRule) {
    let series = try series(arguments)
    return (series, try arguments.jumpRule(threshold: jumpIndex, revertDays: jumpIndex + 1, for: series))
  }

  /// A whole, positive number of days: a plain number or a duration (`7`, `7 days`, `2 weeks`).
  static func dayCount(_ arguments: FunctionArguments, _ index: Int) throws -> Int {
    var length = try arguments.estimate(index)
    if !length.unit.isNone {
      guard let days = try? length.converted(to: Unit(.day)) else {
        throw arguments.invalid(index, "expected a number of days, found a figure in '\(length.unit)'")
      }
      length = days
    }
    guard length.isExact, length.value == length.value.rounded(), length.value >= 1, length.value <= 1e6 else {
      throw arguments.invalid(index, "expected a whole number of days from 1 to 1,000,000")
    }
    return Int(length.value)
  }
}
