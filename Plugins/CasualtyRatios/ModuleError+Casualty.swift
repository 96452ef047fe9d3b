import AttritionSDK

/// The errors the `casualty` module raises, each with a stable ID in the `module` phase.
extension ModuleError {
  /// Two figures whose dimensions cannot be combined the way the function needs.
  static func unitMismatch(_ function: String, _ message: String, _ figures: [(String, Unit)]) -> ModuleError {
    ModuleError(
      "unit_mismatch", "'\(function)': \(message)",
      notes: figures.map { name, unit in
        unit.isNone ? "'\(name)' is a plain number" : "'\(name)' is in \(unit) (\(unit.dimension))"
      })
  }

  /// A divisor that may be zero, so the quotient has no bound.
  static func divisorContainsZero(_ function: String, _ parameter: String, _ divisor: Estimate) -> ModuleError {
    ModuleError(
      "divisor_contains_zero",
      "'\(function)': the divisor '\(parameter)' may be zero (\(divisor.rangeText)), so the result has no bound",
      notes: ["state the divisor's lower bound above zero, e.g. with a range 'low..high'"])
  }

  /// A divisor that is negative: a count or an area divides only when positive.
  static func divisorNotPositive(_ function: String, _ parameter: String, _ divisor: Estimate) -> ModuleError {
    ModuleError(
      "divisor_not_positive", "'\(function)': the divisor '\(parameter)' must be positive, found \(divisor.rangeText)")
  }

  /// More killed than casualties: the share would exceed 1, which is never right.
  static func killedExceedsTotal(_ function: String, killed: Estimate, total: Estimate) -> ModuleError {
    ModuleError(
      "killed_exceeds_total",
      "'\(function)': killed (\(killed.rangeText)) exceeds the total (\(total.rangeText))",
      notes: [
        "the total must include the killed: pass killed and wounded (casualties) as the total",
        "check the order of the arguments: killed first, then the total",
      ])
  }

  /// An estimator the dataset does not know.
  static func unknownEstimator(_ name: String, among names: [String]) -> ModuleError {
    ModuleError(
      "unknown_estimator", "no estimator '\(name)' in \(CasualtyModule.datasetName)",
      notes: NameMatcher.notes(for: name, among: names, kind: "estimators"))
  }

  /// No published figure matches what was asked.
  static func noEstimate(_ what: String, notes: [String] = []) -> ModuleError {
    ModuleError("no_estimate", "no published estimate of \(what) in \(CasualtyModule.datasetName)", notes: notes)
  }

  /// A row of the estimates table that does not follow its schema.
  static func invalidEstimatesRow(line: Int, column: String, _ reason: String) -> ModuleError {
    ModuleError(
      "invalid_estimates_row", "\(CasualtyModule.datasetName), line \(line), column '\(column)': \(reason)")
  }

  /// The estimates table lacks a column the module reads.
  static func missingEstimatesColumn(_ column: String, columns: [String]) -> ModuleError {
    ModuleError(
      "invalid_estimates_table", "\(CasualtyModule.datasetName) has no column '\(column)'",
      notes: ["columns: " + columns.joined(separator: ", ")])
  }

  /// The function was called without a host that shares datasets.
  static let noDatasetCatalog = ModuleError(
    "no_dataset_catalog", "\(CasualtyModule.datasetName) is read from the session's catalog, and there is none here")
}
