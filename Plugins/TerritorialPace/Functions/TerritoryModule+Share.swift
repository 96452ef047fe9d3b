import AttritionSDK

extension TerritoryModule {
  static let share = FunctionDescriptor(
    name: "share",
    summary: "An area as a percentage of Ukraine's 603,628 km², or of another total.",
    discussion: """
      share(area) = area ÷ 603,628 km² (Ukraine including Crimea, the `Ukraine` row of the `areas` dataset, \
      whose source the result cites). `of:` takes another total: an area (`of: 26517 km²`), or the name of a \
      row of `areas` (`of: "Donetsk oblast"`, `of: "Ukraine (alternative total)"`). Totals used by other \
      sources differ by under 0.02% (603,550 and 603,700 km²), which does not show at the precision printed.
      """,
    parameters: [
      ParameterDescriptor("area", .number, "the area (km², ha, m²)"),
      ParameterDescriptor(
        "of", .any, "the total: an area, or the region name of a row of 'areas' (default \"Ukraine\")",
        isOptional: true),
    ],
    returns: "number (%)",
    examples: [
      FunctionExample(
        "territory.share(5000 km²)",
        "0.8283 %  (source: Wikipedia-derived figure, area of Ukraine including Crimea)"),
      FunctionExample(
        "territory.share(3604 km², of: \"Donetsk oblast\")",
        "13.59 %  (source: Wikipedia, List of Ukrainian oblasts by area)"),
      FunctionExample("territory.share(500 km², of: 26517 km²)", "1.886 %"),
    ]
  ) { arguments in
    let area = try arguments.area(0)
    let total: Estimate
    switch arguments.optional(1) {
    case nil, .null?:
      total = try regionArea("Ukraine", arguments: arguments, index: 1)
    case .string(let region)?:
      total = try regionArea(region, arguments: arguments, index: 1)
    default:
      total = try arguments.area(1)
    }
    let ratio = try area.divided(by: total, computing: "the share")
    return .estimate(try ratio.converted(to: .percent))
  }

  /// The area of a region of the `areas` dataset, citing its source.
  static func regionArea(_ region: String, arguments: FunctionArguments, index: Int) throws -> Estimate {
    let areas = try ReferenceTable(areasName, for: arguments)
    let regions = try areas.column("region")
    let rows = 0..<areas.table.rowCount
    let wanted = region.lowercased()
    guard let row = rows.first(where: { ReferenceTable.text(regions, $0)?.lowercased() == wanted }) else {
      let names = rows.compactMap { ReferenceTable.text(regions, $0) }
      throw arguments.invalid(
        index, "no region '\(region)' in '\(areasName)'; regions: " + names.joined(separator: ", "))
    }
    guard
      let figure = try areas.figure(
        row: row, low: "area_km2", central: "area_km2", high: "area_km2", unit: .squareKilometres)
    else {
      throw ModuleError("invalid_reference_table", "'\(areasName)' has no area for '\(region)'")
    }
    return figure
  }
}
