import AttritionSDK

/// The loss counts of an Oryx totals table, by country, category (or system) and status, and by
/// snapshot day when the table is dated.
///
/// Reads `totals_by_type.csv` (country, equipment_type, destroyed, abandoned, captured, damaged,
/// type_total), `totals_by_system_wide.csv` (country, system, …: every row a system), and dated
/// tables of running totals: `daily_count.csv` (a row per change, by `date_recorded`) and the 206
/// snapshots of `totals_by_type_history.csv` (by `commit_date`). A dated table's day column is the
/// one named, else its first day column, whatever it is called. Its rows are snapshots of one
/// total, never added up: each country and category counts at its latest snapshot on or before
/// the day asked for. An undated table in which a country and category repeat is refused, since
/// its rows would be snapshots without a day.
struct OryxTotals {
  /// The four statuses Oryx sorts visually confirmed losses into, in the order reports give them.
  static let statuses = ["destroyed", "damaged", "abandoned", "captured"]

  /// Counts per status, in ``statuses`` order.
  struct Counts: Equatable {
    var byStatus: [Double] = [0, 0, 0, 0]

    /// All four statuses together.
    var total: Double { byStatus.reduce(0, +) }

    static func + (lhs: Counts, rhs: Counts) -> Counts {
      Counts(byStatus: zip(lhs.byStatus, rhs.byStatus).map(+))
    }
  }

  /// A country's counts of one category (or system) on one snapshot day. `low` and `high` differ
  /// only when two rows of the day disagree (two scrapes on one day), status by status.
  struct Snapshot {
    let day: Day?
    var low: Counts
    var high: Counts
    /// The rows (1-based) the snapshot was read from.
    var rows: [Int]
  }

  /// What a row counts: a country's category, or (in a table of systems) one system.
  struct Key: Hashable {
    let country: String
    let category: OryxCategory?
    let system: String?

    /// The key as messages name it: `Russia's 'tanks'`.
    var description: String {
      "\(country)'s '\(category?.rawValue ?? system ?? "losses")'"
    }
  }

  /// Each key's snapshots in ascending order of day; one for an undated table.
  private var snapshots: [Key: [Snapshot]] = [:]
  /// The keys, in the order the table first names them.
  private var keys: [Key] = []
  /// The countries, in the order the table first names them.
  private(set) var countries: [String] = []
  /// Category names that are not Oryx categories (parser junk), skipped.
  private(set) var skippedNames: [String] = []
  /// Whether the table has a category column (else its rows are systems).
  let hasCategories: Bool
  /// The name of the day column of a dated table, nil when undated.
  let dayColumn: String?
  /// The table's sources.
  let provenance: Provenance

  /// Reads a table.
  ///
  /// - Parameters:
  ///   - dayColumn: the day column to read snapshots by; nil for the table's first day column.
  /// - Throws: ``ModuleError`` `not_oryx_table` naming the columns it lacks, `no_day_column` for a
  ///   named column that holds no days, `missing_day` for a dated row without a day, and
  ///   `repeated_snapshot` when an undated table names a country's category twice.
  init(_ table: Table, categoryColumn: String = "equipment_type", dayColumn requested: String? = nil)
    throws(ModuleError)
  {
    provenance = table.provenance
    let columns = try Self.columns(of: table, categoryColumn: categoryColumn)
    hasCategories = columns.categories != nil
    let (dayName, days) = try Self.days(of: table, named: requested)
    dayColumn = dayName
    for index in 0..<table.rowCount {
      guard let country = columns.countries[index] else { continue }
      var category: OryxCategory?
      if let names = columns.categories {
        let name = names[index] ?? ""
        guard let known = OryxCategory(oryxName: name) else {
          if !skippedNames.contains(name) { skippedNames.append(name) }
          continue
        }
        category = known
      }
      let key = Key(country: country, category: category, system: category == nil ? columns.systems?[index] : nil)
      let counts = Counts(byStatus: columns.statuses.map { $0[index] ?? 0 })
      var day: Day?
      if let days {
        guard let value = days[index] else { throw .missingDay(row: index + 1, column: dayName ?? "date") }
        day = value
      } else if let earlier = snapshots[key]?.first {
        throw Self.repeatedSnapshot(key, rows: [earlier.rows[0], index + 1])
      }
      if !countries.contains(country) { countries.append(country) }
      if snapshots[key] == nil { keys.append(key) }
      snapshots[key, default: []].append(Snapshot(day: day, low: counts, high: counts, rows: [index + 1]))
    }
    if days != nil {
      for key in keys { snapshots[key] = Self.mergingDays(snapshots[key] ?? []) }
    }
  }

  /// Whether the table holds snapshots by day.
  var isDated: Bool { dayColumn != nil }

  /// The latest snapshot of a key on or before `asOf`, or the latest of all when `asOf` is nil.
  func snapshot(_ key: Key, asOf: Day?) -> Snapshot? {
    guard let list = snapshots[key] else { return nil }
    guard let asOf else { return list.last }
    return list.last { ($0.day ?? asOf) <= asOf }
  }

  /// Every snapshot of a key, in ascending order of day.
  func snapshots(_ key: Key) -> [Snapshot] {
    snapshots[key] ?? []
  }

