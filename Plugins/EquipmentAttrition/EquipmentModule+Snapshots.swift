import AttritionSDK

extension EquipmentModule {
  /// The optional parameters of every function over an Oryx totals table, in this order.
  static let oryxSnapshotParameters = [
    ParameterDescriptor(
      "as_of", .day, "with a dated table: the day whose latest snapshot counts (default: the latest)",
      isOptional: true),
    ParameterDescriptor(
      "date", .string, "with a dated table: its day column (default: the first day column)", isOptional: true),
  ]

  /// The Oryx totals of `table`, read by the `date` argument at `snapshotIndex + 1`, and the
  /// `as_of` day at `snapshotIndex` (nil for the latest snapshot).
  ///
  /// - Throws: ``ArgumentError`` when `as_of` is given for an undated table, and the errors of
  ///   ``OryxTotals/init(_:categoryColumn:dayColumn:)``.
  static func oryxTotals(_ table: Table, _ arguments: FunctionArguments, snapshotIndex: Int) throws -> (
    OryxTotals, Day?
  ) {
    let dayColumn = try arguments.given(snapshotIndex + 1).map { _ in try arguments.string(snapshotIndex + 1) }
    let totals = try OryxTotals(table, dayColumn: dayColumn)
    if !totals.skippedNames.isEmpty, let context = arguments.context {
      context.warn(
        "skipped rows whose category is not an Oryx category: "
          + totals.skippedNames.map { "'\($0)'" }.joined(separator: ", "))
    }
    guard arguments.given(snapshotIndex) != nil else { return (totals, nil) }
    let asOf = try arguments.day(snapshotIndex)
    guard totals.isDated else {
      throw arguments.invalid(snapshotIndex, "the table has no day column, so it holds no snapshots to choose from")
    }
    return (totals, asOf)
  }

  /// The sources of a figure read from snapshots, noting their days: "snapshot of 2025-07-19 (the
  /// latest on or before 2025-07-31)".
  static func provenance(_ totals: OryxTotals, days: [Day], asOf: Day?) -> Provenance {
    guard let column = totals.dayColumn, !days.isEmpty else { return totals.provenance }
    let unique = Array(Set(days)).sorted()
    let listed = unique.map(\.description).joined(separator: ", ")
    let noun = unique.count == 1 ? "snapshot" : "snapshots"
    let chosen = asOf.map { "the latest on or before \($0)" } ?? "the latest"
    return totals.provenance(noting: "Oryx \(noun) of \(listed) (\(column); \(chosen))")
  }
}
