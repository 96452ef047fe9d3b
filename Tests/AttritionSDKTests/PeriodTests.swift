import AttritionSDK
import Testing

/// Inclusive periods of days: day counts, containment and validity.
@Suite("Period: inclusive day counts")
struct PeriodTests {
  private func period(_ start: String, _ end: String) throws -> Period? {
    Period(start: try #require(Day(iso: start)), end: try #require(Day(iso: end)))
  }

  @Test(
    "day counts include both ends",
    arguments: [
      ("2022-02-24", "2025-06-04", 1_197), ("2024-01-01", "2025-06-04", 521), ("2024-06-04", "2024-06-04", 1),
      ("2024-02-28", "2024-03-01", 3), ("2023-02-28", "2023-03-01", 2), ("2024-01-01", "2024-12-31", 366),
      ("1999-12-31", "2000-01-01", 2),
    ])
  func dayCounts(_ start: String, _ end: String, _ count: Int) throws {
    let period = try #require(try period(start, end))
    #expect(period.dayCount == count)
    #expect(period.description == "\(start)..\(end)")
  }

  @Test("an end before the start is no period")
  func reversed() throws {
    #expect(try period("2025-06-04", "2024-01-01") == nil)
  }

  @Test("contains both ends and nothing outside")
  func contains() throws {
    let window = try #require(try period("2024-01-01", "2025-06-04"))
    #expect(window.contains(window.start))
    #expect(window.contains(window.end))
    #expect(!window.contains(window.start.adding(days: -1)))
    #expect(!window.contains(window.end.adding(days: 1)))
  }
}
