import AttritionSDK

extension EquipmentModule {
  /// `equipment.confirmed(table, category)`: one side's visually confirmed losses of a category.
  static let confirmed = FunctionDescriptor(
    name: "confirmed",
    summary: "One side's visually confirmed losses of a category in an Oryx totals table, in the category's unit.",
    discussion: """
      The four statuses added up (destroyed, damaged, abandoned, captured) for `side` (default Russia) in \
      `category`: any Oryx spelling, a stable name (`equipment.normalize`), a short name ("IFV", "APC", \
      "AFV") or "other armoured" (afv + apc + mrap: the rest of Oryx's own Armoured Combat Vehicles sum \
      of tanks, AFVs, IFVs, APCs and MRAPs, once tanks and IFVs are counted apart). A dated table holds \
      snapshots of a running total: the latest on or before `as_of` counts, its day is in the source note, \
      and rows of different days are never added up. The count carries the category's unit (tanks, ifv, \
      apc, artillery, vehicles, …), so a General Staff count over it is a plain ratio.
      """,
    parameters: [
      ParameterDescriptor("table", .table, "an Oryx totals table (totals_by_type.csv, daily_count.csv, its history)"),
      ParameterDescriptor("category", .string, "e.g. \"tanks\", \"IFV\", \"other armoured\""),
      ParameterDescriptor("side", .string, "the country (default \"Russia\")", isOptional: true),
    ] + oryxSnapshotParameters,
    returns: "number (the category's unit)",
    examples: [
      FunctionExample(
        """
        let oryx = table(country: ["Russia", "Ukraine"], equipment_type: ["Tanks", "Tanks"], \
        destroyed: [2991, 896], damaged: [158, 81], abandoned: [392, 96], captured: [533, 147])
        equipment.confirmed(oryx, "tanks")
        """, "4,074 tanks"),
      FunctionExample(
        """
        let h = table(day: [2024-01-01, 2024-01-01, 2024-02-01, 2024-02-01], country: ["Russia", "Russia", \
        "Russia", "Russia"], equipment_type: ["Tanks", "APCs", "Tanks", "APCs"], destroyed: [10, 5, 12, 7], \
        damaged: [0, 0, 0, 0], abandoned: [0, 0, 0, 0], captured: [0, 0, 1, 0])
        [equipment.confirmed(h, "tanks"), equipment.confirmed(h, "tanks", as_of: 2024-01-15)]
        """, "[13 tanks, 10 tanks]"),
    ]
  ) { arguments in
    let table = try arguments.table(0)
    let category = try lossCategory(arguments, 1)
    let side = try side(arguments, 2)
    let (totals, asOf) = try oryxTotals(table, arguments, snapshotIndex: 3)
    var total = 0.0
    var days: [Day] = []
    for component in category.components {
      guard let found = try totals.counts(country: side, category: component, asOf: asOf) else {
        throw missingCategory(component.rawValue, side: side, totals: totals)
      }
      total += found.counts.total
      days += found.days
    }
    return .estimate(.exact(total, unit: category.unit, provenance: provenance(totals, days: days, asOf: asOf)))
  }

  /// `equipment.confirmed_window(history, category, period)`: losses inside a period from snapshots.
  static let confirmedWindow = FunctionDescriptor(
    name: "confirmed_window",
    summary: "Visually confirmed losses inside a period from irregular snapshots of Oryx's totals, as a range.",
    discussion: """
      Oryx publishes running totals, and its history (`totals_by_type_history.csv`: 206 snapshots from \
      2022-03-28 to 2025-07-19, days apart or weeks apart) gives them only on the days it was read. With \
      S⁻(d) the last snapshot on or before day d, S⁺(d) the first on or after it and b the day before the \
      period starts, the losses inside the period lie between total(S⁻(end)) − total(S⁺(b)) and \
      total(S⁺(end)) − total(S⁻(b)); the central value is the difference of the totals interpolated \
      linearly by day at the end and at b. A bound equals the central value where snapshots fall on \
      those days. A period ending after the last snapshot has no known upper bound, and its central value \
      counts only to that snapshot; one starting before the first snapshot is an error. The bounds hold \
      when the total does not fall between snapshots; where it fell between two snapshots inside the \
      window (Oryx removes items it cannot confirm), a warning names them. The snapshot days used are in \
      the source note. Categories as in `equipment.confirmed` (\"other armoured\" is afv + apc + mrap); \
      two scrapes on one day give that day's total as a range. Oryx counts a loss when it is photographed \
      and recorded, often days or weeks after it happened.
      """,
    parameters: [
      ParameterDescriptor("table", .table, "dated Oryx totals: a day column, country, equipment_type and statuses"),
      ParameterDescriptor("category", .string, "e.g. \"tanks\", \"IFV\", \"APC\", \"other armoured\""),
      ParameterDescriptor("period", .period, "the inclusive period, e.g. 2024-01-01..2025-06-04"),
      ParameterDescriptor("side", .string, "the country (default \"Russia\")", isOptional: true),
      ParameterDescriptor(
        "date", .string, "the table's day column (default: the first day column)", isOptional: true),
    ],
    returns: "number (the category's unit), with bounds",
    examples: [
      FunctionExample(
        """
        let h = table(day: [2024-01-01, 2024-01-11, 2024-01-31], country: ["Russia", "Russia", "Russia"], \
        equipment_type: ["Tanks", "Tanks", "Tanks"], destroyed: [100, 110, 150], damaged: [0, 0, 0], \
        abandoned: [0, 0, 0], captured: [0, 0, 0])
        equipment.confirmed_window(h, "tanks", 2024-01-02..2024-01-21)
        """, "30.0 [10.0 – 50.0] tanks"),
      FunctionExample(
        """
        let h = table(day: [2024-01-01, 2024-01-31], country: ["Russia", "Russia"], equipment_type: ["Tanks", \
        "Tanks"], destroyed: [100, 130], damaged: [0, 0], abandoned: [0, 0], captured: [0, 0])
        equipment.confirmed_window(h, "tanks", 2024-01-02..2024-02-15)
        """, "at least 30 tanks"),
    ]
  ) { arguments in
    let table = try arguments.table(0)
    let category = try lossCategory(arguments, 1)
    let period = try arguments.period(2)
    let side = try side(arguments, 3)
    let dayColumn = try arguments.given(4).map { _ in try arguments.string(4) }
    let totals = try OryxTotals(table, dayColumn: dayColumn)
    guard let column = totals.dayColumn else {
      throw ModuleError.noDayColumn(in: table).adding(note: "confirmed_window needs dated snapshots of the totals")
    }
    let window = SnapshotWindow(points: try snapshotPoints(totals, side: side, category: category))
    guard let losses = window.losses(in: period) else {
      let first = window.points.first.map { "\($0.day)" } ?? "nowhere"
      throw ModuleError(
        "period_outside_series",
        "the snapshots of \(side)'s '\(category.name)' begin on \(first), after \(period.start.adding(days: -1)), "
          + "the day before \(period) starts",
        notes: ["a window needs the total on the day before it starts; start it on \(first) or later"])
    }
    warnAboutFalls(losses, side: side, category: category, arguments)
    var note = "\(column) snapshots of \(losses.days.map(\.description).joined(separator: ", ")) around \(period)"
    if losses.endsAfterLastSnapshot, let last = window.points.last {
      note += "; the period ends after the last snapshot (\(last.day)): upper bound unknown, central value to it"
    }
    if category.components.count > 1 { note += "; \(category.name) = \(category.definition)" }
    return .estimate(
      Estimate(
        value: losses.value, low: losses.low, high: losses.high, unit: category.unit,
        provenance: totals.provenance(noting: note)))
  }
}

