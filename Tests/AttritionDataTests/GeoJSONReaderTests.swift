import AttritionData
import AttritionSDK
import Foundation
import Testing

/// Reads GeoJSON text, returning the error instead of throwing it.
func geoJSONError(_ text: String, file: String = "test.geojson") -> DataError? {
  do {
    _ = try GeoJSONReader().read(text, file: file)
    return nil
  } catch {
    return error
  }
}

/// The location of a `malformedJSON` error, or nil.
func location(of error: DataError?) -> (line: Int, column: Int)? {
  guard case .malformedJSON(_, let at, _, _) = error else { return nil }
  return (at.line, at.column)
}

extension Column {
  /// The cells of a geometry column, or nil.
  var geometries: [Geometry?]? { if case .geometry(let cells) = data { cells } else { nil } }
}

@Suite("GeoJSON reader")
struct GeoJSONReaderTests {
  @Test("a FeatureCollection gives one row per feature: properties typed, id, geometry last")
  func featureCollection() throws {
    let table = try TableLoader.load(path: Paths.fixture("feature-collection-mixed.geojson"))
    #expect(table.rowCount == 4)
    #expect(table.columnNames == ["id", "name", "area", "count", "date", "checked", "tags", "extra", "geometry"])
    #expect(try table.required("count").integers == [3, 4, nil, 5])
    #expect(try table.required("area").doubles == [7892.06, nil, nil, nil])
    #expect(try table.required("date").days == [day("2024-01-01"), nil, nil, nil])
    #expect(try table.required("checked").bools == [true, nil, nil, nil])
    #expect(try table.required("tags").strings == [#"["a", "b"]"#, nil, nil, nil])
    #expect(try table.required("id").strings == ["1", "two", nil, nil])
    #expect(table.summary == "feature-collection-mixed.geojson")
    #expect(table.provenance.sources.map(\.citation) == [Paths.fixture("feature-collection-mixed.geojson")])
    let geometries = try #require(try table.required("geometry").geometries)
    #expect(geometries[0]?.kind == .polygon)
    #expect(geometries[0]?.polygons.first?.count == 1)
    #expect(geometries[0]?.polygons.first?.first?.first == Coordinate(longitude: 30, latitude: 50))
    #expect(geometries[1]?.points == [Coordinate(longitude: 30.5, latitude: 50.5)])
    #expect(geometries[1]?.isAreal == false)
    #expect(geometries[2] == nil)
    // A GeometryCollection, even nested, flattens its members' polygons and points.
    #expect(geometries[3]?.kind == .geometryCollection)
    #expect(geometries[3]?.polygons.count == 1)
    #expect(geometries[3]?.points.count == 2)
  }

  @Test("polygons keep every ring, the first outer; multipolygons keep every polygon")
  func ringsAndPolygons() throws {
    let table = try TableLoader.load(path: Paths.fixture("reference-polygons.geojson"))
    #expect(table.rowCount == 7)
    let geometries = try #require(try table.required("geometry").geometries)
    #expect(geometries.map { $0?.polygons.count } == [1, 1, 1, 2, 1, 1, 1])
    let withHole = try #require(geometries[2])
    #expect(withHole.polygons[0].count == 2)
    // The hole runs clockwise, as RFC 7946 asks, so it starts at its north-west corner.
    #expect(withHole.polygons[0][1].first == Coordinate(longitude: 30.5, latitude: 49.5))
    #expect(withHole.polygons[0].allSatisfy { $0.count == 5 && $0.first == $0.last })
    #expect(geometries[3]?.kind == .multiPolygon)
  }

