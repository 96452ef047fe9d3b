import Foundation
import Testing

/// Oryx tables of snapshots: the 206 dated snapshots of `totals_by_type_history.csv`, and toy
/// tables whose day column has another name. Snapshots of one total are never added up.
@Suite struct OryxSnapshotTests {
  private typealias Support = SeriesTestSupport

  /// The history file, parsed here with a CSV reader of the test's own (quoted fields may hold
  /// commas and line breaks), as (day, commit, country, category, the four statuses summed).
  private static func history() throws -> [(day: String, commit: String, country: String, type: String, total: Double)]
  {
    let text = try String(contentsOfFile: try Support.dataset("oryx/totals_by_type_history.csv"), encoding: .utf8)
    var records: [[String]] = []
    var field = ""
    var record: [String] = []
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.unicodeScalars.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        record.append(field)
        field = ""
      } else if character == "\n" {
        record.append(field)
        records.append(record)
        (record, field) = ([], "")
      } else if character != "\r" {
        field.unicodeScalars.append(character)
      }
    }
    let header = records.removeFirst()
    let index = { (name: String) in header.firstIndex(of: name) ?? -1 }
    return records.filter { $0.count == header.count }.map { row in
      let total = ["destroyed", "damaged", "abandoned", "captured"].reduce(0.0) { $0 + (Double(row[index($1)]) ?? 0) }
      return (
        row[index("commit_date")], row[index("commit")], row[index("country")], row[index("equipment_type")], total
      )
    }
  }

  private static var load: String {
    get throws { "let h = load(\"\(try Support.dataset("oryx/totals_by_type_history.csv"))\")\n" }
  }

  @Test func theRatioOfTheHistoryIsTheLatestSnapshotsNotASum() throws {
    let rows = try Self.history()
    let latest = try #require(rows.map(\.day).max())
    let tanks = { (country: String) in
      rows.filter { $0.day == latest && $0.country == country && $0.type == "Tanks" }.map(\.total)
    }
    let russia = tanks("Russia")
    let ukraine = tanks("Ukraine")
    try #require(russia.count == 1 && ukraine.count == 1)
    let ratio = try Support.estimate(try Self.load + #"equipment.ratio(h, "tanks")"#)
    #expect(ratio.value == russia[0] / ukraine[0])
    let summed = rows.filter { $0.country == "Russia" && $0.type == "Tanks" }.map(\.total).reduce(0, +)
    #expect(summed > 400_000, "the sum over snapshots the bug printed is far off")
    let status = try Support.rows(try Self.load + #"equipment.status(h, "tanks") | where country == "Russia""#)
    #expect(status.compactMap { $0["count"] as? Double }.reduce(0, +) == russia[0])
  }

  @Test func anEarlierSnapshotCanBeNamed() throws {
    let rows = try Self.history()
    let day = try #require(rows.map(\.day).filter { $0 <= "2025-06-04" }.max())
    let russia = rows.filter { $0.day == day && $0.country == "Russia" && $0.type == "Tanks" }.map(\.total)
    let confirmed = try Support.json(try Self.load + #"equipment.confirmed(h, "tanks", as_of: 2025-06-04)"#)
    #expect(confirmed["value"] as? Double == russia.first)
    #expect(confirmed["unit"] as? String == "tanks")
  }

  @Test func aToySnapshotTableWithAnotherDayColumnUsesItsLatestSnapshot() throws {
    let code = """
      let t = table(scraped_on: [2024-01-01, 2024-01-01, 2024-03-01, 2024-03-01], \
      country: ["Russia", "Ukraine", "Russia", "Ukraine"], equipment_type: ["Tanks", "Tanks", "Tanks", "Tanks"], \
      destroyed: [100, 40, 160, 50], damaged: [0, 0, 0, 0], abandoned: [0, 0, 0, 0], captured: [0, 0, 20, 10])

      """
    #expect(try Support.estimate(code + #"equipment.ratio(t, "tanks")"#).value == 180.0 / 60.0)
    #expect(try Support.estimate(code + #"equipment.ratio(t, "tanks", as_of: 2024-02-01)"#).value == 100.0 / 40.0)
    // Named explicitly, a day column that holds no days is refused.
    _ = try Support.failure(code + #"equipment.ratio(t, "tanks", date: "country")"#, id: "module.no_day_column")
  }

  @Test func anUndatedTableWithARepeatedKeyIsRefused() throws {
    let code = """
      let t = table(country: ["Russia", "Russia", "Ukraine"], equipment_type: ["Tanks", "Tanks", "Tanks"], \
      destroyed: [100, 160, 40], damaged: [0, 0, 0], abandoned: [0, 0, 0], captured: [0, 0, 0])
      equipment.ratio(t, "tanks")
      """
    let errors = try Support.failure(code, id: "module.repeated_snapshot")
    #expect(errors.contains("Russia's 'tanks' appears in rows 1 and 2"))
    _ = try Support.failure(
      code.replacingOccurrences(of: #"equipment.ratio(t, "tanks")"#, with: "equipment.status(t)"),
      id: "module.repeated_snapshot")
  }

  @Test func twoScrapesOfOneDayThatDisagreeAreNamed() throws {
    // 2022-04-04 has two commits in the history, with 425 and 410 Russian tanks.
    let errors = try Support.failure(
      try Self.load + #"equipment.confirmed(h, "tanks", as_of: 2022-04-05)"#, id: "module.ambiguous_snapshot")
    #expect(errors.contains("2022-04-04") && errors.contains("410 to 425"))
  }

  /// The rule of `confirmed_window`, written out here: S⁻, S⁺ and linear interpolation by day.
  private static func expectedWindow(
    _ totals: [(day: Int, total: Double)], start: Int, end: Int
  ) -> (value: Double, low: Double?, high: Double?) {
    let before = start - 1
    func onOrBefore(_ day: Int) -> (day: Int, total: Double)? { totals.last { $0.day <= day } }
    func onOrAfter(_ day: Int) -> (day: Int, total: Double)? { totals.first { $0.day >= day } }
    func interpolated(_ day: Int) -> Double {
      guard let a = onOrBefore(day) else { return .nan }
      guard let b = onOrAfter(day), b.day != a.day else { return a.total }
      return a.total + (b.total - a.total) * Double(day - a.day) / Double(b.day - a.day)
    }
    let low = onOrBefore(end).flatMap { e in onOrAfter(before).map { e.total - $0.total } }
    let high = onOrAfter(end).flatMap { e in onOrBefore(before).map { e.total - $0.total } }
    var value = interpolated(end) - interpolated(before)
    if let low { value = max(value, low) }
    if let high { value = min(value, high) }
    return (value, low, high)
  }

  @Test(arguments: [("tanks", "Tanks"), ("IFV", "Infantry Fighting Vehicles"), ("APC", "Armoured Personnel Carriers")])
  func theWindowSinceJanuary2024(_ name: String, _ oryxName: String) throws {
    // After the two days with two scrapes each (2022-03-28, 2022-04-04).
    let rows = try Self.history().filter { $0.country == "Russia" && $0.type == oryxName && $0.day > "2022-04-04" }
    let totals = rows.map { (day: Self.ordinal($0.day), total: $0.total) }.sorted { $0.day < $1.day }
    try #require(Set(totals.map(\.day)).count == totals.count, "one snapshot a day in this range")
    for (start, end) in [("2024-01-01", "2025-06-04"), ("2024-01-01", "2025-12-31")] {
      let expected = Self.expectedWindow(totals, start: Self.ordinal(start), end: Self.ordinal(end))
      let figure = try Support.estimate(
        try Self.load + "equipment.confirmed_window(h, \"\(name)\", \(start)..\(end))")
      #expect(abs(figure.value - expected.value) < 1e-9, "\(name) \(start)..\(end)")
      #expect(figure.low == expected.low, "\(name) \(start)..\(end)")
      #expect(figure.high == expected.high, "\(name) \(start)..\(end)")
      if end == "2025-12-31" { #expect(figure.high == nil, "the end lies beyond the last snapshot") }
    }
  }

  @Test func otherArmouredIsAFVsAPCsAndMRAPs() throws {
    let rows = try Self.history().filter { $0.country == "Russia" && $0.day > "2022-04-04" }
    let parts = ["Armoured Fighting Vehicles", "Armoured Personnel Carriers", "Mine-Resistant Ambush Protected"]
    var byDay: [Int: (total: Double, count: Int)] = [:]
    for row in rows where parts.contains(row.type) {
      let sum = byDay[Self.ordinal(row.day)] ?? (0, 0)
      byDay[Self.ordinal(row.day)] = (sum.total + row.total, sum.count + 1)
    }
    let totals = byDay.filter { $0.value.count == 3 }.map { (day: $0.key, total: $0.value.total) }
      .sorted { $0.day < $1.day }
    let expected = Self.expectedWindow(totals, start: Self.ordinal("2024-01-01"), end: Self.ordinal("2025-06-04"))
    let figure = try Support.estimate(
      try Self.load + #"equipment.confirmed_window(h, "other armoured", 2024-01-01..2025-06-04)"#)
    #expect(abs(figure.value - expected.value) < 1e-9 && figure.low == expected.low && figure.high == expected.high)
    #expect(figure.unit == "vehicles")
  }

  @Test func countsOfOneKindDivideToAPlainRatioEitherWay() throws {
    let code =
      try Self.load
        + """
        let gs = load(dataset: "general-staff/russia_losses_equipment.json")
        let gs_tanks = equipment.window(gs, "tank", 2024-01-01..2025-06-04)
        let oryx_tanks = equipment.confirmed_window(h, "tanks", 2024-01-01..2025-06-04)

        """
    #expect(try Support.estimate(code + "gs_tanks / oryx_tanks").unit == "")
    #expect(try Support.estimate(code + "oryx_tanks / gs_tanks").unit == "")
  }

  private static func ordinal(_ iso: String) -> Int {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    var components = DateComponents()
    (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
    components.timeZone = TimeZone(identifier: "UTC")
    let date = Calendar(identifier: .gregorian).date(from: components) ?? Date()
    return Int(date.timeIntervalSince1970 / 86_400)
  }
}
