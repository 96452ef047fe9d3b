import AttritionSDK

/// Checks that a polygon's rings are what its area assumes: each a simple ring (no two edges
/// cross), every hole inside the outer ring.
///
/// A ring that crosses itself (a "bow tie") has a signed area that cancels out to nothing, and a
/// hole outside its ring is subtracted from an area it never belonged to: both gave silent wrong
/// areas. Edges are found near each other through a grid of cells, so a ring of n edges is checked
/// in about n steps rather than n².
enum RingCheck {
  /// What is wrong with a polygon.
  enum Problem: Equatable {
    /// Two edges of ring `ring` (0 the outer) cross at a point.
    case crossesItself(ring: Int, at: Coordinate)
    /// Hole `ring` (from 1) lies outside the outer ring, at one of its positions.
    case holeOutside(ring: Int, at: Coordinate)
  }

  /// The first problem of a polygon's rings, or nil when they are valid.
  static func problem(_ rings: [[Coordinate]]) -> Problem? {
    for (index, ring) in rings.enumerated() {
      if let crossing = crossing(in: ring) { return .crossesItself(ring: index, at: crossing) }
    }
    guard let outer = rings.first else { return nil }
    for (index, hole) in rings.enumerated().dropFirst() {
      // A hole may touch its ring at a vertex: the first position strictly inside or outside decides.
      if let point = hole.first(where: { !onRing($0, outer) }), !inside(point, outer) {
        return .holeOutside(ring: index, at: point)
      }
    }
    return nil
  }

  /// A point where two edges of a closed ring cross, or nil for a simple ring. Edges that only
  /// touch at a shared position do not count.
  static func crossing(in ring: [Coordinate]) -> Coordinate? {
    let count = ring.count - 1
    guard count >= 3 else { return nil }
    var box = (west: Double.infinity, south: Double.infinity, east: -Double.infinity, north: -Double.infinity)
    for point in ring {
      box = (
        min(box.west, point.longitude), min(box.south, point.latitude), max(box.east, point.longitude),
        max(box.north, point.latitude)
      )
    }
    let side = Swift.max(box.east - box.west, box.north - box.south)
    guard side > 0 else { return nil }
    let cellsPerSide = Swift.max(1, Swift.min(4_096, Int(Double(count).squareRoot())))
    let cell = side / Double(cellsPerSide)
    var buckets: [Int: [Int]] = [:]
    func cellIndex(_ value: Double, _ origin: Double) -> Int {
      Swift.min(cellsPerSide - 1, Swift.max(0, Int((value - origin) / cell)))
    }
    for edge in 0..<count {
      let (a, b) = (ring[edge], ring[edge + 1])
      let (x0, x1) = (
        cellIndex(Swift.min(a.longitude, b.longitude), box.west),
        cellIndex(Swift.max(a.longitude, b.longitude), box.west)
      )
      let (y0, y1) = (
        cellIndex(Swift.min(a.latitude, b.latitude), box.south), cellIndex(Swift.max(a.latitude, b.latitude), box.south)
      )
      for x in x0...x1 {
        for y in y0...y1 { buckets[x * cellsPerSide + y, default: []].append(edge) }
      }
    }
    for edges in buckets.values where edges.count > 1 {
      for i in edges.indices {
        for j in edges.indices where j > i {
          let (e, f) = (edges[i], edges[j])
          // Neighbouring edges share a position by construction; the closing edge neighbours the first.
          if Swift.abs(e - f) == 1 || Swift.abs(e - f) == count - 1 { continue }
          if let point = properCrossing(ring[e], ring[e + 1], ring[f], ring[f + 1]) { return point }
        }
      }
    }
    return nil
  }

  /// The point where segments pq and rs cross in their interiors (or overlap along a stretch),
  /// or nil when they are apart or only touch at an end.
  static func properCrossing(_ p: Coordinate, _ q: Coordinate, _ r: Coordinate, _ s: Coordinate) -> Coordinate? {
    let d1 = orientation(r, s, p)
    let d2 = orientation(r, s, q)
    let d3 = orientation(p, q, r)
    let d4 = orientation(p, q, s)
    if d1 * d2 < 0 && d3 * d4 < 0 {
      let t = d1 / (d1 - d2)
      return Coordinate(
        longitude: p.longitude + t * (q.longitude - p.longitude), latitude: p.latitude + t * (q.latitude - p.latitude))
    }
    // Collinear segments that share more than an end point overlap: the ring runs back on itself.
    if d1 == 0 && d2 == 0 && d3 == 0 && d4 == 0 {
      for point in [r, s] where strictlyWithin(point, p, q) { return point }
      for point in [p, q] where strictlyWithin(point, r, s) { return point }
    }
    return nil
  }

  /// Twice the signed area of the triangle abc: which side of ab the point c lies on.
  private static func orientation(_ a: Coordinate, _ b: Coordinate, _ c: Coordinate) -> Double {
    (b.longitude - a.longitude) * (c.latitude - a.latitude) - (b.latitude - a.latitude) * (c.longitude - a.longitude)
  }

  /// Whether a point on the line through ab lies strictly between a and b.
  private static func strictlyWithin(_ point: Coordinate, _ a: Coordinate, _ b: Coordinate) -> Bool {
    guard point != a, point != b else { return false }
    return (Swift.min(a.longitude, b.longitude)...Swift.max(a.longitude, b.longitude)).contains(point.longitude)
      && (Swift.min(a.latitude, b.latitude)...Swift.max(a.latitude, b.latitude)).contains(point.latitude)
  }

  /// Whether a point lies inside a closed ring (even–odd rule).
  static func inside(_ point: Coordinate, _ ring: [Coordinate]) -> Bool {
    var result = false
    var previous = ring[ring.count - 1]
    for current in ring {
      if (current.latitude > point.latitude) != (previous.latitude > point.latitude) {
        let t = (point.latitude - previous.latitude) / (current.latitude - previous.latitude)
        if point.longitude < previous.longitude + t * (current.longitude - previous.longitude) { result.toggle() }
      }
      previous = current
    }
    return result
  }

  /// Whether a point is one of a ring's positions.
  private static func onRing(_ point: Coordinate, _ ring: [Coordinate]) -> Bool {
    ring.contains(point)
  }
}
