import AttritionSDK

/// The published casualty estimates, read from the shared catalog's `casualty_estimates` table, with
/// the look-ups the module's functions share.
///
/// It is read from the catalog on every call rather than cached here, so a session that loads its
/// own file `as casualty_estimates` (same columns) is used instead of the reference one.
struct EstimatesDataset: Sendable {
  /// The columns the table must have.
  static let requiredColumns = [
    "source", "publisher", "published", "as_of", "url", "side", "measure", "low", "central", "high", "qualifier",
    "confidence", "note",
  ]

  /// The figures, in the table's order.
  let rows: [PublishedEstimate]

  /// Reads and checks the table.
  init(table: Table) throws(ModuleError) {
    var columns: [String: Column] = [:]
    for name in EstimatesDataset.requiredColumns {
      guard let column = table.column(named: name) else {
        throw .missingEstimatesColumn(name, columns: table.columnNames)
      }
      columns[name] = column
    }
    var rows: [PublishedEstimate] = []
    for row in 0..<table.rowCount {
      rows.append(try PublishedEstimate(reading: columns, row: row))
    }
    self.rows = rows
  }

  /// The dataset of the session a function runs in.
  static func load(for arguments: FunctionArguments) throws -> EstimatesDataset {
    guard let context = arguments.context else { throw ModuleError.noDatasetCatalog }
    return try EstimatesDataset(table: try context.dataset(named: CasualtyModule.datasetName))
  }

  /// The estimators, in the order they first appear.
  var estimators: [String] {
    var seen: Set<String> = []
    return rows.map(\.estimator).filter { seen.insert($0.normalizedName).inserted }
  }

  /// The estimator's name as the dataset spells it.
  ///
  /// - Throws: ``ModuleError`` `unknown_estimator`, with the closest name as a suggestion.
  func estimator(named name: String) throws(ModuleError) -> String {
    let wanted = name.normalizedName
    guard let match = estimators.first(where: { $0.normalizedName == wanted }) else {
      throw .unknownEstimator(name, among: estimators)
    }
    return match
  }

  /// The figures that match every filter given (nil matches anything).
  func rows(estimator: String? = nil, side: String? = nil, measure: String? = nil) -> [PublishedEstimate] {
    let wanted = estimator?.normalizedName
    return rows.filter { row in
      (wanted.map { row.estimator.normalizedName == $0 } ?? true) && (side.map { row.side == $0 } ?? true)
        && (measure.map { row.measure == $0 } ?? true)
    }
  }

  /// The latest figure known by `day`: its as-of date must end by then (a figure dated only to a
  /// month counts from that month's last day). Without a day, the latest of all, dated ones first.
  static func latest(of rows: [PublishedEstimate], asOf day: Day?) -> PublishedEstimate? {
    let known = rows.filter { row in
      guard let day else { return true }
      guard let date = row.asOf else { return false }
      return date.last <= day
    }
    return known.max(by: PublishedEstimate.isEarlier)
  }

  /// The latest figure of each series (estimator, side, measure) known by `day`, in time order (undated last).
  static func latestOfEachSeries(_ rows: [PublishedEstimate], asOf day: Day?) -> [PublishedEstimate] {
    var series: [String: [PublishedEstimate]] = [:]
    for row in rows { series[row.seriesKey, default: []].append(row) }
    return series.values.compactMap { latest(of: $0, asOf: day) }.sorted(by: isListedEarlier)
  }

  /// What the dataset holds for an estimator (or for everyone), for notes: `CSIS: russia casualties, …`.
  func holdings(of estimator: String?) -> [String] {
    let names = estimator.map { [$0] } ?? estimators
    return names.map { name in
      var seen: Set<String> = []
      let series = rows(estimator: name).map { "\($0.side) \($0.measure)" }.filter { seen.insert($0).inserted }
      return "\(name): " + series.joined(separator: ", ")
    }
  }
}
