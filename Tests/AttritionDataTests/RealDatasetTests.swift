import AttritionData
import AttritionSDK
import Testing

/// The real datasets at `<root>/../shared/datasets`; they are required, so a missing folder fails.
@Suite("Real datasets")
struct RealDatasetTests {
  /// Loads a shared dataset, failing with the folder it must be in when it cannot.
  private func load(_ relative: String) throws -> Table {
    let path = Paths.datasets + "/" + relative
    do {
      return try TableLoader.load(path: path)
    } catch {
      Issue.record("cannot load the shared dataset '\(relative)' from '\(Paths.datasets)': \(error)")
      throw error
    }
  }

  @Test("General Staff equipment losses: 1,626 records from 2022-02-25, tank numeric")
  func generalStaffEquipment() throws {
    let table = try load("general-staff/russia_losses_equipment.json")
    #expect(table.rowCount == 1_626)
    #expect(table.summary == "russia_losses_equipment.json")
    let dates = try #require(try table.required("date").days)
    #expect(dates.first == day("2022-02-25"))
    #expect(dates.last == day("2026-08-08"))
    #expect(!dates.contains(nil))
    let tank = try table.required("tank")
    #expect(["integer", "number"].contains(tank.data.typeName))
    #expect(tank.numbers?.first == 80)
    #expect(tank.numbers?.last == 12_251)
    #expect(try table.required("day").integers?.first == 2)
    #expect(try table.required("greatest losses direction").data.typeName == "string")
    let submarines = try #require(try table.required("submarines").numbers)
    #expect(submarines.first == .some(nil))
    #expect(submarines.compactMap { $0 }.count == 1_060)
  }

  @Test("General Staff personnel: the 'about' marker column is text")
  func generalStaffPersonnel() throws {
    let table = try load("general-staff/russia_losses_personnel.json")
    #expect(table.rowCount == 1_626)
    #expect(try table.required("personnel*").strings?.first == "about")
    #expect(try table.required("personnel").numbers?.first == 2_800)
  }

  @Test("NZZ territory: midnight timestamps are days; 1,642 lines less the header are 1,641 rows")
  func nzzTerritory() throws {
    // Measured with `wc -l territory.csv`: 1642 lines, no quoted line breaks, one header line.
    let table = try load("nzz/territory.csv")
    #expect(table.columnNames == ["date", "area"])
    #expect(table.rowCount == 1_641)
    let dates = try #require(try table.required("date").days)
    #expect(dates.first == day("2022-02-24"))
    #expect(dates.last == day("2026-08-22"))
    let area = try #require(try table.required("area").doubles)
    #expect(area.first == 57_309.166)
  }

  @Test("Oryx daily counts: quoted names with commas and line breaks, 1,365 records in 1,369 lines")
  func oryxDailyCount() throws {
    // `wc -l daily_count.csv` gives 1369: the header, 1,365 records and 3 line breaks inside quoted names.
    let table = try load("oryx/daily_count.csv")
    #expect(table.rowCount == 1_365)
    #expect(table.columns.count == 18)
    let types = Dictionary(uniqueKeysWithValues: table.columns.map { ($0.name, $0.data.typeName) })
    #expect(types["country"] == "string")
    #expect(types["equipment_type"] == "string")
    #expect(types["destroyed"] == "integer")
    #expect(types["date_recorded"] == "day")
    let names = try #require(try table.required("equipment_type").strings)
    #expect(names.filter { $0 == "Surface-To-Air Missile Systems\n" }.count == 3)
    #expect(names.contains { $0?.hasPrefix("Losses excluding Recon Drones and Trucks - 14057, of which:") == true })
    let countries = try #require(try table.required("country").strings)
    #expect(countries.filter { $0 == "Russia" }.count == 983)
    #expect(try table.required("date_recorded").days?.first == day("2022-02-23"))
  }
}
