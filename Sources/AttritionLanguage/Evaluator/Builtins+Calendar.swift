import AttritionSDK

extension Builtins {
  /// Calendar and rounding functions over days, numbers and whole columns.
  static let calendar: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "month", summary: "The calendar month of a day as text 'YYYY-MM' (of each cell, for a column of days).",
      discussion: """
        Months as text sort in calendar order, so `derive month = month(date) | group … by month` gives \
        monthly totals in order.
        """,
      parameters: [ParameterDescriptor("day", .any, "a day, or a column of days 't.date'")], returns: "string",
      examples: [FunctionExample("month(2024-02-29)", "2024-02")]
    ) { arguments in
      try calendarValue("month", arguments)
    },
    FunctionDescriptor(
      name: "year", summary: "The year of a day as a number (of each cell, for a column of days).",
      parameters: [ParameterDescriptor("day", .any, "a day, or a column of days 't.date'")], returns: "number",
      examples: [FunctionExample("year(2024-02-29)", "2,024")]
    ) { arguments in
      try calendarValue("year", arguments)
    },
    FunctionDescriptor(
      name: "round", summary: "A number rounded to a number of decimals, halves away from zero; bounds too.",
      parameters: [
        ParameterDescriptor("value", .any, "a number, or a column of numbers"),
        ParameterDescriptor(
          "digits", .number, "decimals to keep (0 by default; negative rounds to tens, …)", isOptional: true),
      ],
      returns: "number",
      examples: [FunctionExample("round(2.3456, 2)", "2.35"), FunctionExample("round(7.5)", "8")]
    ) { arguments in
      let digits = try arguments.optional(1).map { _ in try arguments.estimate(1).value } ?? 0
      guard digits == digits.rounded(), abs(digits) <= 15 else {
        throw arguments.invalid(1, "give a whole number of decimals from -15 to 15")
      }
      let scale = pow10(Int(digits))
      func rounded(_ value: Double) -> Double { (value * scale).rounded() / scale }
      switch try arguments.value(0) {
      case .estimate(let estimate):
        return .estimate(
          Estimate(
            value: rounded(estimate.value), low: estimate.low.map(rounded), high: estimate.high.map(rounded),
            unit: estimate.unit, provenance: estimate.provenance))
      case .column(var column):
        switch column.data {
        case .integer: return .column(column)
        case .number(let cells, let unit): column.data = .number(cells.map { $0.map(rounded) }, unit: unit)
        default: throw arguments.wrongType(0, expected: "a number or a column of numbers", found: .column(column))
        }
        return .column(column)
      case .null: return .null
      case let other: throw arguments.wrongType(0, expected: "a number or a column of numbers", found: other)
      }
    },
  ]

  /// 10 to a whole power, exactly for the powers a `Double` holds.
  static func pow10(_ exponent: Int) -> Double {
    var value = 1.0
    for _ in 0..<abs(exponent) { value *= 10 }
    return exponent < 0 ? 1 / value : value
  }

  /// `month(x)` or `year(x)` of a day or a column of days.
  static func calendarValue(_ function: String, _ arguments: FunctionArguments) throws -> Value {
    switch try arguments.value(0) {
    case .day(let day):
      let (year, month, _) = day.components
      if function == "year" { return .estimate(.exact(Double(year))) }
      return .string(Builtins.monthText(year: year, month: month))
    case .column(var column):
      guard let data = calendarColumn(function, column.data) else {
        throw arguments.wrongType(0, expected: "a day or a column of days", found: .column(column))
      }
      column.data = data
      return .column(column)
    case .null: return .null
    case let other: throw arguments.wrongType(0, expected: "a day or a column of days", found: other)
    }
  }

  /// `month` or `year` of each cell of a day column, computed once per distinct month; nil for
  /// another function or column type.
  static func calendarColumn(_ function: String, _ data: ColumnData) -> ColumnData? {
    guard case .day(let cells) = data else { return nil }
    switch function {
    case "year":
      return .integer(cells.map { $0.map { Int64($0.components.year) } })
    case "month":
      // Consecutive days mostly share a month: remember the last month's ordinal range.
      var codes = [Int32](repeating: -1, count: cells.count)
      var dictionary: [String] = []
      var codeOfMonth: [Int: Int32] = [:]
      var currentFirst = 1
      var currentLast = 0
      var currentCode: Int32 = -1
      for (row, cell) in cells.enumerated() {
        guard let day = cell else { continue }
        if day.ordinal < currentFirst || day.ordinal > currentLast {
          let (year, month, dayOfMonth) = day.components
          let key = year * 12 + month - 1
          if let code = codeOfMonth[key] {
            currentCode = code
          } else {
            currentCode = Int32(dictionary.count)
            codeOfMonth[key] = currentCode
            dictionary.append(monthText(year: year, month: month))
          }
          let first = day.ordinal - dayOfMonth + 1
          currentFirst = first
          currentLast = first + Day.length(ofMonth: month, year: year) - 1
        }
        codes[row] = currentCode
      }
      return .string(StringColumn(dictionary: dictionary, codes: codes))
    default:
      return nil
    }
  }

  /// `YYYY-MM`.
  static func monthText(year: Int, month: Int) -> String {
    let yearText = String(year)
    let monthText = String(month)
    return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-"
      + (month < 10 ? "0" : "") + monthText
  }
}
