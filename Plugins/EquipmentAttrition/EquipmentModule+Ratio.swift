import AttritionSDK

extension EquipmentModule {
  /// `equipment.ratio(a, b)`: one side's losses per loss of the other.
  static let ratio = FunctionDescriptor(
    name: "ratio",
    summary: "The ratio of two loss figures (e.g. Russian : Ukrainian), or of Russia's to Ukraine's in an Oryx table.",
    discussion: """
      With two numbers: a / b by interval arithmetic, so ranges give a range and one-sided figures keep \
      their known side. Both must count the same thing (tanks and tanks, or plain counts); the result is \
      a plain number. With an Oryx totals table and a category: Russia's visually confirmed losses in \
      that category over Ukraine's (categories are normalised across Oryx's renames). A dated table \
      (`daily_count.csv`, the snapshots of `totals_by_type_history.csv`: its first day column, whatever \
      it is called, or `date:`) holds snapshots of running totals, which are never added up: each side \
      counts at its latest snapshot on or before `as_of` (default: the latest), and the snapshot days \
      are in the result's source note. Oryx counts only what is photographed, so its ratio is of \
      confirmed losses, not of all losses.
      """,
    parameters: [
      ParameterDescriptor("a", .any, "the numerator's losses, or an Oryx totals table"),
      ParameterDescriptor("b", .any, "the denominator's losses, or (with a table) a category such as \"tanks\""),
    ] + oryxSnapshotParameters,
    returns: "number (plain)",
    examples: [
      FunctionExample("equipment.ratio(4074, 1220)", "3.339"),
      FunctionExample("equipment.ratio(3000..3500 tanks, 1000 tanks)", "3.25 [3.00 – 3.50]"),
      FunctionExample(
        """
        let oryx = table(country: ["Russia", "Ukraine"], equipment_type: ["Tanks", "Tanks"], \
        destroyed: [2991, 896], damaged: [158, 81], abandoned: [392, 96], captured: [533, 147])
        equipment.ratio(oryx, "Tanks")
        """, "3.339"),
    ]
  ) { arguments in
    if case .table(let table) = try arguments.value(0) {
      return .estimate(try oryxRatio(table, category: try arguments.string(1), arguments, snapshotIndex: 2))
    }
    let a = try arguments.estimate(0)
    let b = try arguments.estimate(1)
    guard let denominator = aligned(b, to: a.unit) else {
      throw ModuleError(
        "unit_mismatch", "cannot take the ratio of '\(a.unit)' to '\(b.unit)': they count different things",
        notes: ["a loss ratio compares like with like, e.g. tanks to tanks"])
    }
    do throws(EstimateError) {
      var result = try a.dividing(by: denominator)
      result.unit = .none
      return .estimate(result)
    } catch {
      throw ModuleError(error, computing: "the ratio")
    }
  }

  /// Russia's losses in a category over Ukraine's, from an Oryx totals table.
  private static func oryxRatio(
    _ table: Table, category name: String, _ arguments: FunctionArguments, snapshotIndex: Int
  ) throws -> Estimate {
    guard let category = OryxCategory(oryxName: name) else { throw unknownCategory(name) }
    let (totals, asOf) = try oryxTotals(table, arguments, snapshotIndex: snapshotIndex)
    guard let russia = try totals.counts(country: "Russia", category: category, asOf: asOf),
      let ukraine = try totals.counts(country: "Ukraine", category: category, asOf: asOf)
    else {
      throw ModuleError(
        "missing_category", "the table has no '\(category.rawValue)' row for both Russia and Ukraine",
        notes: ["countries: " + totals.countries.joined(separator: ", ")])
    }
    guard ukraine.counts.total > 0 else {
      throw ModuleError("divisor_range_contains_zero", "Ukraine has no '\(category.rawValue)' losses to divide by")
    }
    return .exact(
      russia.counts.total / ukraine.counts.total,
      provenance: provenance(totals, days: russia.days + ukraine.days, asOf: asOf))
  }

  /// `unknown_category`: a name that is no Oryx category.
  static func unknownCategory(_ name: String) -> ModuleError {
    ModuleError(
      "unknown_category", "'\(name)' is not an Oryx equipment category",
      notes: ["categories: " + OryxCategory.allCases.map(\.rawValue).joined(separator: ", ")])
  }
}
