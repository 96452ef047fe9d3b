import AttritionSDK
import Testing

/// The SDK's cumulative-series primitives, on small series whose answers are known by hand.
@Suite struct SeriesPrimitiveTests {
  private static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("bad day \(text)") }
    return day
  }

  private static func period(_ start: String, _ end: String) -> Period {
    guard let period = Period(start: day(start), end: day(end)) else { preconditionFailure("bad period") }
    return period
  }

  /// Tanks 100 on 2024-01-01, then +4, +6, +7, −2 (a revision), +8; nothing on 2024-01-07..08; 140 on 01-09.
  private static func series() throws -> CumulativeSeries {
    let totals: [(String, Double)] = [
      ("2024-01-01", 100), ("2024-01-02", 104), ("2024-01-03", 110), ("2024-01-04", 117), ("2024-01-05", 115),
      ("2024-01-06", 123), ("2024-01-09", 140),
    ]
    return try CumulativeSeries(name: "tank", points: totals.map { .exact(day($0.0), $0.1) })
  }

  private static func table(_ columns: [Column]) throws -> Table {
    try Table(columns: columns, provenance: Provenance(sources: [Source(citation: "test table")]))
  }

  private static func errorID(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch let error as ModuleError {
      return error.diagnostic.id.name
    } catch {
      return "unexpected \(error)"
    }
  }

  @Test func windowSubtractsTheDayBeforeTheStart() throws {
    let series = try Self.series()
    // cum(01-04) − cum(01-01), not − cum(01-02): the 2nd's 4 tanks belong to the window.
    #expect(try series.window(Self.period("2024-01-02", "2024-01-04")).value == 17)
    #expect(try series.window(Self.period("2024-01-04", "2024-01-04")).value == 7)
    // A revision inside the window nets out.
    #expect(try series.window(Self.period("2024-01-04", "2024-01-06")).value == 13)
  }

  @Test func periodStartingOnTheFirstDayIsRefusedNotTakenFromZero() throws {
    let series = try Self.series()
    do {
      _ = try series.window(Self.period("2024-01-01", "2024-01-03"))
      Issue.record("a window from the first day must not be read as starting from 0")
    } catch {
      #expect(error.diagnostic.id.name == "missing_day_before_start")
      #expect(error.diagnostic.message.contains("2023-12-31"))
      #expect(error.diagnostic.message.contains("cumulative"))
      #expect(error.diagnostic.notes.contains { $0.contains("2024-01-02") })
    }
  }

  @Test func periodOutsideTheSeriesNamesTheDates() throws {
    let series = try Self.series()
    do {
      _ = try series.window(Self.period("2024-01-05", "2024-02-01"))
      Issue.record("a period past the series' end must be refused")
    } catch {
      #expect(error.diagnostic.id.name == "period_outside_series")
      #expect(error.diagnostic.message.contains("2024-02-01"))
      #expect(error.diagnostic.message.contains("2024-01-01..2024-01-09"))
    }
    #expect(Self.errorID { _ = try series.window(Self.period("2023-06-01", "2023-06-30")) } == "period_outside_series")
  }

  @Test func gapsAtEitherEndOfAWindowAreReportedNotInterpolated() throws {
    let series = try Self.series()
    do {
      _ = try series.window(Self.period("2024-01-09", "2024-01-09"))
      Issue.record("the day before the start lies in a gap")
    } catch {
      #expect(error.diagnostic.id.name == "missing_day_before_start")
      #expect(error.diagnostic.message.contains("2024-01-08"))
      #expect(error.diagnostic.notes.joined().contains("2024-01-06"))
    }
    #expect(Self.errorID { _ = try series.window(Self.period("2024-01-02", "2024-01-07")) } == "missing_end_day")
  }

  @Test func incrementsFlagRevisionsAndSpanGaps() throws {
    let series = try Self.series()
    let increments = try series.increments()
    #expect(increments.map(\.value.value) == [4, 6, 7, -2, 8, 17])
    #expect(increments.map(\.days) == [1, 1, 1, 1, 1, 3])
    let revisions = try series.revisions()
    #expect(revisions.map(\.day) == [Self.day("2024-01-05")])
    #expect(series.gaps() == [Self.period("2024-01-07", "2024-01-08")])
    let warning = try #require(CumulativeSeries.describe(revisions: revisions, of: "tank"))
    #expect(warning.contains("2024-01-05 (−2)"))
    #expect(try #require(CumulativeSeries.describe(gaps: series.gaps(), of: "tank")).contains("2024-01-07..2024-01-08"))
  }

  @Test func incrementsTableLeavesTheFirstIncrementUnknown() throws {
    let table = try Self.series().incrementsTable()
    #expect(table.columnNames == ["date", "increment", "days", "revision", "flag"])
    let increments = try #require(table.column(named: "increment")?.numbers)
    #expect(increments.first == .some(nil))
    #expect(increments.count == 7)
    guard case .bool(let flags) = table.column(named: "revision")?.data else {
      Issue.record("revision is not a bool column")
      return
    }
    #expect(flags == [nil, false, false, false, true, false, false])
  }

  @Test func monthlyTotalsMarkPartialMonths() throws {
    let totals: [(String, Double)] = [
      ("2023-12-30", 0), ("2023-12-31", 10), ("2024-01-15", 40), ("2024-01-31", 72), ("2024-02-29", 130),
      ("2024-03-10", 150),
    ]
    let series = try CumulativeSeries(name: "x", points: totals.map { .exact(Self.day($0.0), $0.1) })
    let months = try series.monthlyTotals()
    #expect(months.map(\.month) == ["2023-12-01", "2024-01-01", "2024-02-01", "2024-03-01"].map(Self.day))
    #expect(months.map(\.total.value) == [10, 62, 58, 20])
    #expect(months.map(\.days) == [1, 31, 29, 10])
    #expect(months.map(\.isPartial) == [true, false, false, true])
    #expect(months[1].perDay.value == 2)
    #expect(months[1].perDay.unit == Unit.quotient(.none, Unit(.day)).unit)
  }

  @Test func rollingSumsLeaveGapsEmpty() throws {
    let sums = try Self.series().rolling(days: 2)
    #expect(sums.map(\.day) == ["2024-01-03", "2024-01-04", "2024-01-05", "2024-01-06", "2024-01-09"].map(Self.day))
    #expect(sums.map { $0.sum?.value } == [10, 13, 5, 6, nil])
    #expect(sums[0].perDay?.value == 5)
    #expect(Self.errorID { _ = try Self.series().rolling(days: 0) } == "invalid_window")
    #expect(Self.errorID { _ = try Self.series().rolling(days: 9) } == "invalid_window")
  }

  @Test func firstDayReachingAThreshold() throws {
    let series = try Self.series()
    #expect(series.firstIndex(reaching: 110).map { series.points[$0].day } == Self.day("2024-01-03"))
    #expect(series.firstIndex(reaching: 130).map { series.points[$0].day } == Self.day("2024-01-09"))
    #expect(series.firstIndex(reaching: 1_000) == nil)
  }

  @Test func rangeColumnsCarryTheirBoundsThroughAWindow() throws {
    let days = Column(name: "date", data: .day(["2024-01-01", "2024-01-02", "2024-01-03"].map(Self.day)))
    let totals = Column(
      name: "area",
      data: .estimate([
        .range(90, 110, unit: Unit(.kilometre, exponent: 2)), .exact(120, unit: Unit(.kilometre, exponent: 2)),
        .range(140, 160, unit: Unit(.kilometre, exponent: 2)),
      ]))
    let series = try CumulativeSeries(table: try Self.table([days, totals]), column: "area")
    let window = try series.window(Self.period("2024-01-02", "2024-01-03"))
    #expect(window.value == 50)
    #expect(window.low == 30)
    #expect(window.high == 70)
    #expect(window.unit == Unit(.kilometre, exponent: 2))
    #expect(window.provenance.sources.map(\.citation) == ["test table"])
  }

  @Test func tableRowsAreSortedAndTheDateColumnPreferred() throws {
    let reported = Column(name: "reported", data: .day(["2024-02-01", "2024-02-02", "2024-02-03"].map(Self.day)))
    let date = Column(name: "date", data: .day(["2024-01-03", "2024-01-01", "2024-01-02"].map(Self.day)))
    let tank = Column(name: "tank", data: .integer([30, 10, 20]))
    let series = try CumulativeSeries(table: try Self.table([reported, date, tank]), column: "tank")
    #expect(series.dayColumn == "date")
    #expect(series.points.map(\.value) == [10, 20, 30])
    let byReport = try CumulativeSeries(
      table: try Self.table([reported, date, tank]), column: "tank", dayColumn: "reported")
    #expect(byReport.points.map(\.value) == [30, 10, 20])
  }

  @Test func malformedTablesAreRefusedWithStableIDs() throws {
    let days = Column(name: "date", data: .day(["2024-01-01", "2024-01-02"].map(Self.day)))
    let tank = Column(name: "tank", data: .integer([1, 2]))
    let text = Column(name: "direction", data: .string(StringColumn(["Kharkiv", "Donetsk"])))
    let good = try Self.table([days, tank, text])
    #expect(Self.errorID { _ = try CumulativeSeries(table: good, column: "tnak") } == "unknown_column")
    do {
      _ = try CumulativeSeries(table: good, column: "tnak")
    } catch {
      #expect(error.diagnostic.message.contains("'tnak'"))
      #expect(error.diagnostic.notes.contains("did you mean 'tank'?"))
    }
    #expect(Self.errorID { _ = try CumulativeSeries(table: good, column: "direction") } == "not_numeric")
    #expect(Self.errorID { _ = try CumulativeSeries(table: try Self.table([tank]), column: "tank") } == "no_day_column")
    let empty = try Self.table([Column(name: "date", data: .day([])), Column(name: "tank", data: .integer([]))])
    #expect(Self.errorID { _ = try CumulativeSeries(table: empty, column: "tank") } == "empty_series")
    let allMissing = try Self.table([days, Column(name: "tank", data: .number([nil, .nan], unit: .none))])
    #expect(Self.errorID { _ = try CumulativeSeries(table: allMissing, column: "tank") } == "empty_series")
    let twice = try Self.table([
      Column(name: "date", data: .day([Self.day("2024-01-01"), Self.day("2024-01-01")])), tank,
    ])
    #expect(Self.errorID { _ = try CumulativeSeries(table: twice, column: "tank") } == "repeated_day")
    let undated = try Self.table([Column(name: "date", data: .day([Self.day("2024-01-01"), nil])), tank])
    #expect(Self.errorID { _ = try CumulativeSeries(table: undated, column: "tank") } == "missing_day")
    let infinite = try Self.table([days, Column(name: "tank", data: .number([1, .infinity], unit: .none))])
    #expect(Self.errorID { _ = try CumulativeSeries(table: infinite, column: "tank") } == "not_finite")
  }

  @Test func missingCellsAreGapsNotZeros() throws {
    let days = Column(name: "date", data: .day(["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"].map(Self.day)))
    let subs = Column(name: "submarines", data: .number([nil, .nan, 1, 1], unit: .none))
    let series = try CumulativeSeries(table: try Self.table([days, subs]), column: "submarines")
    #expect(series.firstDay == Self.day("2024-01-03"))
    #expect(series.missingCells == 2)
    #expect(Self.errorID { _ = try series.window(Self.period("2024-01-02", "2024-01-04")) } == "period_outside_series")
  }

  @Test func messagesWriteNumbersPlainly() {
    #expect(ModuleError.figure(-0.1) == "-0.1")
    #expect(ModuleError.figure(0) == "0")
    #expect(ModuleError.figure(2_029.124_999) == "2029")
    #expect(ModuleError.figure(1.971_293) == "1.971")
    #expect(ModuleError.figure(0.000_123_4) == "0.0001234")
  }
}
