import AttritionSDK

extension EquipmentModule {
  /// `equipment.normalize(category)`: Oryx's drifting category names mapped to stable ones.
  static let normalize = FunctionDescriptor(
    name: "normalize",
    summary: "The stable name of an Oryx equipment category, whatever spelling Oryx used; or a table with one added.",
    discussion: """
      Oryx renamed categories over time ("Trucks, Vehicles and Jeeps" → "Trucks, Vehicles, and Jeeps" → \
      "Trucks, Vehicles, Jeeps, and Trains"; "Multiple Rocket Launchers" → "Rocket and Missile \
      Artillery"; "Naval Ships" → "Naval Ships and Submarines"), spells some per side ("Radars" / "Radars \
      And Communications Equipment"), and embeds running totals in its summary rows' names. Each maps to \
      one stable name: tanks, afv, ifv, apc, mrap, imv, command_posts, engineering, ugv, sp_atgm, \
      artillery_support, towed_artillery, sp_artillery, rocket_artillery, aa_guns, sp_aa_guns, sam, \
      radars, jammers, aircraft, helicopters, ucav, recon_uav, uav (before the November 2022 split into \
      reconnaissance and combat drones), naval, trucks, and the sums all_types, armoured_combat_vehicles \
      and excluding_recon_drones_and_trucks. Case, commas and spacing do not matter. Anything else — \
      such as the parser junk `tured: 569)` in Oryx's history — gives null, never a new category. Given \
      a table, returns it with a `category` column added from `column` (default `equipment_type`), \
      and warns about the names it could not map.
      """,
    parameters: [
      ParameterDescriptor("category", .any, "an Oryx category name, or an Oryx table"),
      ParameterDescriptor("column", .string, "with a table: its column of category names", isOptional: true),
    ],
    returns: "string or null; or the table with a 'category' column",
    examples: [
      FunctionExample(#"equipment.normalize("Trucks, Vehicles, Jeeps, and Trains")"#, "trucks"),
      FunctionExample(
        #"[equipment.normalize("Multiple Rocket Launchers"), equipment.normalize("tured: 569)")]"#,
        #"["rocket_artillery", null]"#),
    ]
  ) { arguments in
    switch try arguments.value(0) {
    case .string(let name):
      return OryxCategory(oryxName: name).map { .string($0.rawValue) } ?? .null
    case .table(let table):
      let column = arguments.optional(1) == nil ? "equipment_type" : try arguments.string(1)
      return .table(try normalized(table, column: column, arguments))
    case let other:
      throw arguments.wrongType(0, expected: "a string or a table", found: other)
    }
  }

  private static func normalized(_ table: Table, column name: String, _ arguments: FunctionArguments) throws -> Table {
    guard let column = table.column(named: name) else { throw ModuleError.unknownColumn(name, in: table) }
    guard case .string(let names) = column.data else {
      throw ModuleError("not_text", "column '\(name)' holds \(column.data.typeName)s, not category names")
    }
    var unknown: [String] = []
    let categories = (0..<table.rowCount).map { row -> String? in
      guard let text = names[row] else { return nil }
      guard let category = OryxCategory(oryxName: text) else {
        if !unknown.contains(text) { unknown.append(text) }
        return nil
      }
      return category.rawValue
    }
    if !unknown.isEmpty, let context = arguments.context {
      let shown = unknown.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
      context.warn("\(unknown.count) name\(unknown.count == 1 ? " is" : "s are") not Oryx categories: \(shown)")
    }
    let added = Column(name: "category", data: .string(StringColumn(categories)), provenance: column.provenance)
    let columns = table.columns.filter { $0.name != "category" } + [added]
    return try Table(columns: columns, provenance: table.provenance, summary: table.summary)
  }

  /// `equipment.status(table)`: destroyed / damaged / abandoned / captured shares.
  static let status = FunctionDescriptor(
    name: "status",
    summary: "The breakdown of Oryx's confirmed losses by status (destroyed, damaged, abandoned, captured), per side.",
    discussion: """
      Over an Oryx totals table (`totals_by_type.csv`, `totals_by_system_wide.csv` or the dated \
      `daily_count.csv` or the snapshots of `totals_by_type_history.csv`, whose rows are snapshots of \
      running totals: each side and category counts at its latest snapshot on or before `as_of`, never \
      summed over snapshots): for each country, the count of each status, in the category's unit, and \
      its share of the four. Without a category it uses the All Types row, or else the \
      sum of every category that is not itself a sum; with one (any Oryx spelling or stable name) only \
      that category. Oryx counts only losses with photo or video evidence, and an item can change \
      status as new images appear: the shares describe the confirmed record, not all losses.
      """,
    parameters: [
      ParameterDescriptor("table", .table, "an Oryx totals table (country, equipment_type, destroyed, …)"),
      ParameterDescriptor("category", .string, "one category, e.g. \"tanks\" (default: all)", isOptional: true),
    ] + oryxSnapshotParameters,
    returns: "table (country, status, count, share)",
    examples: [
      FunctionExample(
        """
        let oryx = table(country: ["Russia"], equipment_type: ["Tanks"], \
        destroyed: [2991], damaged: [158], abandoned: [392], captured: [533])
        equipment.status(oryx)
        """,
        """
        country  status     count (items)      share
        ───────  ─────────  ─────────────  ─────────
        Russia   destroyed          2,991   0.734168
        Russia   damaged              158  0.0387825
        Russia   abandoned            392  0.0962199
        Russia   captured             533    0.13083
        """)
    ]
  ) { arguments in
    let table = try arguments.table(0)
    var category: OryxCategory?
    if arguments.optional(1) != nil {
      let name = try arguments.string(1)
      guard let known = OryxCategory(oryxName: name) else { throw unknownCategory(name) }
      category = known
    }
    let (totals, asOf) = try oryxTotals(table, arguments, snapshotIndex: 2)
    var days: [Day] = []
    var countries: [String?] = []
    var statuses: [String?] = []
    var counts: [Double?] = []
    var shares: [Double?] = []
    for country in totals.countries {
      guard let found = try totals.counts(country: country, category: category, asOf: asOf) else { continue }
      days += found.days
      for (status, count) in zip(OryxTotals.statuses, found.counts.byStatus) {
        countries.append(country)
        statuses.append(status)
        counts.append(count)
        shares.append(found.counts.total > 0 ? count / found.counts.total : nil)
      }
    }
    guard !countries.isEmpty else {
      throw ModuleError(
        "missing_category", "the table has no rows for \(category.map { "'\($0.rawValue)'" } ?? "any category")")
    }
    let provenance = provenance(totals, days: days, asOf: asOf)
    let unit = category?.unit ?? OryxCategory.allTypes.unit
    return .table(
      try Table(
        columns: [
          Column(name: "country", data: .string(StringColumn(countries)), provenance: provenance),
          Column(name: "status", data: .string(StringColumn(statuses)), provenance: provenance),
          Column(name: "count", data: .number(counts, unit: unit), provenance: provenance),
          Column(name: "share", data: .number(shares, unit: .none), provenance: provenance),
        ], provenance: provenance, summary: "Oryx losses by status"))
  }
}
