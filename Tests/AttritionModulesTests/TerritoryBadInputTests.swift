import AttritionCore
import Testing

/// Bad input to the `territory` module: a diagnostic naming the file, row, column or argument,
/// never a crash or a wrong number printed as if right.
@Suite("territory: bad input")
struct TerritoryBadInputTests {
  @Test(
    "broken GeoJSON files name the file and the line:column",
    arguments: [
      ("ring-too-short.geojson", " at 5:52: expected a linear ring of at least 4 positions"),
      ("ring-unclosed.geojson", " at 5:48: expected a closed ring whose last position repeats the first"),
      ("coordinate-not-a-number.geojson", " at 3:68: expected a number (latitude), found a string"),
      ("latitude-out-of-range.geojson", " at 5:50: expected a longitude within ±180°"),
      ("not-geojson.geojson", " at 1:1: expected a GeoJSON object with a 'type' member"),
    ])
  func brokenFiles(file: String, message: String) throws {
    let path = TerritoryProbe.fixture(file)
    let errors = try TerritoryProbe.failure(#"territory.area(load("\#(path)"))"#, id: "input.malformed_json")
    // DataError shortens a quoted path to 60 characters, so only its start is certain to show.
    #expect(errors.contains("malformed JSON in '" + path.prefix(30)), "\(errors)")
    #expect(errors.contains(message), "\(errors)")
  }

  @Test("a GeoJSON with no polygons has no area")
  func noPolygons() throws {
    let path = TerritoryProbe.fixture("no-polygons.geojson")
    let errors = try TerritoryProbe.failure(#"territory.area(load("\#(path)"))"#, id: "module.no_polygons")
    #expect(errors.contains("'no-polygons.geojson' has no polygons"))
  }

  @Test("a table without geometry is no map")
  func noGeometry() throws {
    try TerritoryProbe.failure("territory.area(table(a: [1, 2]))", id: "module.no_geometry_column")
    try TerritoryProbe.failure("territory.area(42)", id: "evaluation.wrong_type")
  }

  @Test("a period outside the series, or starting on its first day, is refused with the days it has")
  func periodOutsideSeries() throws {
    let series = "let s = table(date: [2024-01-01, 2024-01-02, 2024-01-03], area: [100, 110, 130])\n"
    let outside = try TerritoryProbe.failure(
      series + "territory.gain(s, 2024-01-02..2024-02-01)", id: "module.period_outside_series")
    #expect(outside.contains("2024-01-01..2024-01-03"))
    try TerritoryProbe.failure(
      series + "territory.gain(s, 2024-01-01..2024-01-03)", id: "module.missing_day_before_start")
    let nzz = TerritoryProbe.dataset("nzz/territory.csv")
    try TerritoryProbe.failure(
      #"territory.gain(load("\#(nzz)"), 2026-01-01..2026-12-31)"#, id: "module.period_outside_series")
  }

  @Test("an unknown column is named, with the closest one")
  func unknownColumn() throws {
    let series = "let s = table(date: [2024-01-01, 2024-01-02], area: [100, 110], other: [1, 2])\n"
    let errors = try TerritoryProbe.failure(
      series + #"territory.gain(s, 2024-01-02..2024-01-02, column: "aera")"#, id: "module.unknown_column")
    #expect(errors.contains("did you mean 'area'?"))
    try TerritoryProbe.failure(
      #"territory.occupied(territory_demo, column: "title")"#, id: "module.unknown_column")
    try TerritoryProbe.failure(
      "let s = table(date: [2024-01-01], a: [1], b: [2])\nterritory.gain(s, 2024-01-01..2024-01-01)",
      id: "module.ambiguous_column")
  }

  @Test(
    "figures in the wrong unit are refused, naming the argument",
    arguments: [
      ("territory.share(5000)", "module.unit_mismatch"),
      ("territory.pace(5 km, 2024-01-01..2024-01-31)", "module.unit_mismatch"),
      ("territory.pace(5000 km², 30 km)", "module.unit_mismatch"),
      ("territory.advance(10 km², 23 months)", "module.unit_mismatch"),
      ("territory.compare(9.6 km²/day)", "module.unit_mismatch"),
      ("territory.time_to_take(1000 km², 50 m/day)", "module.unit_mismatch"),
      (
        "territory.gain(table(date: [2024-01-01, 2024-01-02], area: [1 km, 2 km]), 2024-01-02..2024-01-02)",
        "module.unit_mismatch"
      ),
    ])
  func wrongUnits(code: String, id: String) throws {
    try TerritoryProbe.failure(code, id: id)
  }

  @Test(
    "a pace or a duration that may be zero or less is refused",
    arguments: [
      "territory.time_to_take(1000 km², 0 km²/day)", "territory.time_to_take(1000 km², -5..5 km²/day)",
      "territory.advance(10 km, 0 days)", "territory.pace(10 km², -3 days)",
    ])
  func notPositive(code: String) throws {
    try TerritoryProbe.failure(code, id: "module.not_positive")
  }

  @Test("an unknown region names the regions there are")
  func unknownRegion() throws {
    let errors = try TerritoryProbe.failure(
      #"territory.share(5000 km², of: "Atlantis")"#, id: "evaluation.invalid_argument")
    #expect(errors.contains("Donetsk oblast"))
  }
}
