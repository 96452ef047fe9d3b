import AttritionSDK

extension TerritoryModule {
  static let area = FunctionDescriptor(
    name: "area",
    summary: "The geodesic area of a map's polygons on the WGS84 ellipsoid, in km².",
    discussion: """
      area(map) sums, over every feature of a table read from GeoJSON (or over a geometry column, or a dataset \
      named by a string), the geodesic area of its polygons: each polygon's outer ring minus its holes, the \
      polygons of a MultiPolygon or GeometryCollection added up. Edges are geodesics on WGS84, and the area is \
      computed as GeographicLib's PolygonArea does (Karney 2013), which agrees with it to round-off; a ring's \
      area does not depend on the direction it runs. Points and lines have no area; a map with no polygon at \
      all is an error. Features are added, not merged: overlapping features count twice, so filter a raw \
      DeepStateMap export with `occupied` first. The result cites the map's file.
      """,
    parameters: [
      ParameterDescriptor(
        "map", .any, "a table of features with a geometry column (load(\"x.geojson\")), or a dataset's name")
    ],
    returns: "number (km²)",
    examples: [
      // The result cites the map's file by its path, which differs between machines, so the
      // examples check the figure instead of printing it.
      FunctionExample(
        """
        let total = territory.area(territory_demo)
        assert_eq(total, 31_654 km², 1 km²)
        """, ""),
      FunctionExample(
        """
        let occupied = territory.occupied(territory_demo)
        assert_eq(territory.area(occupied), 14_540 km², 1 km²)
        """, ""),
    ]
  ) { arguments in
    let map = try MapTable(arguments, 0)
    guard map.geometries.contains(where: { $0?.isAreal ?? false }) else {
      throw ModuleError.noPolygons(arguments.functionName, map.name)
    }
    var total = 0.0
    for (row, geometry) in map.geometries.enumerated() {
      if row % 64 == 0, arguments.context?.isCancelled ?? false { throw ModuleError("cancelled", "cancelled") }
      total += geometry?.geodesicArea ?? 0
    }
    return .estimate(.exact(total / 1e6, unit: .squareKilometres, provenance: map.provenance))
  }

  static let areas = FunctionDescriptor(
    name: "areas",
    summary: "A map's features with the geodesic area of each, in km², in a new column 'area'.",
    discussion: """
      areas(map) returns the table with one more column, `area` (`geodesic_area` when the table already has an \
      `area`): the geodesic area of each feature in km² as `area` computes it, an estimate with its unit and the \
      map's sources, printed to 4 significant digits. Features without polygons have no area.
      """,
    parameters: [
      ParameterDescriptor(
        "map", .any, "a table of features with a geometry column (load(\"x.geojson\")), or a dataset's name")
    ],
    returns: "table (the map's columns and area, km²)",
    examples: [
      FunctionExample(
        "territory.areas(territory_demo) | select name, area",
        """
        name                                                   area (km²)
        ─────────────────────────────────────────────────────  ──────────
        Окуповано /// Occupied /// geoJSON.status.occupied          8,376
        ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo       6,163
        Окуповано /// Occupied /// geoJSON.status.occupied          9,058
        Звільнено /// Liberated /// geoJSON.status.dismissed        8,056
        Покровськ /// Pokrovsk
        """)
    ]
  ) { arguments in
    let map = try MapTable(arguments, 0)
    let provenance = map.provenance
    let cells = map.geometries.map { geometry -> Estimate? in
      guard let geometry, geometry.isAreal else { return nil }
      return .exact(geometry.geodesicArea / 1e6, unit: .squareKilometres, provenance: provenance)
    }
    let name = map.table.column(named: "area") == nil ? "area" : "geodesic_area"
    var columns = map.table.columns.filter { $0.name != name }
    columns.append(Column(name: name, data: .estimate(cells), provenance: provenance))
    return .table(try Table(columns: columns, provenance: map.table.provenance, summary: map.table.summary))
  }
}
