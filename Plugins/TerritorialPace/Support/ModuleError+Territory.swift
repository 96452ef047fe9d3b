import AttritionSDK

/// The errors the `territory` module raises, each with a stable ID in the `module` phase.
extension ModuleError {
  /// A figure whose unit does not measure what the parameter needs.
  static func wrongUnit(
    _ function: String, _ parameter: String, expected: String, found figure: Estimate, hint: String? = nil
  ) -> ModuleError {
    ModuleError(
      "unit_mismatch", "'\(function)' argument '\(parameter)' must be \(expected), found \(figure.unit.named)",
      notes: hint.map { [$0] } ?? [])
  }

  /// A divisor (a period, a pace) that is not positive, or whose range reaches zero.
  static func notPositive(_ function: String, _ parameter: String, _ figure: Estimate, why: String) -> ModuleError {
    let range = figure.isExact ? "" : " (range \(figure.rangeText))"
    return ModuleError(
      "not_positive", "'\(function)' argument '\(parameter)' must be positive\(range): \(why)",
      notes: ["state a range whose lower bound is above zero, e.g. '5..15 km²/day'"])
  }

  /// The function needs a session's dataset catalog, and runs without one.
  static var noDatasetCatalog: ModuleError {
    ModuleError("no_dataset_catalog", "this function reads a reference dataset and needs a session to run in")
  }

  /// A reference table lacks a column the module reads.
  static func missingReferenceColumn(_ dataset: String, _ column: String, columns: [String]) -> ModuleError {
    ModuleError(
      "invalid_reference_table", "dataset '\(dataset)' has no column '\(column)'",
      notes: ["columns: " + columns.joined(separator: ", ")])
  }

  /// No geometry to measure.
  static func noPolygons(_ function: String, _ what: String) -> ModuleError {
    ModuleError(
      "no_polygons", "'\(function)': \(what) has no polygons, so it encloses no area",
      notes: ["areas come from Polygon, MultiPolygon and GeometryCollection features; points and lines have none"])
  }
}

extension Estimate {
  /// The figure's range for messages: `5` or `4 – ?`.
  var rangeText: String {
    let text = { (value: Double?) in value.map { TerritoryFormat.number($0) } ?? "?" }
    if isExact { return text(value) }
    return "\(text(low)) – \(text(high))"
  }
}