  @Test("a bare Feature or geometry is one row")
  func bareFeatureAndGeometry() throws {
    let feature = try GeoJSONReader().read(
      #"{"properties": {"name": "Kyiv"}, "type": "Feature", "#
        + #""geometry": {"type": "Point", "coordinates": [30.5, 50.45]}}"#)
    #expect(feature.rowCount == 1)
    #expect(feature.columnNames == ["name", "geometry"])
    let geometry = try GeoJSONReader().read(
      #"{"coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]], "type": "Polygon"}"#)
    #expect(geometry.columnNames == ["geometry"])
    #expect(try geometry.required("geometry").geometries?.first??.polygons.count == 1)
  }

  @Test("an empty FeatureCollection is a table with no rows")
  func emptyCollection() throws {
    let table = try GeoJSONReader().read(#"{"type": "FeatureCollection", "features": []}"#)
    #expect(table.rowCount == 0)
    #expect(table.columnNames == ["geometry"])
  }

  @Test("a property named like the geometry column keeps its name; the geometry becomes feature_geometry")
  func propertyNamedGeometry() throws {
    let table = try GeoJSONReader().read(
      #"{"type": "Feature", "id": 7, "properties": {"geometry": "round", "id": "x"}, "geometry": null}"#)
    #expect(table.columnNames == ["feature_id", "geometry", "id", "feature_geometry"])
  }

  @Test("type overrides apply to properties")
  func typeOverrides() throws {
    let path = Paths.fixture("feature-collection-mixed.geojson")
    let table = try TableLoader.load(path: path, types: ["count": .number])
    #expect(try table.required("count").doubles == [3, 4, nil, 5])
    #expect(throws: DataError.self) { try TableLoader.load(path: path, types: ["nope": .number]) }
  }

  @Test(".json routes to the GeoJSON reader when its top level is a GeoJSON object, else to records")
  func jsonRouting() throws {
    // The fixtures folder holds only .geojson files of this reader, so the .json copy is written here.
    let path = NSTemporaryDirectory() + "attrition-geojson-\(UInt32.random(in: 0...UInt32.max)).json"
    let text =
      #"{"features": [{"type": "Feature", "properties": {"a": 1}, "geometry": null}], "type": "FeatureCollection"}"#
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let table = try TableLoader.load(path: path)
    #expect(table.columnNames == ["a", "geometry"])
    let records = try TableLoader.load(path: Paths.fixture("union-of-keys.json"))
    #expect(!records.columnNames.contains("geometry"))
    #expect(TableLoader.format(ofPath: "x.GeoJSON") == .geojson)
  }
}

@Suite("GeoJSON errors")
struct GeoJSONErrorTests {
  @Test("a ring with fewer than 4 positions names the file, line and column")
  func ringTooShort() throws {
    let error = loadError(Paths.fixture("ring-too-short.geojson"))
    #expect(location(of: error)?.line == 5)
    #expect(location(of: error)?.column == 52)
    let message = try #require(error?.description)
    #expect(message.contains("ring-too-short.geojson"))
    #expect(message.contains("at 5:52"))
    #expect(message.contains("at least 4 positions"))
    #expect(message.contains("found 3 positions"))
  }

  @Test("an unclosed ring is reported at its last position")
  func ringUnclosed() throws {
    let error = loadError(Paths.fixture("ring-unclosed.geojson"))
    #expect(location(of: error)?.line == 5)
    #expect(location(of: error)?.column == 48)
    let message = try #require(error?.description)
    #expect(message.contains("ring-unclosed.geojson"))
    #expect(message.contains("closed ring whose last position repeats the first, [32, 50]"))
    #expect(message.contains("found [32.5, 50]"))
  }

  @Test("a coordinate that is not a number is reported where it is")
  func coordinateNotANumber() throws {
    let error = loadError(Paths.fixture("coordinate-not-a-number.geojson"))
    #expect(location(of: error)?.line == 3)
    #expect(location(of: error)?.column == 68)
    #expect(error?.description.contains("expected a number (latitude), found a string") == true)
  }

  @Test("projected coordinates are refused at the longitude, which is past ±180°")
  func projectedCoordinates() throws {
    let error = loadError(Paths.fixture("latitude-out-of-range.geojson"))
    #expect(location(of: error)?.line == 5)
    #expect(location(of: error)?.column == 50)
    #expect(error?.description.contains("a longitude within ±180°") == true)
    #expect(error?.description.contains("found 3339584.7") == true)
  }

  @Test("a longitude of 500° and a latitude of 95° are refused where they are written")
  func coordinatesOutOfRange() throws {
    let longitude = loadError(Paths.fixture("longitude-out-of-range.geojson"))
    #expect(location(of: longitude)?.column == 85)
    #expect(longitude?.description.contains("found 500") == true)
    #expect(throws: DataError.self) {
      _ = try GeoJSONReader().read(#"{"type": "Point", "coordinates": [30, 95]}"#)
    }
  }

  @Test("a ring that crosses itself and a hole outside its ring are refused, naming the feature")
  func invalidRings() throws {
    let bowTie = loadError(Paths.fixture("ring-crosses-itself.geojson"))
    #expect(bowTie?.id.description == "input.invalid_polygon")
    #expect(bowTie?.description.contains("feature 2") == true)
    #expect(bowTie?.description.contains("its outer ring crosses itself at [30.5, 48.5]") == true)
    let hole = loadError(Paths.fixture("hole-outside-ring.geojson"))
    #expect(hole?.description.contains("hole 1 lies outside the outer ring (at [32, 50])") == true)
    // A hole that touches its ring at a vertex is fine, and so is a ring that touches itself.
    let touching = #"""
      {"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[0, 0], [1, 2], [2, 1], [0, 0]]]}
      """#
    #expect(throws: Never.self) { _ = try GeoJSONReader().read(touching) }
  }

  @Test("an object that is not GeoJSON is refused")
  func notGeoJSON() throws {
    let error = loadError(Paths.fixture("not-geojson.geojson"))
    #expect(location(of: error)?.line == 1)
    #expect(location(of: error)?.column == 1)
    #expect(error?.description.contains("a GeoJSON object with a 'type' member") == true)
  }

  @Test(
    "malformed or non-GeoJSON text is a located error",
    arguments: [
      (#"[1, 2]"#, "a GeoJSON object (a FeatureCollection, a Feature or a geometry), found an array", 1, 1),
      (#"{"type": "Circle", "coordinates": [0, 0]}"#, "a GeoJSON type", 1, 10),
      (#"{"type": "FeatureCollection"}"#, "a 'features' member", 1, 1),
      (#"{"type": "Feature", "geometry": {"type": "Blob"}}"#, "a geometry type (Point", 1, 42),
      (#"{"type": "Polygon"}"#, "a 'coordinates' member in the Polygon", 1, 1),
      (#"{"type": "Point", "coordinates": [30]}"#, "a position of at least 2 numbers", 1, 34),
      (#"{"type": "Point", "coordinates": [30, NaN]}"#, "a finite number (latitude)", 1, 39),
      (#"{"type": "Point", "coordinates": [30, 50] } x"#, "end of file after the GeoJSON object", 1, 45),
      ("{\"type\": \"Point\",\n \"coordinates\": [30 50]}", "',' or ']' after an element", 2, 21),
      (#"{"type": "GeometryCollection"}"#, "a 'geometries' member", 1, 1),
      (
        #"{"type": "FeatureCollection", "features": [{"type": "Point", "coordinates": [0, 0]}]}"#, "'type' 'Feature'",
        1, 53
      ),
    ])
  func malformed(text: String, expected: String, line: Int, column: Int) {
    let error = geoJSONError(text)
    #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
    #expect(location(of: error)?.line == line)
    #expect(location(of: error)?.column == column)
  }

  @Test("a property given twice in one feature is a duplicate key")
  func duplicateProperty() {
    let error = geoJSONError(#"{"type": "Feature", "properties": {"a": 1, "a": 2}, "geometry": null}"#)
    guard case .duplicateKey(_, _, let key, let record) = error else {
      Issue.record("expected a duplicate key, got \(String(describing: error))")
      return
    }
    #expect(key == "a")
    #expect(record == 1)
  }

  @Test("GeometryCollections nested too deep are refused without exhausting the stack")
  func deepCollections() {
    let depth = 10_000
    let text =
      String(repeating: #"{"type": "GeometryCollection", "geometries": ["#, count: depth)
      + String(repeating: "]}", count: depth)
    #expect(geoJSONError(text)?.description.contains("nested at most 32 deep") == true)
  }

  @Test("every truncation of a valid file is an error, never a crash")
  func truncations() throws {
    let text =
      Array(
        #"{"type": "FeatureCollection", "features": [{"type": "Feature", "id": 1, "properties": {"n": "é"}, "#.utf8)
      + Array(#""geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}]}"#.utf8)
    for length in 0..<text.count {
      let prefix = Array(text[0..<length])
      #expect(throws: DataError.self) { try GeoJSONReader().read(prefix) }
    }
    #expect(try GeoJSONReader().read(text).rowCount == 1)
  }
}

@Suite("GeoJSON real datasets")
struct GeoJSONRealDatasetTests {
  @Test("DeepState daily file 2025-06-05: one MultiPolygon with holes, empty properties")
  func deepStateDaily() throws {
    let table = try TableLoader.load(path: Paths.datasets + "/deepstate/deepstatemap_data_20250605.geojson")
    #expect(table.rowCount == 1)
    #expect(table.columnNames == ["geometry"])
    let geometry = try #require(try table.required("geometry").geometries?.first ?? nil)
    #expect(geometry.kind == .multiPolygon)
    #expect(geometry.polygons.count == 8)
    #expect(geometry.polygons.reduce(0) { $0 + $1.count } == 9)
  }

  @Test("DeepState archive export 2025-06-04: 497 features, 110 polygons, names in 'UA /// EN /// key'")
  func deepStateArchive() throws {
    let table = try TableLoader.load(path: Paths.datasets + "/deepstate/archive-2025-06-04.geojson")
    #expect(table.rowCount == 497)
    let geometries = try #require(try table.required("geometry").geometries)
    #expect(geometries.filter { $0?.kind == .polygon }.count == 110)
    #expect(geometries.filter { $0?.kind == .point }.count == 387)
    let names = try #require(try table.required("name").strings)
    #expect(names.contains { $0?.contains("CADR and CALR") == true })
  }
}
