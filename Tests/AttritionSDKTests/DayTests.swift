import AttritionSDK
import Testing

/// Calendar days: ordinals, components, ISO text, validity and leap years.
@Suite("Day: ordinals, components, ISO text and leap years")
struct DayTests {
  /// An independent Gregorian rule, not the SDK's.
  private static func isLeapYear(_ year: Int) -> Bool {
    year % 400 == 0 || (year % 4 == 0 && year % 100 != 0)
  }

  private static func daysIn(_ month: Int, _ year: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
    func pad(_ number: Int, _ width: Int) -> String {
      let digits = String(number)
      return String(repeating: "0", count: width - digits.count) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  @Test("every day 1900-01-01…2100-12-31: consecutive ordinals, components, ISO text round-trip")
  func roundTripEveryDay() throws {
    var expectedOrdinal = -25_567
    var failures: [String] = []
    var count = 0
    for year in 1900...2100 {
      for month in 1...12 {
        for dayOfMonth in 1...Self.daysIn(month, year) {
          count += 1
          let text = Self.iso(year, month, dayOfMonth)
          guard let day = Day(year: year, month: month, day: dayOfMonth) else {
            failures.append("\(text) rejected")
            continue
          }
          let components = Day(ordinal: day.ordinal).components
          if day.ordinal != expectedOrdinal {
            failures.append("\(text): ordinal \(day.ordinal), not \(expectedOrdinal)")
          }
          if components != (year, month, dayOfMonth) { failures.append("\(text): components \(components)") }
          if day.description != text { failures.append("\(text): description \(day.description)") }
          if Day(iso: text) != day { failures.append("\(text): Day(iso:) differs") }
          expectedOrdinal += 1
        }
      }
    }
    #expect(count == 73_414)
    #expect(expectedOrdinal - 1 == 47_846)
    #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
  }

  @Test(
    "known ordinals",
    arguments: [
      ("1970-01-01", 0), ("1969-12-31", -1), ("1900-01-01", -25_567), ("2000-03-01", 11_017),
      ("2022-02-24", 19_047), ("2024-01-01", 19_723), ("2025-06-04", 20_243), ("2100-12-31", 47_846),
    ])
  func knownOrdinals(_ text: String, _ ordinal: Int) throws {
    let day = try #require(Day(iso: text))
    #expect(day.ordinal == ordinal)
    #expect(Day(ordinal: ordinal).description == text)
  }

  @Test(
    "invalid ISO days are rejected",
    arguments: [
      "2025-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "2024-01-1", "24-01-01", "2024-02-30",
      "2024-04-31", "2024-01-00", "2024-01-32", "1900-02-29", "2100-02-29", "2024/01/01", "", "2024-01",
      "2024-01-01-01", "2024-01-01T00:00", " 2024-01-01", "2024-01-01 ", "2024-0a-01", "+024-01-01",
      "２０２４-01-01", "2024-01-01\n", "20240101",
    ])
  func invalidISO(_ text: String) {
    #expect(Day(iso: text) == nil)
  }

  @Test(
    "invalid components are rejected",
    arguments: [(2025, 2, 29), (2024, 13, 1), (2024, 0, 10), (2024, 1, 0), (2024, 4, 31), (2024, 1, -1), (2024, -1, 1)]
  )
  func invalidComponents(_ year: Int, _ month: Int, _ day: Int) {
    #expect(Day(year: year, month: month, day: day) == nil)
  }

  @Test(
    "leap years: divisible by 4, except centuries, except every 400 years",
    arguments: [(1900, false), (2000, true), (2023, false), (2024, true), (2025, false), (2100, false), (2400, true)])
  func leapYears(_ year: Int, _ leap: Bool) {
    #expect(Day.isLeap(year) == leap)
    #expect(Day.length(ofMonth: 2, year: year) == (leap ? 29 : 28))
    #expect((Day(year: year, month: 2, day: 29) != nil) == leap)
    let yearLength =
      (Day(year: year + 1, month: 1, day: 1)?.ordinal ?? 0) - (Day(year: year, month: 1, day: 1)?.ordinal ?? 0)
    #expect(yearLength == (leap ? 366 : 365))
  }

  @Test("days order chronologically and step by whole days")
  func orderingAndAdding() throws {
    let start = try #require(Day(iso: "2024-02-28"))
    #expect(start.adding(days: 1).description == "2024-02-29")
    #expect(start.adding(days: 2).description == "2024-03-01")
    #expect(start.adding(days: -59).description == "2023-12-31")
    #expect(start < start.adding(days: 1))
    #expect(!(start < start))
    #expect(try #require(Day(iso: "2025-06-04")) > #require(Day(iso: "2024-06-04")))
  }
}
