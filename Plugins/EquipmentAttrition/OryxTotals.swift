import AttritionSDK

/// The loss counts of an Oryx totals table, by country and category and status.
///
/// Reads `totals_by_type.csv` (country, equipment_type, destroyed, abandoned, captured, damaged,
/// type_total), `totals_by_system_wide.csv` (country, system, …, total: every row a system) and
/// `daily_count.csv` (the same per scrape day in `date_recorded`: only the latest row of each
/// country and category counts, since the rows are running totals).
struct OryxTotals {
  /// The four statuses Oryx sorts visually confirmed losses into, in the order reports give them.
  static let statuses = ["destroyed", "damaged", "abandoned", "captured"]

  /// Counts per status, in ``statuses`` order.
  struct Counts {
    var byStatus: [Double] = [0, 0, 0, 0]

    /// All four statuses together.
    var total: Double { byStatus.reduce(0, +) }

    static func + (lhs: Counts, rhs: Counts) -> Counts {
      Counts(byStatus: zip(lhs.byStatus, rhs.byStatus).map(+))
    }
  }

  private struct Row {
    let country: String
    /// nil for a table of systems, where every row counts toward the country's total.
    let category: OryxCategory?
    let counts: Counts
  }

  private var rows: [Row] = []
  /// The countries, in the order the table first names them.
  private(set) var countries: [String] = []
  /// Category names that are not Oryx categories (parser junk), skipped.
  private(set) var skippedNames: [String] = []
  /// Whether the table has a category column (else its rows are systems).
  let hasCategories: Bool
  /// The table's sources.
  let provenance: Provenance

  /// Reads a table.
  ///
  /// - Throws: ``ModuleError`` `not_oryx_table` naming the columns it lacks.
  init(_ table: Table, categoryColumn: String = "equipment_type") throws(ModuleError) {
    provenance = table.provenance
    let needed = ["country"] + Self.statuses
    let missing = needed.filter { table.column(named: $0) == nil }
    guard missing.isEmpty else {
      throw ModuleError(
        "not_oryx_table",
        "the table lacks the Oryx column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))",
        notes: ["expected columns: country, equipment_type (or system), destroyed, damaged, abandoned, captured"])
    }
    guard let countryColumn = table.column(named: "country"), case .string(let countryCells) = countryColumn.data else {
      throw ModuleError("not_oryx_table", "column 'country' must hold text")
    }
    var statusNumbers: [[Double?]] = []
    for status in Self.statuses {
      guard let column = table.column(named: status), let numbers = column.numbers else {
        throw ModuleError("not_oryx_table", "column '\(status)' must hold numbers")
      }
      statusNumbers.append(numbers)
    }
    var names: StringColumn?
    if let column = table.column(named: categoryColumn) {
      guard case .string(let cells) = column.data else {
        throw ModuleError("not_oryx_table", "column '\(categoryColumn)' must hold category names")
      }
      names = cells
    }
    hasCategories = names != nil
    var latest: [String: (day: Day?, row: Row)] = [:]
    var order: [String] = []
    let days = Self.days(of: table)
    for index in 0..<table.rowCount {
      guard let country = countryCells[index] else { continue }
      var category: OryxCategory?
      if let names {
        let name = names[index] ?? ""
        guard let known = OryxCategory(oryxName: name) else {
          if !skippedNames.contains(name) { skippedNames.append(name) }
          continue
        }
        category = known
      }
      let counts = Counts(byStatus: statusNumbers.map { $0[index] ?? 0 })
      let row = Row(country: country, category: category, counts: counts)
      if !countries.contains(country) { countries.append(country) }
      // A dated table holds running totals: keep each country's latest row per category.
      guard let days, let category else {
        rows.append(row)
        continue
      }
      let key = country + "\u{0}" + category.rawValue
      let day = days[index]
      if let kept = latest[key], let keptDay = kept.day, let day, keptDay > day { continue }
      if latest[key] == nil { order.append(key) }
      latest[key] = (day, row)
    }
    rows += order.compactMap { latest[$0]?.row }
  }

  /// The counts of a country: of one category, or of everything (the All Types row when the table
  /// has one, else every row that is not itself a sum of others); nil when the table has none.
  func counts(country: String, category: OryxCategory?) -> Counts? {
    let mine = rows.filter { $0.country == country }
    let chosen: [Row]
    if let category {
      chosen = mine.filter { $0.category == category }
    } else if let all = mine.first(where: { $0.category == .allTypes }) {
      chosen = [all]
    } else {
      chosen = mine.filter { !($0.category?.isAggregate ?? false) }
    }
    guard !chosen.isEmpty else { return nil }
    return chosen.reduce(Counts()) { $0 + $1.counts }
  }

  /// The scrape days of a dated table (`date_recorded`, else `date`), or nil.
  private static func days(of table: Table) -> [Day?]? {
    for name in ["date_recorded", "date"] {
      if let column = table.column(named: name), case .day(let cells) = column.data { return cells }
    }
    return nil
  }
}
