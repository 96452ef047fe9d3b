import AttritionSDK
import Foundation

/// What a DeepStateMap map draws: its occupied area and, in a raw export, the other areas it draws
/// in Ukraine (liberated, unknown status), which tell a front line from the state border.
///
/// A raw export (`archive-*.geojson`, features named `UA /// EN /// key`) gives both: occupied as
/// `territory.occupied` picks it, and the other areas as the polygons in Ukraine whose English name
/// starts with "Liberated" or is "Unknown status" or "Snake Island". A daily file of the occupied
/// union (`deepstatemap_data_*.geojson`, no names) gives the occupied area only.
struct MapLayers: Sendable {
  let occupied: MapPolygons
  let others: MapPolygons
  /// Whether the map names its features, so that its other areas are known.
  let hasOtherAreas: Bool
  /// The map's day, from its name when it is one of DeepStateMap's files, else nil.
  let day: Day?
  /// The map's sources.
  let provenance: Provenance
  /// What the map is, for messages.
  let name: String

  /// The English names of the other areas a raw export draws in Ukraine.
  static func isOtherArea(_ english: String) -> Bool {
    english.hasPrefix("Liberated") || english == "Unknown status" || english == "Snake Island"
  }

  init(_ map: MapTable) {
    name = map.name
    provenance = map.provenance
    day = Self.day(ofFile: map.table.summary ?? "")
    let filter = OccupiedFilter()
    guard let column = map.table.column(named: "name"), case .string(let names) = column.data else {
      occupied = MapPolygons(map.geometries.compactMap(\.self).flatMap(\.polygons))
      others = MapPolygons([])
      hasOtherAreas = false
      return
    }
    var occupiedPolygons: [[[Coordinate]]] = []
    var otherPolygons: [[[Coordinate]]] = []
    for (row, geometry) in map.geometries.enumerated() {
      guard let geometry, geometry.isAreal, let name = names[row], let inside = filter.polygonsInUkraine(of: geometry)
      else { continue }
      if filter.matches(name: name) {
        occupiedPolygons += inside.polygons
      } else if Self.isOtherArea(OccupiedFilter.englishName(name)) {
        otherPolygons += inside.polygons
      }
    }
    occupied = MapPolygons(occupiedPolygons)
    others = MapPolygons(otherPolygons)
    hasOtherAreas = true
  }

  /// The day a DeepStateMap file shows: `archive-YYYY-MM-DD` is that day's map; a daily file
  /// `deepstatemap_data_YYYYMMDD` is fetched at 03:00 UTC, so it shows the previous evening's map.
  static func day(ofFile name: String) -> Day? {
    let file = name.split(separator: "/").last.map(String.init) ?? name
    if let range = file.range(of: "archive-"),
      file.count >= file.distance(from: file.startIndex, to: range.upperBound) + 10
    {
      return Day(iso: String(file[range.upperBound...].prefix(10)))
    }
    if let range = file.range(of: "deepstatemap_data_") {
      let digits = file[range.upperBound...].prefix(8)
      guard digits.count == 8, digits.allSatisfy(\.isNumber) else { return nil }
      let iso = "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))"
      return Day(iso: iso)?.adding(days: -1)
    }
    return nil
  }

  /// Whether a point lies in any area the map draws: occupied or other.
  func draws(_ point: Coordinate) -> Bool {
    occupied.contains(point) || others.contains(point)
  }
}
