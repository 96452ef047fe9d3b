import AttritionSDK

/// The area of a ring of positions joined by geodesics (GeographicLib's `PolygonArea`, Karney 2013 §6).
///
/// The area is the sum of each edge's area to the equator, corrected for edges that cross the
/// prime meridian, accumulated in double-double precision so that thousands of edges lose no digits.
enum GeodesicRing {
  /// The signed area in square metres of the ring through `coordinates` (closed or not): positive
  /// when it runs counter-clockwise, in (−A/2, A/2] for the ellipsoid's area A.
  static func signedArea(_ coordinates: [Coordinate], on ellipsoid: Geodesic = .wgs84) -> Double {
    var points = coordinates[...]
    if points.count > 1, points.first == points.last { points = points.dropLast() }
    guard points.count >= 3, let first = points.first, var previous = points.first else { return 0 }
    var sum = Accumulator()
    var crossings = 0
    for point in points.dropFirst().followed(by: first) {
      sum.add(
        ellipsoid.edgeArea(
          latitude1: previous.latitude, longitude1: previous.longitude, latitude2: point.latitude,
          longitude2: point.longitude))
      crossings += transit(previous.longitude, point.longitude)
      previous = point
    }
    return reduce(sum, totalArea: ellipsoid.totalArea, crossings: crossings)
  }

  /// The area in square metres enclosed by the ring, whichever way it runs (the smaller region).
  static func area(_ coordinates: [Coordinate], on ellipsoid: Geodesic = .wgs84) -> Double {
    abs(signedArea(coordinates, on: ellipsoid))
  }

  /// +1 or −1 when the edge from `lon1` to `lon2` crosses the prime meridian eastwards or westwards.
  static func transit(_ lon1: Double, _ lon2: Double) -> Int {
    let lon12 = GeodesicMath.angDiff(lon1, lon2).d
    let lon1 = GeodesicMath.angNormalize(lon1)
    let lon2 = GeodesicMath.angNormalize(lon2)
    if lon12 > 0 && ((lon1 < 0 && lon2 >= 0) || (lon1 > 0 && lon2 == 0)) { return 1 }
    if lon12 < 0 && lon2 < 0 && lon1 >= 0 { return -1 }
    return 0
  }

  /// Brings the accumulated area into (−A/2, A/2], counter-clockwise positive (`AreaReduceA`).
  private static func reduce(_ accumulated: Accumulator, totalArea area0: Double, crossings: Int) -> Double {
    var area = accumulated
    area.formRemainder(area0)
    if crossings & 1 != 0 { area.add((area.sum < 0 ? 1 : -1) * area0 / 2) }
    // The edge areas follow the clockwise convention; negate for counter-clockwise.
    area.negate()
    if area.sum > area0 / 2 {
      area.add(-area0)
    } else if area.sum <= -area0 / 2 {
      area.add(area0)
    }
    return area.sum + 0.0
  }
}

/// A running sum kept as an unevaluated pair s + t, after Shewchuk (GeographicLib's `Accumulator`).
struct Accumulator {
  private(set) var s = 0.0
  private var t = 0.0

  /// The sum, rounded to a double.
  var sum: Double { s }

  /// Adds y.
  mutating func add(_ y: Double) {
    let (low, u) = GeodesicMath.sum(y, t)
    (s, t) = GeodesicMath.sum(low, s)
    if s == 0 {
      s = u
    } else {
      t += u
    }
  }

  /// Negates the sum.
  mutating func negate() {
    s = -s
    t = -t
  }

  /// Replaces the sum by its remainder on division by y, in [−y/2, y/2].
  mutating func formRemainder(_ y: Double) {
    s = s.remainder(dividingBy: y)
    add(0)
  }
}

extension Sequence {
  /// This sequence followed by one more element.
  fileprivate func followed(by last: Element) -> [Element] {
    Array(self) + [last]
  }
}
