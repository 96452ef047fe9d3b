extension ModuleError {
  /// `unknown_column`: the table has no column of this name; the note lists the columns and the
  /// closest name.
  public static func unknownColumn(_ name: String, in table: Table) -> ModuleError {
    var notes = ["columns: " + table.columnNames.joined(separator: ", ")]
    if let closest = closestName(to: name, among: table.columnNames) {
      notes.insert("did you mean '\(closest)'?", at: 0)
    }
    return ModuleError("unknown_column", "no column '\(name)' in the table", notes: notes)
  }

  /// `no_day_column`: the table has no column of days to key a series by.
  public static func noDayColumn(in table: Table) -> ModuleError {
    let columns = table.columns.map { "\($0.name) (\($0.data.typeName))" }
    return ModuleError(
      "no_day_column", "the table has no day column to key a daily series by",
      notes: ["columns: " + (columns.isEmpty ? "none" : columns.joined(separator: ", "))])
  }

  /// `not_numeric`: the column holds something other than numbers.
  public static func notNumeric(_ column: Column) -> ModuleError {
    ModuleError(
      "not_numeric", "column '\(column.name)' holds \(column.data.typeName)s, not numbers",
      notes: ["a cumulative series needs a column of integers, numbers or estimates"])
  }

  /// `empty_series`: nothing to compute over.
  public static func emptySeries(_ name: String, reason: String) -> ModuleError {
    ModuleError("empty_series", "no cumulative series in column '\(name)': \(reason)")
  }

  /// `missing_day`: a row has no day, so its total cannot be placed in time.
  public static func missingDay(row: Int, column: String) -> ModuleError {
    ModuleError("missing_day", "row \(row) has no day in column '\(column)'")
  }

  /// `repeated_day`: two rows claim the same day.
  public static func repeatedDay(_ day: Day, column: String) -> ModuleError {
    ModuleError(
      "repeated_day", "day \(day) appears more than once in column '\(column)'",
      notes: ["a cumulative daily series needs one row per day; filter or group the table first"])
  }

  /// `not_finite`: a cell is infinite.
  public static func notFinite(column: String, row: Int) -> ModuleError {
    ModuleError("not_finite", "row \(row) of column '\(column)' is not a finite number")
  }

  /// The diagnostic for failed estimate arithmetic in a module function (`unit_mismatch`,
  /// `divisor_range_contains_zero`, `not_finite`), with what was being computed.
  public init(_ error: EstimateError, computing what: String) {
    switch error {
    case .incompatibleUnits(let left, let right):
      self.init("unit_mismatch", "cannot compute \(what): '\(left)' and '\(right)' measure different things")
    case .divisorRangeContainsZero(let low, let high):
      let bound = { (value: Double?) in value.map(ModuleError.figure) ?? "?" }
      self.init(
        "divisor_range_contains_zero",
        "cannot compute \(what): the divisor's range [\(bound(low)) – \(bound(high))] contains 0")
    case .notFinite:
      self.init("not_finite", "cannot compute \(what): the result is not a finite number")
    case .unitTooComplex(let unit):
      self.init(
        "unit_mismatch",
        "cannot compute \(what): its unit would be '\(unit)', past a power of \(Unit.maximumExponent)")
    }
  }

  /// A number as messages write it: whole numbers in full, others to 4 significant digits.
  public static func figure(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    var decimals = 3
    var magnitude = abs(value)
    while magnitude >= 10, decimals > 0 {
      magnitude /= 10
      decimals -= 1
    }
    while magnitude < 1, decimals < 12 {
      magnitude *= 10
      decimals += 1
    }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e18 else { return "\(value)" }
    var digits = String(Int64(scaled))
    if decimals > 0 {
      digits = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
      while digits.hasSuffix("0") { digits.removeLast() }
      if digits.hasSuffix(".") { digits.removeLast() }
    }
    return (value < 0 ? "-" : "") + digits
  }

  /// The name closest to `name` by edit distance (case ignored), when close enough to be a typo.
  static func closestName(to name: String, among names: [String]) -> String? {
    let target = Array(name.lowercased())
    // Two edits (a transposition) for names of four letters or more, one for shorter ones.
    let limit = target.count < 4 ? 1 : max(2, target.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in names {
      let distance = editDistance(target, Array(candidate.lowercased()))
      if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }

  private static func editDistance(_ left: [Character], _ right: [Character]) -> Int {
    var previous = Array(0...right.count)
    for (i, leftCharacter) in left.enumerated() {
      var current = [i + 1] + [Int](repeating: 0, count: right.count)
      for (j, rightCharacter) in right.enumerated() {
        current[j + 1] = min(
          previous[j + 1] + 1, current[j] + 1, previous[j] + (leftCharacter == rightCharacter ? 0 : 1))
      }
      previous = current
    }
    return previous[right.count]
  }
}
