import AttritionSDK

extension TerritoryModule {
  static let occupied = FunctionDescriptor(
    name: "occupied",
    summary: "The polygons of a raw DeepStateMap export that are occupied Ukraine, as a table of features.",
    discussion: """
      DeepStateMap's raw exports (e.g. the `archive-*.geojson` files) hold hundreds of features of every \
      kind, named `UA /// EN /// key`. occupied(map) keeps the polygons whose English name (the part after the \
      first ` /// `) is "Occupied", "CADR and CALR" or "Occupied Crimea" — the features whose union the daily \
      cyterat/deepstate-map-data files hold — and that lie in Ukraine: the centre of each polygon's bounding \
      box must fall in Ukraine's bounding box (22.0–40.5°E, 44.2–52.5°N, its extreme points widened by \
      0.1–0.3°). The box drops the regions outside Ukraine that the maps also mark "Occupied" (Petsamo, Salla, \
      the Kurils, Abkhazia, Tskhinvali, Karelia, East Prussia, …); Transnistria lies inside the box, but the \
      exports name it "Transnistria", so the name test drops it. A box is not a border: a feature outside \
      Ukraine named "Occupied" whose centre fell inside the box would be kept. Grey zones ("Unknown status") \
      and "Liberated" areas are left out. `names:` replaces the list of English names. Points and lines are \
      dropped, and so are the polygons of a feature that lie outside. Names in Ukrainian only (2022 exports) \
      match nothing; the function warns when nothing matches.
      """,
    parameters: [
      ParameterDescriptor("map", .any, "a raw DeepStateMap export: load(\"archive-….geojson\"), or a dataset's name"),
      ParameterDescriptor("names", .list, "the English names to keep (default the three above)", isOptional: true),
      ParameterDescriptor("column", .string, "the column of feature names (default 'name')", isOptional: true),
    ],
    returns: "table (the features kept, their geometry reduced to the polygons in Ukraine)",
    examples: [
      FunctionExample(
        "territory.occupied(territory_demo) | select name, geometry",
        """
        name                                                   geometry
        ─────────────────────────────────────────────────────  ────────────────────────────
        Окуповано /// Occupied /// geoJSON.status.occupied     Polygon (1 polygon, 1 ring)
        ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo  Polygon (1 polygon, 2 rings)
        """)
    ]
  ) { arguments in
    let map = try MapTable(arguments, 0)
    let filter = OccupiedFilter(names: try names(arguments, 1))
    let columnName = try arguments.optionalString(2) ?? "name"
    guard let nameColumn = map.table.column(named: columnName) else {
      throw ModuleError.unknownColumn(columnName, in: map.table)
    }
    guard case .string(let names) = nameColumn.data else {
      throw ModuleError(
        "not_text", "column '\(columnName)' holds \(nameColumn.data.typeName)s, not feature names")
    }
    var rows: [Int] = []
    var geometries: [Geometry?] = []
    for (row, geometry) in map.geometries.enumerated() {
      guard let geometry, geometry.isAreal, let name = names[row], filter.matches(name: name),
        let inside = filter.polygonsInUkraine(of: geometry)
      else { continue }
      rows.append(row)
      geometries.append(inside)
    }
    if rows.isEmpty {
      arguments.context?.warn(
        "'\(arguments.functionName)': no polygon of \(map.name) is named "
          + filter.names.sorted().map { "'\($0)'" }.joined(separator: ", ")
          + " and lies in Ukraine; are the names in the 'UA /// EN' form?")
    }
    var kept = map.table.gathering(rows)
    var columns = kept.columns
    columns[map.geometryIndex].data = .geometry(geometries)
    kept = try Table(columns: columns, provenance: kept.provenance, summary: kept.summary)
    return .table(kept)
  }

  /// The English names argument: a list of strings, or nil for the default names.
  private static func names(_ arguments: FunctionArguments, _ index: Int) throws -> [String] {
    guard !arguments.isAbsent(index) else { return OccupiedFilter.defaultNames }
    return try arguments.list(index).map { element in
      guard case .string(let name) = element else {
        throw arguments.invalid(index, "expected a list of names such as [\"Occupied\"], found a \(element.typeName)")
      }
      return name
    }
  }
}
