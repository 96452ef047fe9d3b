import AttritionSDK

/// The boundary of a map's occupied area near a sector, each edge marked as front line or state
/// border against another map.
///
/// An edge of an occupied polygon is on the boundary of the occupied area when the point just
/// outside it (30 m along its outward normal) lies in no other occupied polygon; edges shared by two
/// abutting polygons are inside the area, not on its edge. A boundary edge is **border** when
/// nothing of the map lies outside it and it runs within a tolerance of the *other* map's envelope
/// (the edges of that map's drawn areas, occupied or not, with nothing of that map outside them).
/// The state border is part of every map's envelope and never moves, so it is found in both; a
/// front line moves, and where it faces areas a map draws (the liberated north-east) it has
/// something outside it. Everything else on the boundary is front line. What this cannot tell
/// apart: a front that did not move at all between the maps and faces land neither map draws; it is
/// taken for border, which is why a sector's answer is given over several tolerances.
struct FrontLine: Sendable {
  /// A boundary edge, with what lies outside it.
  struct Edge: Sendable {
    let a: Coordinate
    let b: Coordinate
    /// Whether nothing the map draws lies just outside the edge.
    let facesNothing: Bool
    /// The distance in metres from the edge's midpoint to the other map's envelope (infinite when
    /// the edge faces something, or the envelope is far).
    let envelopeDistance: Double
  }

  /// How far outside an edge its outward point lies, in metres.
  static let outwardOffset = 30.0

  let edges: [Edge]

  /// The boundary of `map`'s occupied area inside `box`, measured against `other`'s envelope for
  /// tolerances up to `reach` metres.
  init(_ map: MapLayers, against other: MapLayers, inside box: SectorBox, reach: Double) {
    let envelope = EnvelopeIndex(Self.envelope(of: other, near: box.widened(by: reach * 2)), cell: reach)
    var edges: [Edge] = []
    for (index, polygon) in map.occupied.polygons.enumerated() where box.overlaps(polygon.bounds) {
      for ring in polygon.rings {
        for (start, end) in zip(ring, ring.dropFirst()) {
          guard let (a, b) = box.clip(from: start, to: end), a != b,
            let outside = Self.outside(of: polygon, a, b)
          else { continue }
          guard map.occupied.polygon(containing: outside, except: index) == nil else { continue }
          let facesNothing = !map.others.contains(outside)
          let distance = facesNothing ? envelope.distance(to: Self.midpoint(a, b), within: reach) : .infinity
          edges.append(Edge(a: a, b: b, facesNothing: facesNothing, envelopeDistance: distance))
        }
      }
    }
    self.edges = edges
  }

  /// The lengths in km of front line and of border inside `box` at a tolerance in metres.
  func lengths(inside box: SectorBox, tolerance: Double) -> (front: Double, border: Double) {
    var front = 0.0
    var border = 0.0
    for edge in edges {
      guard let (a, b) = box.clip(from: edge.a, to: edge.b) else { continue }
      let length = LocalMetric.length(a, b)
      if edge.facesNothing && edge.envelopeDistance <= tolerance { border += length } else { front += length }
    }
    return (front / 1_000, border / 1_000)
  }

  /// The edges of everything a map draws near a box with nothing the map draws outside them.
  static func envelope(of map: MapLayers, near box: SectorBox) -> [(Coordinate, Coordinate)] {
    var result: [(Coordinate, Coordinate)] = []
    for layer in [map.occupied, map.others] {
      for polygon in layer.polygons where box.overlaps(polygon.bounds) {
        for ring in polygon.rings {
          for (start, end) in zip(ring, ring.dropFirst()) {
            guard let (a, b) = box.clip(from: start, to: end), a != b,
              let outside = outside(of: polygon, a, b), !map.draws(outside)
            else { continue }
            result.append((a, b))
          }
        }
      }
    }
    return result
  }

