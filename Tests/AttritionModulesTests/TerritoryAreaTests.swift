import AttritionCore
import Testing

/// Geodesic areas against GeographicLib, the reference implementation of Karney (2013).
///
/// Every reference value below was computed once, offline, with GeographicLib 2.1 for Python
/// (`pip install geographiclib==2.1`), WGS84, as
/// `abs(outer) - sum(abs(hole))` per polygon, summed over polygons, where a ring's area is
/// `p = Geodesic.WGS84.Polygon(); p.AddPoint(lat, lon) for each position but the repeated last;
/// p.Compute(False, True)[2]`, in m², divided by 1e6. No Python runs in the tests.
@Suite("territory: geodesic areas")
struct TerritoryAreaTests {
  /// The features of `Tests/Fixtures/data/reference-polygons.geojson` and their GeographicLib areas (km²).
  static let references: [(name: String, km2: Double)] = [
    ("square at the equator", 12_308.778_361),
    ("square at 50N", 7_892.061_583),
    ("square with a hole", 24_408.454_686),
    ("multipolygon, one ring clockwise", 18_231.410_476),
    ("collection of a point, a line and a polygon", 10_748.075_842),
    ("square across the antimeridian", 12_144.824_143),
    ("large polygon, 120 by 60 degrees", 79_745_261.721_820),
  ]

  @Test("each fixture polygon agrees with GeographicLib to 1e-9 (required: 0.1%)")
  func fixturePolygons() throws {
    let path = TerritoryProbe.fixture("reference-polygons.geojson")
    let rows = try TerritoryProbe.table(#"territory.areas(load("\#(path)"))"#).rows
    #expect(rows.count == Self.references.count)
    for (row, reference) in zip(rows, Self.references) {
      #expect(row["name"] as? String == reference.name)
      let area = (row["area"] as? [String: Any])?["value"] as? Double
      // The references are rounded to 1e-6 km², hence the absolute slack on top of 1e-9.
      #expect(
        TerritoryProbe.close(area, reference.km2, relative: 1e-9) || abs((area ?? 0) - reference.km2) < 1e-6,
        "\(reference.name): \(area ?? .nan) km², GeographicLib \(reference.km2) km²")
    }
  }

  @Test("a 1°×1° square is 12,309 km² at the equator and 7,892 km² at 50°N; planar degrees² would be wrong")
  func squaresShrinkWithLatitude() throws {
    let path = TerritoryProbe.fixture("reference-polygons.geojson")
    let equator = try TerritoryProbe.figure(
      #"territory.area(load("\#(path)") | where name == "square at the equator")"#)
    let north = try TerritoryProbe.figure(#"territory.area(load("\#(path)") | where name == "square at 50N")"#)
    #expect(TerritoryProbe.close(equator.value, 12_308.778_361, relative: 1e-9))
    #expect(TerritoryProbe.close(north.value, 7_892.061_583, relative: 1e-9))
    #expect(equator.unit == "km²")
    #expect(equator.sources == [path])
  }

  @Test("the total of a map sums its features; holes are subtracted")
  func total() throws {
    let path = TerritoryProbe.fixture("reference-polygons.geojson")
    let figure = try TerritoryProbe.figure(#"territory.area(load("\#(path)"))"#)
    let sum = Self.references.reduce(0) { $0 + $1.km2 }
    #expect(TerritoryProbe.close(figure.value, sum, relative: 1e-9))
  }

  /// GeographicLib 2.1: 113,243.355748 km² (and domain-facts.md: about 113,243 km²).
  @Test("DeepState 2025-06-05 is about 113,243 km² (within 0.1%; GeographicLib: 113,243.355748)")
  func deepState20250605() throws {
    let path = TerritoryProbe.dataset("deepstate/deepstatemap_data_20250605.geojson")
    let figure = try TerritoryProbe.figure(#"territory.area(load("\#(path)"))"#)
    #expect(abs(figure.value - 113_243) / 113_243 < 0.001)
    #expect(TerritoryProbe.close(figure.value, 113_243.355_748, relative: 1e-8))
    #expect(figure.sources.first?.hasSuffix("deepstatemap_data_20250605.geojson") == true)
  }

  /// GeographicLib 2.1 over the polygons whose English name is Occupied, CADR and CALR or Occupied
  /// Crimea: 113,256.824645 km² (2025-06-04, 13 polygons) and 108,563.230503 km² (2024-01-01, 8).
  @Test(
    "occupied() picks the occupied polygons of the raw archive exports, and their area matches the daily file",
    arguments: [
      ("archive-2025-06-04.geojson", 13, 113_256.824_645), ("archive-2024-01-01.geojson", 8, 108_563.230_503),
    ])
  func archiveExports(file: String, polygons: Int, km2: Double) throws {
    let path = TerritoryProbe.dataset("deepstate/" + file)
    let rows = try TerritoryProbe.table(#"territory.occupied(load("\#(path)")) | select name"#).rows
    #expect(rows.count == polygons)
    let names = rows.compactMap { $0["name"] as? String }
    #expect(!names.contains { $0.contains("Transnistria") || $0.contains("Abkhazia") || $0.contains("Tskhinvali") })
    #expect(!names.contains { $0.contains("Liberated") || $0.contains("Unknown status") })
    let figure = try TerritoryProbe.figure(#"territory.area(territory.occupied(load("\#(path)")))"#)
    #expect(TerritoryProbe.close(figure.value, km2, relative: 1e-8))
  }

  @Test("the 2025-06-04 export agrees with the 2025-06-05 daily file (fetched the next morning) within 0.1%")
  func archiveMatchesDailyFile() throws {
    let archive = try TerritoryProbe.figure(
      #"territory.area(territory.occupied(load("\#(TerritoryProbe.dataset("deepstate/archive-2025-06-04.geojson"))")))"#
    )
    #expect(abs(archive.value - 113_243.355_748) / 113_243.355_748 < 0.001)
  }

  @Test("the occupied filter drops a polygon named Occupied outside Ukraine's box, and features of other names")
  func occupiedFilter() throws {
    let rows = try TerritoryProbe.table("territory.occupied(territory_demo) | select name").rows
    #expect(
      rows.compactMap { $0["name"] as? String } == [
        "Окуповано /// Occupied /// geoJSON.status.occupied", "ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo",
      ])
    let custom = try TerritoryProbe.table(#"territory.occupied(territory_demo, names: ["Liberated"]) | select name"#)
    #expect(custom.rows.count == 1)
  }

  @Test("occupied() warns when nothing matches")
  func occupiedWarnsWhenEmpty() throws {
    let (results, warnings) = try TerritoryProbe.run(#"territory.occupied(territory_demo, names: ["Nothing"])"#)
    #expect((results.last?["rows"] as? [Any])?.isEmpty == true)
    #expect(warnings.contains { $0.contains("no polygon of") && $0.contains("'Nothing'") })
  }
}
