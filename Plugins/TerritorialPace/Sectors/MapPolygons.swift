import AttritionSDK

/// The polygons of a map layer (occupied areas, or the other areas a map draws in Ukraine), with
/// the bounding boxes that let a point be tested against thousands of vertices quickly.
struct MapPolygons: Sendable {
  /// One polygon: its rings (outer first, then holes) and their bounds.
  struct Polygon: Sendable {
    let rings: [[Coordinate]]
    let bounds: SectorBox
  }

  let polygons: [Polygon]

  /// The layer of `polygons` (each a list of rings, the outer first).
  init(_ polygons: [[[Coordinate]]]) {
    self.polygons = polygons.compactMap { rings in
      guard let outer = rings.first, let first = outer.first else { return nil }
      var box = (west: first.longitude, south: first.latitude, east: first.longitude, north: first.latitude)
      for point in outer {
        box.west = Swift.min(box.west, point.longitude)
        box.east = Swift.max(box.east, point.longitude)
        box.south = Swift.min(box.south, point.latitude)
        box.north = Swift.max(box.north, point.latitude)
      }
      return Polygon(
        rings: rings, bounds: SectorBox(west: box.west, south: box.south, east: box.east, north: box.north))
    }
  }

  /// Whether the layer has no polygon.
  var isEmpty: Bool { polygons.isEmpty }

  /// The position of a polygon containing `point`, or nil.
  func polygon(containing point: Coordinate, except skipped: Int? = nil) -> Int? {
    polygons.indices.first { $0 != skipped && Self.contains(polygons[$0], point) }
  }

  /// Whether any polygon contains `point`.
  func contains(_ point: Coordinate) -> Bool {
    polygon(containing: point) != nil
  }

  /// Whether one polygon contains a point: inside its outer ring and outside its holes (even–odd).
  static func contains(_ polygon: Polygon, _ point: Coordinate) -> Bool {
    let box = polygon.bounds
    guard point.longitude >= box.west, point.longitude <= box.east, point.latitude >= box.south,
      point.latitude <= box.north
    else { return false }
    var inside = false
    for ring in polygon.rings where ring.count >= 3 {
      var previous = ring[ring.count - 1]
      for current in ring {
        if (current.latitude > point.latitude) != (previous.latitude > point.latitude) {
          let t = (point.latitude - previous.latitude) / (current.latitude - previous.latitude)
          if point.longitude < previous.longitude + t * (current.longitude - previous.longitude) { inside.toggle() }
        }
        previous = current
      }
    }
    return inside
  }

  /// The geodesic area of the layer inside a box, in km²: each ring clipped to the box, holes
  /// subtracted. Polygons are added, so two that overlap count their overlap twice (DeepStateMap's
  /// occupied polygons abut: their overlaps come to hundredths of a km²).
  func area(inside box: SectorBox) -> Double {
    var total = 0.0
    for polygon in polygons where box.overlaps(polygon.bounds) {
      for (index, ring) in polygon.rings.enumerated() {
        let clipped = box.clip(ring: ring)
        guard !clipped.isEmpty else { continue }
        let area = GeodesicRing.area(clipped)
        total += index == 0 ? area : -area
      }
    }
    return total / 1e6
  }
}
