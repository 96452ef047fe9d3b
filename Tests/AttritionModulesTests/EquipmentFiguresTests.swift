import Foundation
import Testing

/// The reference dataset `equipment_figures` and `equipment.figure`.
@Suite struct EquipmentFiguresTests {
  private typealias Support = SeriesTestSupport

  @Test func theDatasetIsRegisteredAndEveryRowIsSourced() throws {
    let rows = try Support.rows("equipment_figures")
    #expect(rows.count >= 30)
    let confidences: Set<String> = ["H", "M", "L", "M-H", "L-M", "UNVERIFIED"]
    let qualifiers: Set<String> = ["over", "about", "between", "up_to", "exact", "at_least"]
    for row in rows {
      let measure = row["measure"] as? String ?? "?"
      #expect(!(row["source"] as? String ?? "").isEmpty, "\(measure) has no source")
      #expect(!(row["publisher"] as? String ?? "").isEmpty, "\(measure) has no publisher")
      #expect(confidences.contains(row["confidence"] as? String ?? ""), "\(measure): confidence")
      #expect(qualifiers.contains(row["qualifier"] as? String ?? ""), "\(measure): qualifier")
      #expect(["low", "central", "high"].contains { row[$0] is Double }, "\(measure) has no figure")
    }
  }

  @Test func theSeedsEquipmentFigures() throws {
    let tanks = try Support.estimate(#"equipment.figure("tanks_lost_since_2024_01")"#)
    #expect(tanks.value == 1_800 && tanks.low == 1_800 && tanks.high == nil && tanks.unit == "tanks")
    let ifv = try Support.estimate(#"equipment.figure("ifv_lost_since_2024_01")"#)
    #expect(ifv.low == 3_000 && ifv.high == nil && ifv.unit == "ifv")
    let other = try Support.json(#"equipment.figure("other_armoured_vehicles_lost_since_2024_01")"#)
    #expect(other["low"] as? Double == 1_100)
    let rows = try Support.rows(#"equipment_figures | where confidence == "UNVERIFIED""#)
    #expect(rows.map { $0["measure"] as? String } == ["other_armoured_vehicles_lost_since_2024_01"])
    let bombers = try Support.estimate(#"equipment.figure("aircraft_hit_spiderweb")"#)
    #expect(bombers.value == 41)
    let sources = try Support.json(#"equipment.figure("tanks_lost_since_2024_01")"#)["sources"] as? [String]
    #expect(sources == ["CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03"])
  }

  @Test func theSeedRecomputedFromTheReferenceFigures() throws {
    let rate = try Support.estimate(
      #"equipment.rate(equipment.figure("tanks_lost_since_2024_01"), 2024-01-01..2025-06-04)"#)
    #expect(abs(rate.value - 1_800.0 / 521.0) < 1e-12 && rate.high == nil && rate.unit == "tanks/day")
    let fleet = try Support.estimate(
      #"""
      let hit = equipment.figure("aircraft_hit_spiderweb")
      equipment.fleet_from_share(hit, equipment.figure("strategic_bomber_fleet_share_hit"))
      """#)
    #expect(abs(fleet.value - 41 / 0.3333) < 1e-9)
    #expect(fleet.unit == "aircraft")
  }

  @Test func inventoryAndFleetFiguresCarryTheirRanges() throws {
    let mb2024 = try Support.estimate(#"equipment.figure("mbt_in_storage")"#)
    #expect(mb2024.value == 4_000 && mb2024.low == nil && mb2024.high == nil)
    let boyd = try Support.estimate(
      #"equipment.figure("tanks_lost_total", side: "russia", source: "Military Balance 2023")"#)
    #expect(boyd.value == 2_150 && boyd.low == 2_000 && boyd.high == 2_300)
    let total = try Support.estimate(#"equipment.figure("strategic_bombers_total")"#)
    #expect(total.low == 130 && total.high == 145 && total.unit == "bombers")
    let reactivation = try Support.estimate(#"equipment.figure("tank_reactivation_rate")"#)
    #expect(reactivation.high == 90 && reactivation.unit == "tanks/month")
  }

  @Test func lookupsThatFailSayWhy() throws {
    let unknown = try Support.failure(#"equipment.figure("tanks")"#, id: "module.unknown_figure")
    #expect(unknown.contains("tanks_lost_since_2024_01"))
    let ambiguous = try Support.failure(#"equipment.figure("tanks_lost_total")"#, id: "module.ambiguous_figure")
    #expect(ambiguous.contains("The Military Balance 2024"))
  }
}
