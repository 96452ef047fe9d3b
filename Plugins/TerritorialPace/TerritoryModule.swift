public import AttritionSDK

/// The `territory` module: Territorial pace, shares of Ukraine, advance rates against history, and geodesic areas.
public struct TerritoryModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module's descriptor: its functions, their docs and examples, and its datasets.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "territory",
      version: "0.1.0",
      summary: "Territorial pace, shares of Ukraine, advance rates against history, and geodesic areas.",
      discussion: TerritoryModule.discussion,
      functions: [
        TerritoryModule.pace, TerritoryModule.share, TerritoryModule.advance, TerritoryModule.timeToTake,
        TerritoryModule.compare, TerritoryModule.area, TerritoryModule.areas, TerritoryModule.occupied,
        TerritoryModule.gain, TerritoryModule.advanceFromMaps,
      ],
      datasets: TerritoryModule.datasets
    )
  }

  static let discussion = """
    Functions for literal figures (`pace`, `share`, `advance`, `time_to_take`, `compare`), for maps \
    (`area`, `areas`, `occupied`, on GeoJSON loaded with `load`) and for daily area series (`gain`, and `pace` \
    given a table). Every result carries bounds (interval arithmetic), a unit and the sources of its inputs.

    Two measures of speed are kept apart: a pace is area per day (km²/day: what a map's occupied area \
    gains), an advance rate is distance per day (m/day: how far a front line moves along an axis, the \
    measure CSIS compares with the Somme). One does not convert into the other without the width of the front.

    Areas of maps are geodesic areas on the WGS84 ellipsoid: each edge of a polygon is the geodesic \
    between its ends, and the area is computed as GeographicLib's PolygonArea computes it (Karney, \
    "Algorithms for geodesics", J. Geodesy 87:43–55, 2013), holes subtracted and the polygons of a \
    MultiPolygon summed. It agrees with GeographicLib to round-off; planar areas in degrees² are wrong by \
    a factor that varies with latitude.

    Reference datasets: `offensive_rates` (advance rates of historical and recent offensives in m/day, one row \
    per sourced figure: offensive, years, side, rate_m_per_day_low/central/high, source, publisher, published, \
    url, qualifier, confidence, note), `areas` (Ukraine's area, 603,628 km² by default, alternatives and \
    oblast areas), `territory_gains` (published figures of territory taken: CSIS June 2025's ~5,000 km² since \
    January 2024, under 1% of Ukraine; CSIS January 2026's 3,604 km² in 2024 and 4,831 km² in 2025) and \
    `territory_demo` (a small made-up map in DeepStateMap's export format, for the examples). Only figures with \
    a named source are included, and most were read in press summaries of the reports, not in the reports \
    themselves; the note column says where. The table of historical rates in CSIS's June 2025 report has not \
    been seen in any summary and is not included; the historical rates come from its January 2026 report.
    """
}
