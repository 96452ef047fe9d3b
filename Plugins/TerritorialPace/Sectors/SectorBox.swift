import AttritionSDK

/// A longitude–latitude box (a sector of the front, Ukraine's extent), with the clipping that
/// measures a map inside it.
///
/// Boxes are convex, so a ring is clipped with Sutherland–Hodgman (the area of the result is the
/// ring's area inside the box, even where the clipped ring runs along the box's edge twice) and a
/// segment with Liang–Barsky. Edges are straight in longitude and latitude; at the size of a sector
/// (tens of kilometres) they differ from geodesics by centimetres.
struct SectorBox: Hashable, Sendable {
  let west: Double
  let south: Double
  let east: Double
  let north: Double

  /// The box around points, widened by `margin` metres on every side.
  init(around points: [Coordinate], margin metres: Double) {
    let latitudes = points.map(\.latitude)
    let longitudes = points.map(\.longitude)
    let middle = ((latitudes.min() ?? 0) + (latitudes.max() ?? 0)) / 2
    let (dLatitude, dLongitude) = LocalMetric(latitude: middle).degrees(forMetres: metres)
    self.init(
      west: (longitudes.min() ?? 0) - dLongitude, south: (latitudes.min() ?? 0) - dLatitude,
      east: (longitudes.max() ?? 0) + dLongitude, north: (latitudes.max() ?? 0) + dLatitude)
  }

  init(west: Double, south: Double, east: Double, north: Double) {
    self.west = west
    self.south = south
    self.east = east
    self.north = north
  }

  /// The box's centre.
  var centre: Coordinate { Coordinate(longitude: (west + east) / 2, latitude: (south + north) / 2) }

  /// The box widened by `metres` on every side.
  func widened(by metres: Double) -> SectorBox {
    let (dLatitude, dLongitude) = LocalMetric(latitude: centre.latitude).degrees(forMetres: metres)
    return SectorBox(
      west: west - dLongitude, south: south - dLatitude, east: east + dLongitude, north: north + dLatitude)
  }

  /// The corners, counter-clockwise from the south-west, closed.
  var ring: [Coordinate] {
    [
      Coordinate(longitude: west, latitude: south), Coordinate(longitude: east, latitude: south),
      Coordinate(longitude: east, latitude: north), Coordinate(longitude: west, latitude: north),
      Coordinate(longitude: west, latitude: south),
    ]
  }

  /// Whether the box contains a point (its edges included).
  func contains(_ point: Coordinate) -> Bool {
    (west...east).contains(point.longitude) && (south...north).contains(point.latitude)
  }

  /// Whether the box and a ring's bounding box meet.
  func overlaps(_ bounds: SectorBox) -> Bool {
    bounds.west <= east && bounds.east >= west && bounds.south <= north && bounds.north >= south
  }

  /// The part of a closed ring inside the box, closed; empty when nothing is inside.
  func clip(ring: [Coordinate]) -> [Coordinate] {
    var points = ring.count > 1 && ring.first == ring.last ? Array(ring.dropLast()) : ring
    let edges: [(Coordinate) -> Double] = [
      { $0.longitude - self.west }, { self.east - $0.longitude }, { $0.latitude - self.south },
      { self.north - $0.latitude },
    ]
    for inside in edges {
      guard !points.isEmpty else { return [] }
      var kept: [Coordinate] = []
      kept.reserveCapacity(points.count + 4)
      for index in points.indices {
        let current = points[index]
        let previous = points[index == 0 ? points.count - 1 : index - 1]
        let (a, b) = (inside(previous), inside(current))
        if b >= 0 {
          if a < 0 { kept.append(Self.crossing(previous, current, a, b)) }
          kept.append(current)
        } else if a >= 0 {
          kept.append(Self.crossing(previous, current, a, b))
        }
      }
      points = kept
    }
    guard points.count >= 3, let first = points.first else { return [] }
    return points + [first]
  }

  /// The part of the segment from `a` to `b` inside the box, or nil.
  func clip(from a: Coordinate, to b: Coordinate) -> (Coordinate, Coordinate)? {
    let dx = b.longitude - a.longitude
    let dy = b.latitude - a.latitude
    var (t0, t1) = (0.0, 1.0)
    for (p, q) in [
      (-dx, a.longitude - west), (dx, east - a.longitude), (-dy, a.latitude - south), (dy, north - a.latitude),
    ] {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let t = q / p
      if p < 0 { t0 = Swift.max(t0, t) } else { t1 = Swift.min(t1, t) }
      if t0 > t1 { return nil }
    }
    let point = { (t: Double) in Coordinate(longitude: a.longitude + t * dx, latitude: a.latitude + t * dy) }
    return (point(t0), point(t1))
  }

  private static func crossing(_ p: Coordinate, _ q: Coordinate, _ a: Double, _ b: Double) -> Coordinate {
    let t = a / (a - b)
    return Coordinate(
      longitude: p.longitude + t * (q.longitude - p.longitude), latitude: p.latitude + t * (q.latitude - p.latitude))
  }
}
