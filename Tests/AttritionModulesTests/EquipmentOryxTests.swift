import Foundation
import Testing

@testable import EquipmentAttrition

/// Oryx helpers on the real `scarnecchia/oryx_data` snapshot: category names, statuses, ratios.
@Suite struct EquipmentOryxTests {
  private typealias Support = SeriesTestSupport

  @Test(arguments: [
    ("Trucks, Vehicles and Jeeps", "trucks"), ("Trucks, Vehicles, and Jeeps", "trucks"),
    ("Trucks, Vehicles, Jeeps, and Trains", "trucks"), ("Multiple Rocket Launchers", "rocket_artillery"),
    ("Rocket and Missile Artillery", "rocket_artillery"), ("Naval Ships", "naval"),
    ("Naval Ships and Submarines", "naval"), ("Radars", "radars"), ("Radars And Communications Equipment", "radars"),
    ("Surface-To-Air Missile Systems\n", "sam"), ("Unmanned Aerial Vehicles", "uav"),
    ("Reconnaissance Unmanned Aerial Vehicles", "recon_uav"), ("Unmanned Ground Vehicles", "ugv"),
    ("All Types", "all_types"), ("tanks", "tanks"), ("  TANKS ", "tanks"), ("sp_artillery", "sp_artillery"),
    (
      "Losses of Armoured Combat Vehicles [Tanks, AFVs, IFVs, APCs, and MRAPs] - 13080, of which: destroyed: 10140",
      "armoured_combat_vehicles"
    ),
    (
      "Losses excluding Recon Drones and Trucks - 17594, of which: destroyed: 13425",
      "excluding_recon_drones_and_trucks"
    ),
  ])
  func oryxNamesMapToStableOnes(_ name: String, _ stable: String) {
    #expect(OryxCategory(oryxName: name)?.rawValue == stable)
  }

  @Test(arguments: ["tured: 569)", "", "143", "Losses", "Tanks and more"])
  func junkIsNoCategory(_ name: String) {
    #expect(OryxCategory(oryxName: name) == nil)
  }

  @Test(arguments: ["oryx/totals_by_type.csv", "oryx/daily_count.csv", "oryx/totals_by_type_history.csv"])
  func everyCategoryNameInTheSnapshotIsKnown(_ file: String) throws {
    let rows = try Support.rows("equipment.normalize(load(\"\(try Support.dataset(file))\"))")
    #expect(rows.count > 50)
    let unmapped = rows.filter { $0["category"] is NSNull }.compactMap { $0["equipment_type"] as? String }
    #expect(unmapped.isEmpty, "unmapped Oryx names: \(Set(unmapped))")
  }

  @Test func theJunkRowBecomesNoCategoryAndIsReported() throws {
    let code = #"""
      let daily = table(country: ["Russia", "Russia"], equipment_type: ["Tanks", "tured: 569)"], destroyed: [1, 2], \#
      damaged: [0, 0], abandoned: [0, 0], captured: [0, 569])
      equipment.normalize(daily)
      """#
    let outcome = try ExampleRunner.run(code)
    #expect(outcome.succeeded)
    #expect(outcome.errors == ["warning: 1 name is not Oryx categories: 'tured: 569)'"])
    let rows = try Support.rows(code)
    #expect(rows.map { $0["category"] as? String } == ["tanks", nil])
    let status = try ExampleRunner.run(code + "\nequipment.status(daily)")
    #expect(status.errors.contains { $0.contains("skipped rows") && $0.contains("tured: 569)") })
    #expect(!(status.output.last ?? "569").contains("569"), "the junk row's 569 captured must not be counted")
  }

  @Test func statusBreakdownOfTheTotals() throws {
    let path = try Support.dataset("oryx/totals_by_type.csv")
    let rows = try Support.rows("equipment.status(load(\"\(path)\"))")
    #expect(rows.count == 8)
    let russia = rows.filter { $0["country"] as? String == "Russia" }
    #expect(russia.map { $0["status"] as? String } == ["destroyed", "damaged", "abandoned", "captured"])
    #expect(russia.map { $0["count"] as? Double } == [17_198, 909, 1_178, 3_096])
    let shares = russia.compactMap { $0["share"] as? Double }
    #expect(abs(shares[0] - 17_198.0 / 22_381.0) < 1e-12)
    #expect(abs(shares.reduce(0, +) - 1) < 1e-12)
    let tanks = try Support.rows("equipment.status(load(\"\(path)\"), \"Tanks\")")
    #expect(
      tanks.filter { $0["country"] as? String == "Ukraine" }.map { $0["count"] as? Double } == [896, 81, 96, 147])
  }

  @Test func datedTablesUseTheLatestScrape() throws {
    let path = try Support.dataset("oryx/daily_count.csv")
    let rows = try Support.rows("equipment.status(load(\"\(path)\"))")
    let russia = rows.filter { $0["country"] as? String == "Russia" }.map { $0["count"] as? Double }
    #expect(russia == [17_198, 909, 1_178, 3_096], "the 2025-07-19 All Types row, not a sum over scrapes")
    let ratio = try Support.estimate("equipment.ratio(load(\"\(path)\"), \"tanks\")")
    #expect(abs(ratio.value - 4_074.0 / 1_220.0) < 1e-12)
  }

  @Test func systemTablesSumTheirRows() throws {
    let path = try Support.dataset("oryx/totals_by_system_wide.csv")
    let rows = try Support.rows("equipment.status(load(\"\(path)\"))")
    let ukraine = rows.filter { $0["country"] as? String == "Ukraine" }.map { $0["count"] as? Double }
    #expect(ukraine == [7_428, 1_156, 673, 1_593])
  }

  @Test func russianToUkrainianRatioFromTheTotals() throws {
    let path = try Support.dataset("oryx/totals_by_type.csv")
    let tanks = try Support.json("equipment.ratio(load(\"\(path)\"), \"Tanks\")")
    #expect(abs((tanks["value"] as? Double ?? 0) - 4_074.0 / 1_220.0) < 1e-12)
    #expect((tanks["sources"] as? [String])?.first?.hasSuffix("oryx/totals_by_type.csv") ?? false)
    let trucks = try Support.estimate("equipment.ratio(load(\"\(path)\"), \"Trucks, Vehicles and Jeeps\")")
    #expect(abs(trucks.value - 4_099.0 / 1_150.0) < 1e-12)
    _ = try Support.failure("equipment.ratio(load(\"\(path)\"), \"spaceships\")", id: "module.unknown_category")
    _ = try Support.failure(
      "equipment.status(load(\"\(try Support.dataset("general-staff/russia_losses_equipment.json"))\"))",
      id: "module.not_oryx_table")
  }
}