  /// The point just outside a polygon's edge: of the two points 30 m off the edge's midpoint, the
  /// one the polygon does not contain; nil for an edge too short or too thin to tell.
  static func outside(of polygon: MapPolygons.Polygon, _ a: Coordinate, _ b: Coordinate) -> Coordinate? {
    let middle = midpoint(a, b)
    let metric = LocalMetric(latitude: middle.latitude)
    let east = (b.longitude - a.longitude) * metric.metresPerDegreeLongitude
    let north = (b.latitude - a.latitude) * metric.metresPerDegreeLatitude
    let length = (east * east + north * north).squareRoot()
    guard length > 0 else { return nil }
    let (dLatitude, dLongitude) = metric.degrees(forMetres: outwardOffset)
    let left = Coordinate(
      longitude: middle.longitude - north / length * dLongitude, latitude: middle.latitude + east / length * dLatitude)
    let right = Coordinate(
      longitude: middle.longitude + north / length * dLongitude, latitude: middle.latitude - east / length * dLatitude)
    switch (MapPolygons.contains(polygon, left), MapPolygons.contains(polygon, right)) {
    case (true, false): return right
    case (false, true): return left
    default: return nil
    }
  }

  static func midpoint(_ a: Coordinate, _ b: Coordinate) -> Coordinate {
    Coordinate(longitude: (a.longitude + b.longitude) / 2, latitude: (a.latitude + b.latitude) / 2)
  }
}

/// Edges bucketed on a grid of metres, so the distance from a point to the nearest is found
/// among the cells around it.
struct EnvelopeIndex: Sendable {
  private struct Cell: Hashable {
    let x: Int
    let y: Int
  }

  private let origin: Coordinate
  private let metric: LocalMetric
  private let cell: Double
  private var buckets: [Cell: [(Double, Double, Double, Double)]] = [:]

  init(_ edges: [(Coordinate, Coordinate)], cell: Double) {
    origin = edges.first?.0 ?? Coordinate(longitude: 0, latitude: 0)
    metric = LocalMetric(latitude: origin.latitude)
    self.cell = Swift.max(cell, 1)
    for (a, b) in edges {
      let p = metric.plane(a, origin: origin)
      let q = metric.plane(b, origin: origin)
      let (x0, x1) = (
        Int((Swift.min(p.x, q.x) / self.cell).rounded(.down)), Int((Swift.max(p.x, q.x) / self.cell).rounded(.down))
      )
      let (y0, y1) = (
        Int((Swift.min(p.y, q.y) / self.cell).rounded(.down)), Int((Swift.max(p.y, q.y) / self.cell).rounded(.down))
      )
      // Map edges are short; one that spans many cells (a box edge) is stored in each it spans.
      guard (x1 - x0 + 1) * (y1 - y0 + 1) <= 10_000 else { continue }
      for x in x0...x1 {
        for y in y0...y1 { buckets[Cell(x: x, y: y), default: []].append((p.x, p.y, q.x, q.y)) }
      }
    }
  }

  /// The distance in metres from a point to the nearest edge, or infinity beyond `limit`.
  func distance(to point: Coordinate, within limit: Double) -> Double {
    let p = metric.plane(point, origin: origin)
    let (cx, cy) = (Int((p.x / cell).rounded(.down)), Int((p.y / cell).rounded(.down)))
    let span = Int((limit / cell).rounded(.up))
    var best = Double.infinity
    for x in (cx - span)...(cx + span) {
      for y in (cy - span)...(cy + span) {
        for (ax, ay, bx, by) in buckets[Cell(x: x, y: y)] ?? [] {
          best = Swift.min(best, Self.distance(p.x, p.y, ax, ay, bx, by))
        }
      }
    }
    return best <= limit ? best : .infinity
  }

  private static func distance(_ px: Double, _ py: Double, _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double)
    -> Double
  {
    let (dx, dy) = (bx - ax, by - ay)
    let lengthSquared = dx * dx + dy * dy
    let t = lengthSquared > 0 ? Swift.max(0, Swift.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared)) : 0
    let (ex, ey) = (px - ax - t * dx, py - ay - t * dy)
    return (ex * ex + ey * ey).squareRoot()
  }
}
