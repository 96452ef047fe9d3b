import AttritionSDK

extension Geometry {
  /// The geodesic area in square metres on WGS84: each polygon's outer ring minus its holes, summed
  /// over the polygons.
  ///
  /// Rings are measured without regard to their orientation (each encloses the smaller of the two
  /// regions it bounds), so files wound either way agree; a polygon larger than a hemisphere is
  /// therefore not supported. Polygons of one geometry are assumed not to overlap, as GeoJSON
  /// requires of a MultiPolygon; overlapping ones are counted twice.
  var geodesicArea: Double {
    polygons.reduce(0) { $0 + Geometry.area(ofPolygon: $1) }
  }

  /// The area of one polygon in square metres: its outer ring minus its holes, never below 0.
  ///
  /// The GeoJSON reader refuses holes outside their ring; holes that overlap one another could
  /// still subtract more than the ring holds, and an area is never negative.
  static func area(ofPolygon rings: [[Coordinate]]) -> Double {
    guard let outer = rings.first else { return 0 }
    let holes = rings.dropFirst().reduce(0) { $0 + GeodesicRing.area($1) }
    return Swift.max(0, GeodesicRing.area(outer) - holes)
  }
}
