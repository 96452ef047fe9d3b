import AttritionSDK

/// Picks the polygons of a DeepStateMap export that count as occupied Ukraine.
///
/// DeepStateMap's raw exports name each feature `UA /// EN /// i18n-key` (since 2023; `UA /// EN`
/// before; Ukrainian only in 2022). A polygon is kept when its English name is one of ``names``
/// ("Occupied", "CADR and CALR", "Occupied Crimea" by default, the features whose union the
/// cyterat/deepstate-map-data files hold) and the centre of its bounding box lies in Ukraine's
/// bounding box, ``ukraine``.
///
/// The box is what drops the regions outside Ukraine that the maps also mark "Occupied" (Petsamo,
/// Salla, the Kurils, Abkhazia, Tskhinvali, Karelia, East Prussia, …): all lie outside it.
/// Transnistria lies inside it, but the exports name it "Transnistria", not "Occupied", so the
/// name test drops it; a box is no border, and a feature outside Ukraine named "Occupied" whose
/// centre fell inside the box would be kept.
struct OccupiedFilter: Sendable {
  /// Ukraine's extreme points (about 22°08′E, 40°13′E, 44°23′N and 52°22′N) widened by 0.1–0.3°, so
  /// that coastal and border polygons drawn slightly beyond the land still count; the nearest
  /// region to exclude (Abkhazia's centre, about 41°E 43°N) is far outside either way.
  static let ukraine = SectorBox(west: 22.0, south: 44.2, east: 40.5, north: 52.5)

  /// The English names of the features that count as occupied, by default.
  static let defaultNames = ["Occupied", "CADR and CALR", "Occupied Crimea"]

  /// The English names kept.
  let names: Set<String>

  /// Creates a filter for English names (compared after trimming spaces).
  init(names: [String] = OccupiedFilter.defaultNames) {
    self.names = Set(names.map(OccupiedFilter.trimmed))
  }

  /// The English part of a DeepStateMap name: the text between the first and second `///`, or the
  /// whole name when it has no `///`; spaces, no-break spaces and line breaks around it are trimmed.
  static func englishName(_ name: String) -> String {
    let parts = name.split(separator: "///", omittingEmptySubsequences: false)
    return trimmed(parts.count >= 2 ? parts[1] : parts[0])
  }

  /// Whether a feature's name marks it as occupied.
  func matches(name: String) -> Bool {
    names.contains(OccupiedFilter.englishName(name))
  }

  /// The polygons of a geometry that lie in Ukraine, or nil when none does.
  func polygonsInUkraine(of geometry: Geometry) -> Geometry? {
    let kept = geometry.polygons.filter { rings in
      guard let center = OccupiedFilter.boundingBoxCenter(of: rings.first ?? []) else { return false }
      return OccupiedFilter.ukraine.contains(center)
    }
    guard !kept.isEmpty else { return nil }
    return Geometry(kind: kept.count == 1 ? .polygon : .multiPolygon, polygons: kept)
  }

  /// The centre of a ring's longitude–latitude bounding box.
  static func boundingBoxCenter(of ring: [Coordinate]) -> Coordinate? {
    guard let first = ring.first else { return nil }
    var box = (west: first.longitude, east: first.longitude, south: first.latitude, north: first.latitude)
    for point in ring {
      box.west = min(box.west, point.longitude)
      box.east = max(box.east, point.longitude)
      box.south = min(box.south, point.latitude)
      box.north = max(box.north, point.latitude)
    }
    return Coordinate(longitude: (box.west + box.east) / 2, latitude: (box.south + box.north) / 2)
  }

  /// The text without the white space around it (spaces, no-break spaces, line breaks).
  private static func trimmed(_ text: some StringProtocol) -> String {
    var characters = Substring(text)
    while let first = characters.first, first.isWhitespace { characters.removeFirst() }
    while let last = characters.last, last.isWhitespace { characters.removeLast() }
    return String(characters)
  }
}
