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

  /// The area of one polygon in square metres: its outer ring minus its holes.
  static func area(ofPolygon rings: [[Coordinate]]) -> Double {
    guard let outer = rings.first else { return 0 }
    let holes = rings.dropFirst().reduce(0) { $0 + GeodesicRing.area($1) }
    return GeodesicRing.area(outer) - holes
  }
}
