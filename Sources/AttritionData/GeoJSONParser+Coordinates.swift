import AttritionSDK

extension GeoJSONParser {
  /// Reads the `coordinates` at the cursor as the positions of a geometry of `kind`.
  mutating func coordinates(of kind: Geometry.Kind) throws(DataError) -> Geometry {
    switch kind {
    case .point:
      return Geometry(kind: kind, points: [try position()])
    case .multiPoint, .lineString:
      return Geometry(kind: kind, points: try positions().coordinates)
    case .multiLineString:
      var points: [Coordinate] = []
      try openArray("an array of lines (arrays of positions)")
      var isFirst = true
      while try nextElement(&isFirst) {
        points.append(contentsOf: try positions().coordinates)
      }
      return Geometry(kind: kind, points: points)
    case .polygon:
      let rings = try polygon()
      return Geometry(kind: kind, polygons: rings.isEmpty ? [] : [rings])
    case .multiPolygon:
      var polygons: [[[Coordinate]]] = []
      try openArray("an array of polygons (arrays of rings)")
      var isFirst = true
      while try nextElement(&isFirst) {
        let rings = try polygon()
        if !rings.isEmpty { polygons.append(rings) }
      }
      return Geometry(kind: kind, polygons: polygons)
    case .geometryCollection:
      // A collection has `geometries`, not `coordinates`; the caller never asks for these.
      return Geometry(kind: kind)
    }
  }

  /// Reads a polygon's rings: the first the outer boundary, the rest holes. Each must be a closed
  /// linear ring of at least 4 positions (RFC 7946 §3.1.6). An empty array is an empty polygon.
  private mutating func polygon() throws(DataError) -> [[Coordinate]] {
    var rings: [[Coordinate]] = []
    let polygonStart = scanner.index
    try openArray("an array of linear rings (arrays of positions)")
    var isFirst = true
    while try nextElement(&isFirst) {
      let ringStart = scanner.index
      let (ring, lastOffset) = try positions()
      guard ring.count >= 4 else {
        throw scanner.malformed(
          expected: "a linear ring of at least 4 positions (the first repeated at the end)", at: ringStart,
          found: "\(ring.count) position\(ring.count == 1 ? "" : "s")")
      }
      guard let first = ring.first, let last = ring.last, first == last else {
        let first = ring.first.map(Self.text) ?? ""
        throw scanner.malformed(
          expected: "a closed ring whose last position repeats the first, \(first)", at: lastOffset,
          found: ring.last.map(Self.text) ?? "none")
      }
      rings.append(ring)
    }
    if let problem = RingCheck.problem(rings) {
      let described: String
      switch problem {
      case .crossesItself(let ring, let point):
        described = "\(ring == 0 ? "its outer ring" : "hole \(ring)") crosses itself at \(Self.text(point))"
      case .holeOutside(let ring, let point):
        described = "hole \(ring) lies outside the outer ring (at \(Self.text(point)))"
      }
      throw .invalidPolygon(
        file: scanner.file, at: scanner.location(of: polygonStart), feature: columns.count + 1, problem: described)
    }
    return rings
  }

  /// Reads an array of positions, returning them and the offset of the last one.
  private mutating func positions() throws(DataError) -> (coordinates: [Coordinate], lastOffset: Int) {
    var coordinates: [Coordinate] = []
    var lastOffset = scanner.index
    try openArray("an array of positions")
    var isFirst = true
    while try nextElement(&isFirst) {
      try poll.tick(offset: scanner.index, rows: columns.count)
      lastOffset = scanner.index
      coordinates.append(try position())
    }
    return (coordinates, lastOffset)
  }

  /// Reads one position, `[longitude, latitude]` with an optional altitude (ignored), in degrees.
  private mutating func position() throws(DataError) -> Coordinate {
    let start = scanner.index
    try openArray("a position [longitude, latitude]")
    var numbers: [Double] = []
    var isFirst = true
    while try nextElement(&isFirst) {
      let name = ["longitude", "latitude"].dropFirst(numbers.count).first ?? "altitude"
      let offset = scanner.index
      guard scanner.valueKind == "a number" else {
        throw scanner.malformed(
          expected: "a number (\(name))", found: scanner.valueKind ?? scanner.description(of: offset))
      }
      let value: Double
      switch try scanner.value() {
      case .integer(let integer): value = Double(integer)
      case .number(let number) where number.isFinite: value = number
      default:
        throw scanner.malformed(expected: "a finite number (\(name))", at: offset, found: "a non-finite number")
      }
      if numbers.isEmpty, !(-180...180).contains(value) {
        throw scanner.malformed(
          expected: "a longitude within ±180° (are the coordinates in another reference system?)", at: offset,
          found: Self.text(value))
      }
      if numbers.count == 1, !(-90...90).contains(value) {
        throw scanner.malformed(
          expected: "a latitude within ±90° (are the coordinates in another reference system?)", at: offset,
          found: Self.text(value))
      }
      numbers.append(value)
    }
    guard numbers.count >= 2 else {
      throw scanner.malformed(
        expected: "a position of at least 2 numbers [longitude, latitude]", at: start,
        found: "\(numbers.count) number\(numbers.count == 1 ? "" : "s")")
    }
    return Coordinate(longitude: numbers[0], latitude: numbers[1])
  }

  /// A number as messages show it: `30` or `30.5`.
  static func text(_ value: Double) -> String {
    let text = "\(value)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  /// A position as messages show it: `[30, 10]`.
  static func text(_ coordinate: Coordinate) -> String {
    "[\(text(coordinate.longitude)), \(text(coordinate.latitude))]"
  }
}
