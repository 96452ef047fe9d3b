import AttritionSDK

/// Reads a GeoJSON document (RFC 7946) with a ``JSONScanner``: a FeatureCollection, a Feature or a
/// bare geometry, into ``GeoJSONColumns``.
///
/// Members may come in any order. Coordinates met before their geometry's `type` are skipped and
/// read again once the type is known. Properties are read as JSON records are; members GeoJSON
/// does not define (`crs`, `bbox`, `name`, …) are checked for syntax and ignored. Every structural
/// error names the line and column where it was found.
struct GeoJSONParser {
  /// How deep GeometryCollections may nest; RFC 7946 discourages nesting them at all.
  static let maximumCollectionDepth = 32

  /// The cursor over the text.
  var scanner: JSONScanner
  /// What has been read so far.
  var columns: GeoJSONColumns
  /// Ticked for every feature and every position.
  var poll: ReadPoll

  /// Creates a parser at the start of the text.
  init(bytes: UnsafeBufferPointer<UInt8>, file: String, poll: ReadPoll) {
    scanner = JSONScanner(bytes: bytes, file: file)
    columns = GeoJSONColumns(file: file, bytes: bytes.count)
    self.poll = poll
  }

  /// Reads the whole document.
  ///
  /// - Throws: ``DataError/malformedJSON(file:at:expected:found:)`` for JSON that is malformed or is
  ///   not GeoJSON, for broken rings and for bad positions; ``DataError/duplicateKey(file:at:key:record:)``
  ///   for a property given twice in one feature.
  mutating func parseDocument() throws(DataError) {
    scanner.skipWhitespace()
    let start = scanner.index
    guard scanner.peek == UInt8(ascii: "{") else {
      throw scanner.malformed(
        expected: "a GeoJSON object (a FeatureCollection, a Feature or a geometry)",
        found: scanner.valueKind ?? scanner.description(of: start))
    }
    guard let (type, typeOffset) = GeoJSONSniffer.topLevelType(of: scanner.bytes) else {
      throw scanner.malformed(
        expected: "a GeoJSON object with a 'type' member", at: start, found: "an object without a 'type'")
    }
    switch type {
    case "FeatureCollection":
      try featureCollection()
    case "Feature":
      try feature(number: 1)
    case _ where Geometry.Kind(rawValue: type) != nil:
      let geometry = try geometry(depth: 0)
      try columns.finish(geometry: geometry, id: .null)
    default:
      throw scanner.malformed(
        expected: "a GeoJSON type (FeatureCollection, Feature or a geometry type)", at: typeOffset,
        found: DataError.quoted(type))
    }
    scanner.skipWhitespace()
    guard scanner.peek == nil else { throw scanner.malformed(expected: "end of file after the GeoJSON object") }
  }

  /// Reads the FeatureCollection object at the cursor, one row per feature.
  private mutating func featureCollection() throws(DataError) {
    let start = try openObject("a FeatureCollection object")
    var sawFeatures = false
    var isFirst = true
    while let (key, _) = try nextKey(&isFirst) {
      switch key {
      case "type":
        try expectType("FeatureCollection")
      case "features":
        sawFeatures = true
        try openArray("an array of features")
        var isFirstFeature = true
        while try nextElement(&isFirstFeature) {
          try poll.tick(offset: scanner.index, rows: columns.count)
          try feature(number: columns.count + 1)
        }
      default:
        _ = try scanner.value()
      }
    }
    guard sawFeatures else {
      throw scanner.malformed(expected: "a 'features' member in the FeatureCollection", at: start, found: "none")
    }
  }

  /// Reads the Feature object at the cursor as feature `number` (from 1).
  private mutating func feature(number: Int) throws(DataError) {
    _ = try openObject("a Feature object")
    var geometry: Geometry?
    var id = JSONCell.null
    var isFirst = true
    while let (key, _) = try nextKey(&isFirst) {
      switch key {
      case "type":
        try expectType("Feature")
      case "geometry":
        scanner.skipWhitespace()
        if scanner.peek == UInt8(ascii: "n") {
          _ = try scanner.value()
        } else {
          geometry = try self.geometry(depth: 0)
        }
      case "properties":
        try properties(feature: number)
      case "id":
        id = try scanner.value()
      default:
        _ = try scanner.value()
      }
    }
    try columns.finish(geometry: geometry, id: id)
  }

