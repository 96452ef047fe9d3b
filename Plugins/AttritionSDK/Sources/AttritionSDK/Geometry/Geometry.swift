/// A GeoJSON geometry in longitude/latitude degrees (WGS84), kept in the shape area computations need.
public struct Geometry: Hashable, Sendable, CustomStringConvertible {
  /// The GeoJSON geometry types.
  public enum Kind: String, Hashable, Sendable {
    case point = "Point"
    case multiPoint = "MultiPoint"
    case lineString = "LineString"
    case multiLineString = "MultiLineString"
    case polygon = "Polygon"
    case multiPolygon = "MultiPolygon"
    case geometryCollection = "GeometryCollection"
  }

  /// The geometry's GeoJSON type.
  public var kind: Kind
  /// The polygons it contains: each a list of rings, the first the outer boundary, the rest holes.
  /// Empty for points and lines; a collection lists the polygons of its members.
  public var polygons: [[[Coordinate]]]
  /// The points and line vertices it contains (empty for polygons).
  public var points: [Coordinate]

  /// Creates a geometry.
  public init(kind: Kind, polygons: [[[Coordinate]]] = [], points: [Coordinate] = []) {
    self.kind = kind
    self.polygons = polygons
    self.points = points
  }

  /// Whether the geometry encloses area (has at least one polygon).
  public var isAreal: Bool { !polygons.isEmpty }

  /// A short description: `MultiPolygon (12 polygons, 40 rings)`.
  public var description: String {
    if polygons.isEmpty { return "\(kind.rawValue) (\(points.count) point\(points.count == 1 ? "" : "s"))" }
    let rings = polygons.reduce(0) { $0 + $1.count }
    let polygonWord = polygons.count == 1 ? "polygon" : "polygons"
    return "\(kind.rawValue) (\(polygons.count) \(polygonWord), \(rings) ring\(rings == 1 ? "" : "s"))"
  }
}

/// A position on the WGS84 ellipsoid, in degrees.
public struct Coordinate: Hashable, Sendable {
  /// Longitude in degrees, east positive.
  public var longitude: Double
  /// Latitude in degrees, north positive.
  public var latitude: Double

  /// Creates a coordinate.
  public init(longitude: Double, latitude: Double) {
    self.longitude = longitude
    self.latitude = latitude
  }
}
