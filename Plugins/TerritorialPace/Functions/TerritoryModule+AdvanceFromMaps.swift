import AttritionSDK

extension TerritoryModule {
  /// The reference dataset of front sectors.
  static let sectorsName = "sectors"

  static let advanceFromMaps = FunctionDescriptor(
    name: "advance_from_maps",
    summary: "The mean depth of advance per day inside a sector, from two maps of the occupied area, in m/day.",
    discussion: """
      advance_from_maps(before, after, sector) divides the occupied area gained inside the sector between two \
      DeepStateMap maps by the width of the front it was gained across, and by the days between the maps. \
      The width is the front line inside the sector: the part of the occupied area's boundary that is not the \
      state border. It is taken three ways: the new front (after), the line the advance started from (the old \
      front, plus the stretch of border the occupied area newly touches: an advance out of Russia starts at \
      the border), and their mean. The border is told from the front by the maps themselves (see the `FrontLine` \
      method in Docs/Decisions/0027): a boundary edge with nothing the map draws outside it that lies within a \
      tolerance of the other map's outer edge is border. So at least one map must be a raw export \
      (`archive-*.geojson`) that draws the liberated and grey areas too; a daily file of the occupied union \
      alone can be the other.\\n\\nA named sector of the reference dataset `sectors` (kharkiv: Lyptsi and \
      Vovchansk; kupiansk; pokrovsk: Avdiivka to Pokrovsk; chasiv_yar: Bakhmut to Chasiv Yar) is the box around \
      its settlements widened by 5, 10 or 15 km; `[west, south, east, north]` gives a box of your own. The \
      answer is the choice of 10 km, a 200 m tolerance and the mean width, with bounds over every margin, \
      tolerance (100, 200, 400 m) and width; `details: true` returns the table of choices instead. The maps' \
      days are read from DeepStateMap's file names (an archive's date; a daily file shows the evening before \
      its date) or given as `before_day:` and `after_day:`; `since:` counts the days from a later day, such as the start \
      of an offensive. Maps far apart give the mean over all their days, which is not the pace of the \
      fighting; the warning says so and what the offensive's own days give. Areas are geodesic (WGS84); \
      edges inside a sector are measured on the ellipsoid at their latitude.
      """,
    parameters: [
      ParameterDescriptor("before", .any, "the earlier map: load(dataset: \"deepstate/archive-2024-01-01.geojson\")"),
      ParameterDescriptor("after", .any, "the later map"),
      ParameterDescriptor("sector", .any, "a sector of 'sectors' (\"kharkiv\", …) or a box [west, south, east, north]"),
      ParameterDescriptor("before_day", .day, "the before map's day (default: from its file name)", isOptional: true),
      ParameterDescriptor("after_day", .day, "the after map's day (default: from its file name)", isOptional: true),
      ParameterDescriptor("since", .day, "count the days from this day instead of the before map's", isOptional: true),
      ParameterDescriptor("details", .bool, "return the table of every choice instead of the range", isOptional: true),
    ],
    returns: "number (m/day), with bounds; or table (margin_km, tolerance_m, width, gain, …, rate)",
    examples: [
      // The results cite the demo maps by their paths, which differ between machines: the examples
      // check the figures instead of printing them. The bulge is 0.1° of latitude (11.1 km) deep.
      FunctionExample(
        """
        let rows = territory.advance_from_maps(territory_demo, territory_demo_after, [36, 49.5, 37, 50.5], \
        before_day: 2024-05-01, after_day: 2024-06-10, details: true) | where width == "start"
        assert_eq(first(rows.depth), 11.1 km, 0.05 km)
        assert_eq(first(rows.rate), 278 m/day, 1 m/day)
        """, "")
    ]
  ) { arguments in
    try AdvanceFromMaps(arguments).result()
  }
}