extension EquipmentModule {
  /// The category argument: any name ``LossCategory`` knows.
  static func lossCategory(_ arguments: FunctionArguments, _ index: Int) throws -> LossCategory {
    let name = try arguments.string(index)
    guard let category = LossCategory(named: name) else {
      throw unknownCategory(name).adding(note: "or \"other armoured\" (afv + apc + mrap)")
    }
    return category
  }

  /// The side argument as the table spells countries: "Russia" by default, any case.
  static func side(_ arguments: FunctionArguments, _ index: Int) throws -> String {
    guard arguments.given(index) != nil else { return "Russia" }
    let name = try arguments.string(index)
    let folded = name.lowercased()
    return folded == "russia" ? "Russia" : folded == "ukraine" ? "Ukraine" : name
  }

  /// The dated totals of a side's category, summed over its components on the days all have one.
  private static func snapshotPoints(_ totals: OryxTotals, side: String, category: LossCategory) throws
    -> [SnapshotWindow.Point]
  {
    var byDay: [Day: (low: Double, high: Double, count: Int)] = [:]
    for component in category.components {
      let key = OryxTotals.Key(country: side, category: component, system: nil)
      let snapshots = totals.snapshots(key)
      guard !snapshots.isEmpty else { throw missingCategory(component.rawValue, side: side, totals: totals) }
      for snapshot in snapshots {
        guard let day = snapshot.day else { continue }
        let sum = byDay[day] ?? (0, 0, 0)
        byDay[day] = (sum.low + snapshot.low.total, sum.high + snapshot.high.total, sum.count + 1)
      }
    }
    return byDay.filter { $0.value.count == category.components.count }
      .map { SnapshotWindow.Point(day: $0.key, low: $0.value.low, high: $0.value.high) }
      .sorted { $0.day < $1.day }
  }

  private static func warnAboutFalls(
    _ losses: SnapshotWindow.Result, side: String, category: LossCategory, _ arguments: FunctionArguments
  ) {
    guard !losses.falls.isEmpty, let context = arguments.context else { return }
    let shown = losses.falls.prefix(5).map { fall in
      "\(SeriesJump.figure(fall.from.low)) on \(fall.from.day) to \(SeriesJump.figure(fall.to.high)) on \(fall.to.day)"
    }
    let more = losses.falls.count > 5 ? " and \(losses.falls.count - 5) more" : ""
    context.warn(
      "\(side)'s '\(category.name)' total falls between snapshots inside the window: "
        + shown.joined(separator: ", ") + more
        + "; Oryx removed items it could no longer confirm, so the bounds assume no fall elsewhere")
  }

  /// `missing_category`: the table has no rows of a category for a side.
  static func missingCategory(_ name: String, side: String, totals: OryxTotals) -> ModuleError {
    ModuleError(
      "missing_category", "the table has no '\(name)' rows for \(side)",
      notes: ["countries: " + totals.countries.joined(separator: ", ")])
  }
}

extension ModuleError {
  /// The same error with one more note.
  func adding(note: String) -> ModuleError {
    ModuleError(diagnostic.id.name, diagnostic.message, notes: diagnostic.notes + [note])
  }
}
