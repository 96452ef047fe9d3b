import AttritionSDK
import Foundation

/// A sector of the front from the reference dataset `sectors`: the settlements an offensive is
/// named after, the day it began, and the sources of both.
///
/// The sector's extent is the box around its settlements widened by a margin: 5, 10 or 15 km, the
/// choices over which ``advance_from_maps`` gives its range. The boxes are this project's
/// definition, not a source's: a source names the settlements (and the day), Wikipedia gives their
/// coordinates.
struct Sector: Sendable {
  /// The margins around the settlements, in km, that give a sector's extent; the middle one is central.
  static let margins = [5.0, 10.0, 15.0]

  let name: String
  let label: String
  /// The settlements, where they are.
  let anchors: [Coordinate]
  /// The day the offensive began (the first of its month where the source gives only a month).
  let offensiveStart: Day?
  /// The sources: the offensive's, and one per settlement for its coordinates.
  let provenance: Provenance

  /// The boxes of the sector at each margin of ``margins``.
  var boxes: [SectorBox] {
    Self.margins.map { SectorBox(around: anchors, margin: $0 * 1_000) }
  }

  /// The sector called `name` in the dataset `sectors` of the session.
  ///
  /// - Throws: ``ModuleError`` `unknown_sector` listing the sectors.
  static func named(_ name: String, _ arguments: FunctionArguments) throws -> Sector {
    let reference = try ReferenceTable(TerritoryModule.sectorsName, for: arguments)
    let names = try reference.column("sector")
    var rows: [Int] = []
    var known: [String] = []
    for row in 0..<reference.table.rowCount {
      guard let sector = ReferenceTable.text(names, row) else { continue }
      if !known.contains(sector) { known.append(sector) }
      if sector.lowercased() == name.lowercased().replacingOccurrences(of: " ", with: "_") { rows.append(row) }
    }
    guard let first = rows.first else {
      throw ModuleError(
        "unknown_sector", "no sector '\(name)' in '\(TerritoryModule.sectorsName)'",
        notes: ["sectors: " + known.joined(separator: ", "), "or give a box: [west, south, east, north] in degrees"])
    }
    let latitude = try reference.column("latitude")
    let longitude = try reference.column("longitude")
    var anchors: [Coordinate] = []
    var sources: [Source] = [try reference.source(row: first)]
    for row in rows {
      guard let lat = ReferenceTable.number(latitude, row), let lon = ReferenceTable.number(longitude, row) else {
        throw ModuleError("invalid_reference_table", "row \(row + 1) of 'sectors' has no coordinates")
      }
      anchors.append(Coordinate(longitude: lon, latitude: lat))
      let settlement = ReferenceTable.text(try reference.column("settlement"), row) ?? "settlement"
      if let citation = ReferenceTable.text(try reference.column("coordinates_source"), row) {
        sources.append(Source(citation: citation, note: "coordinates of \(settlement)"))
      }
    }
    return Sector(
      name: ReferenceTable.text(names, first) ?? name,
      label: ReferenceTable.text(try reference.column("label"), first) ?? name, anchors: anchors,
      offensiveStart: ReferenceTable.day(try reference.column("offensive_start"), first),
      provenance: Provenance(sources: sources))
  }

  /// A sector given as a box `[west, south, east, north]` in degrees: one extent, no margins.
  static func box(_ values: [Value], _ arguments: FunctionArguments, _ index: Int) throws -> SectorBox {
    let numbers = values.compactMap { value -> Double? in
      if case .estimate(let figure) = value, figure.unit.isNone, figure.value.isFinite { return figure.value }
      return nil
    }
    guard numbers.count == 4, numbers[0] < numbers[2], numbers[1] < numbers[3], numbers[1] >= -90, numbers[3] <= 90,
      numbers[0] >= -180, numbers[2] <= 180
    else {
      throw arguments.invalid(
        index, "a sector box is [west, south, east, north] in degrees, west below east and south below north")
    }
    return SectorBox(west: numbers[0], south: numbers[1], east: numbers[2], north: numbers[3])
  }
}