  /// The counts of a country on or before `asOf` (the latest when nil): of one category, or of
  /// everything (the All Types row when the table has one, else every row that is not itself a
  /// sum of others), with the snapshot days used; nil when the table has none.
  ///
  /// - Throws: ``ModuleError`` `ambiguous_snapshot` when the rows of a snapshot day disagree.
  func counts(country: String, category: OryxCategory?, asOf: Day?) throws(ModuleError) -> (
    counts: Counts, days: [Day]
  )? {
    let mine = keys.filter { $0.country == country }
    let chosen: [Key]
    if let category {
      chosen = mine.filter { $0.category == category }
    } else if let all = mine.first(where: { $0.category == .allTypes }), snapshot(all, asOf: asOf) != nil {
      chosen = [all]
    } else {
      chosen = mine.filter { !($0.category?.isAggregate ?? false) }
    }
    var total = Counts()
    var days: [Day] = []
    var found = false
    for key in chosen {
      guard let snapshot = snapshot(key, asOf: asOf) else { continue }
      guard snapshot.low == snapshot.high else { throw Self.ambiguous(key, snapshot) }
      total = total + snapshot.low
      found = true
      if let day = snapshot.day, !days.contains(day) { days.append(day) }
    }
    return found ? (total, days.sorted()) : nil
  }

  /// The table's sources, each with a note saying which snapshots a figure was read from.
  func provenance(noting note: String) -> Provenance {
    Provenance(
      sources: provenance.sources.map { source in
        var noted = source
        noted.note = [source.note, note].compactMap(\.self).joined(separator: "; ")
        return noted
      })
  }
}

extension OryxTotals {
  /// The columns a totals table must have, typed.
  private struct Columns {
    let countries: StringColumn
    let categories: StringColumn?
    let systems: StringColumn?
    let statuses: [[Double?]]
  }

  private static func columns(of table: Table, categoryColumn: String) throws(ModuleError) -> Columns {
    let needed = ["country"] + statuses
    let missing = needed.filter { table.column(named: $0) == nil }
    guard missing.isEmpty else {
      throw ModuleError(
        "not_oryx_table",
        "the table lacks the Oryx column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))",
        notes: ["expected columns: country, equipment_type (or system), destroyed, damaged, abandoned, captured"])
    }
    guard let countryColumn = table.column(named: "country"), case .string(let countries) = countryColumn.data else {
      throw ModuleError("not_oryx_table", "column 'country' must hold text")
    }
    var statusNumbers: [[Double?]] = []
    for status in statuses {
      guard let column = table.column(named: status), let numbers = column.numbers else {
        throw ModuleError("not_oryx_table", "column '\(status)' must hold numbers")
      }
      statusNumbers.append(numbers)
    }
    var categories: StringColumn?
    if let column = table.column(named: categoryColumn) {
      guard case .string(let cells) = column.data else {
        throw ModuleError("not_oryx_table", "column '\(categoryColumn)' must hold category names")
      }
      categories = cells
    }
    var systems: StringColumn?
    if let column = table.column(named: "system"), case .string(let cells) = column.data { systems = cells }
    return Columns(countries: countries, categories: categories, systems: systems, statuses: statusNumbers)
  }

  /// The day column of a dated table: the one named, else the first day column; nil when undated.
  private static func days(of table: Table, named name: String?) throws(ModuleError) -> (String?, [Day?]?) {
    if let name {
      guard let column = table.column(named: name) else { throw .unknownColumn(name, in: table) }
      guard case .day(let cells) = column.data else {
        throw ModuleError("no_day_column", "column '\(name)' holds \(column.data.typeName)s, not days")
      }
      return (name, cells)
    }
    for column in table.columns {
      if case .day(let cells) = column.data { return (column.name, cells) }
    }
    return (nil, nil)
  }

  /// Sorted snapshots with the rows of one day merged: low and high status by status.
  private static func mergingDays(_ list: [Snapshot]) -> [Snapshot] {
    var merged: [Snapshot] = []
    for snapshot in list.sorted(by: { ($0.day?.ordinal ?? 0) < ($1.day?.ordinal ?? 0) }) {
      guard var last = merged.last, last.day == snapshot.day else {
        merged.append(snapshot)
        continue
      }
      last.low = Counts(byStatus: zip(last.low.byStatus, snapshot.low.byStatus).map { Swift.min($0, $1) })
      last.high = Counts(byStatus: zip(last.high.byStatus, snapshot.high.byStatus).map { Swift.max($0, $1) })
      last.rows += snapshot.rows
      merged[merged.count - 1] = last
    }
    return merged
  }

  /// `repeated_snapshot`: an undated table names a country's category twice.
  private static func repeatedSnapshot(_ key: Key, rows: [Int]) -> ModuleError {
    ModuleError(
      "repeated_snapshot",
      "the table has no day column, yet \(key.description) appears in rows \(rows[0]) and \(rows[1]): its rows "
        + "look like snapshots of one total, which must not be added up",
      notes: [
        "a table of snapshots needs a column of days; name it with date: \"…\", or keep one snapshot first "
          + "(| where …)"
      ])
  }

  /// `ambiguous_snapshot`: two rows of one snapshot day disagree.
  private static func ambiguous(_ key: Key, _ snapshot: Snapshot) -> ModuleError {
    let day = snapshot.day.map { "\($0)" } ?? "one day"
    return ModuleError(
      "ambiguous_snapshot",
      "\(snapshot.rows.count) rows of \(day) (rows \(snapshot.rows.map(String.init).joined(separator: ", "))) give "
        + "\(key.description) different counts: \(ModuleError.figure(snapshot.low.total)) to "
        + "\(ModuleError.figure(snapshot.high.total))",
      notes: ["keep one snapshot of that day first (e.g. | where commit == \"…\"), or ask for another day (as_of:)"])
  }
}