  /// Reads a feature's `properties`: `null` or an object whose members become cells.
  private mutating func properties(feature number: Int) throws(DataError) {
    scanner.skipWhitespace()
    if scanner.peek == UInt8(ascii: "n") {
      _ = try scanner.value()
      return
    }
    _ = try openObject("an object of properties (or null)")
    var isFirst = true
    while let (key, keyOffset) = try nextKey(&isFirst) {
      let value = try scanner.value()
      guard try columns.set(key, to: value, feature: number) else {
        throw .duplicateKey(file: scanner.file, at: scanner.location(of: keyOffset), key: key, record: number)
      }
    }
  }

  /// Reads the geometry object at the cursor.
  mutating func geometry(depth: Int) throws(DataError) -> Geometry {
    let start = try openObject("a geometry object (or null)")
    var kind: Geometry.Kind?
    var parts: Geometry?
    var deferredCoordinates: Int?
    var members: [Geometry]?
    var isFirst = true
    while let (key, _) = try nextKey(&isFirst) {
      switch key {
      case "type":
        kind = try geometryKind()
      case "coordinates":
        scanner.skipWhitespace()
        if let kind, kind != .geometryCollection {
          parts = try coordinates(of: kind)
        } else {
          // The type comes later: check the syntax now and read the positions once it is known.
          deferredCoordinates = scanner.index
          _ = try scanner.value()
        }
      case "geometries":
        guard depth < GeoJSONParser.maximumCollectionDepth else {
          throw scanner.malformed(
            expected: "GeometryCollections nested at most \(GeoJSONParser.maximumCollectionDepth) deep",
            found: "a deeper one")
        }
        try openArray("an array of geometries")
        var collected: [Geometry] = []
        var isFirstMember = true
        while try nextElement(&isFirstMember) {
          collected.append(try geometry(depth: depth + 1))
        }
        members = collected
      default:
        _ = try scanner.value()
      }
    }
    guard let kind else {
      throw scanner.malformed(expected: "a geometry with a 'type' member", at: start, found: "none")
    }
    if kind == .geometryCollection {
      guard let members else {
        throw scanner.malformed(expected: "a 'geometries' member in the GeometryCollection", at: start, found: "none")
      }
      // A collection keeps the polygons and points of its members, flattened, for area and filters.
      return Geometry(
        kind: kind, polygons: members.flatMap(\.polygons), points: members.flatMap(\.points))
    }
    if parts == nil, let offset = deferredCoordinates {
      let resume = scanner.index
      scanner.index = offset
      parts = try coordinates(of: kind)
      scanner.index = resume
    }
    guard let parts else {
      throw scanner.malformed(
        expected: "a 'coordinates' member in the \(kind.rawValue)", at: start, found: "none")
    }
    return parts
  }

  /// Reads a geometry's `type` string.
  private mutating func geometryKind() throws(DataError) -> Geometry.Kind {
    scanner.skipWhitespace()
    let offset = scanner.index
    guard scanner.peek == .quote else {
      throw scanner.malformed(expected: "a geometry type in double quotes", found: scanner.valueKind)
    }
    let text = try scanner.string()
    guard let kind = Geometry.Kind(rawValue: text) else {
      throw scanner.malformed(
        expected: "a geometry type (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon "
          + "or GeometryCollection)",
        at: offset, found: DataError.quoted(text))
    }
    return kind
  }

  /// Reads a `type` member's value and checks that it is `expected`.
  private mutating func expectType(_ expected: String) throws(DataError) {
    scanner.skipWhitespace()
    let offset = scanner.index
    let value = try scanner.value()
    guard case .string(let text) = value, text == expected else {
      let found = if case .string(let text) = value { DataError.quoted(text) } else { "another value" }
      throw scanner.malformed(expected: "'type' \(DataError.quoted(expected))", at: offset, found: found)
    }
  }
}
