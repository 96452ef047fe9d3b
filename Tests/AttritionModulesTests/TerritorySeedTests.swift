import AttritionCore
import Testing

/// The seed's territorial figures (CSIS, 2025-06-03): ~5,000 km² since January 2024, under 1% of
/// Ukraine, 50 m/day near Kharkiv — slower than the Somme.
@Suite("territory: the seed's figures")
struct TerritorySeedTests {
  @Test("pace(5000 km², 2024-01-01..2025-06-04) is 5000/521 = 9.597 ≈ 9.6 km²/day")
  func pace() throws {
    let figure = try TerritoryProbe.figure("territory.pace(5000 km², 2024-01-01..2025-06-04)")
    #expect(TerritoryProbe.close(figure.value, 5_000.0 / 521))
    #expect((figure.value * 10).rounded() / 10 == 9.6)
    #expect(figure.low == figure.value && figure.high == figure.value)
    #expect(figure.unit == "km²/day")
    let printed = try ExampleRunner.run("territory.pace(5000 km², 2024-01-01..2025-06-04)").output
    #expect(printed == ["9.597 km²/day"])
  }

  @Test("a range of areas and a cited area carry bounds and sources into the pace")
  func paceBoundsAndSources() throws {
    let figure = try TerritoryProbe.figure(
      #"territory.pace(cite(4k..5k km², "CSIS 2025-06-03"), 2024-01-01..2025-06-04) to km²/month"#)
    #expect(TerritoryProbe.close(figure.low, 4_000.0 / 521 * 365.2425 / 12))
    #expect(TerritoryProbe.close(figure.high, 5_000.0 / 521 * 365.2425 / 12))
    #expect(figure.unit == "km²/month")
    #expect(figure.sources == ["CSIS 2025-06-03"])
  }

  @Test("share(5000 km²) is 0.83% of Ukraine's 603,628 km², less than one percent, citing the total's source")
  func share() throws {
    let figure = try TerritoryProbe.figure("territory.share(5000 km²)")
    #expect(TerritoryProbe.close(figure.value, 5_000.0 / 603_628 * 100))
    #expect((figure.value * 100).rounded() / 100 == 0.83)
    #expect(figure.value < 1)
    #expect(figure.unit == "%")
    #expect(figure.sources == ["Wikipedia-derived figure, area of Ukraine including Crimea"])
  }

  @Test("share of another total: a region of 'areas' or an area")
  func shareOfOtherTotals() throws {
    let alternative = try TerritoryProbe.figure(#"territory.share(5000 km², of: "Ukraine (alternative total)")"#)
    #expect(TerritoryProbe.close(alternative.value, 5_000.0 / 603_550 * 100))
    let oblast = try TerritoryProbe.figure(#"territory.share(3604 km², of: "donetsk OBLAST")"#)
    #expect(TerritoryProbe.close(oblast.value, 3_604.0 / 26_517 * 100))
    let literal = try TerritoryProbe.figure("territory.share(50 ha, of: 1 km²)")
    #expect(TerritoryProbe.close(literal.value, 50))
  }

  @Test("advance: 10 km in 23 months is about 14 m/day (CSIS: 15 m/day at Chasiv Yar)")
  func advance() throws {
    let figure = try TerritoryProbe.figure("territory.advance(10 km, 23 months)")
    #expect(TerritoryProbe.close(figure.value, 10_000 / (23 * 365.2425 / 12)))
    #expect(figure.unit == "m/day")
  }

  @Test("time_to_take inverts pace: from the period's first day it ends on its last")
  func timeToTakeInvertsPace() throws {
    let rows = try TerritoryProbe.table(
      "territory.time_to_take(5000 km², territory.pace(5000 km², 2024-01-01..2025-06-04), from: 2024-01-01)"
    ).rows
    #expect(rows.count == 1)
    #expect(rows.first?["date"] as? String == "2025-06-04")
    #expect(TerritoryProbe.close(rows.first?["duration"] as? Double, 521))
  }

  @Test("time_to_take with a range of paces gives a range of days and dates")
  func timeToTakeRange() throws {
    let figure = try TerritoryProbe.figure("territory.time_to_take(1000 km², 5..20 km²/day)")
    #expect(figure.low == 50 && figure.high == 200)
    #expect(figure.unit == "day")
    let row = try #require(
      try TerritoryProbe.table("territory.time_to_take(1000 km², 5..20 km²/day, from: 2025-01-01)").rows.first)
    #expect(row["earliest"] as? String == "2025-02-19")
    #expect(row["latest"] as? String == "2025-07-19")
  }

  @Test("compare(50 m/day) ranks it below the Somme (~80 m/day, CSIS January 2026)")
  func compareRanksBelowTheSomme() throws {
    let (rows, sources) = try TerritoryProbe.table("territory.compare(50 m/day)")
    let names = rows.map { $0["offensive"] as? String ?? "" }
    let this = try #require(names.firstIndex(of: "(this rate)"))
    let somme = try #require(names.firstIndex(of: "Battle of the Somme"))
    #expect(this > somme, "50 m/day should come after (below) the Somme in \(names)")
    #expect(rows[somme]["rate"] as? Double == 80)
    #expect(rows[somme]["ratio"] as? Double == 0.625)
    #expect(rows[somme]["source"] as? String == "CSIS, Russia's Grinding War in Ukraine, 2026-01-27")
    let rates = rows.compactMap { $0["rate"] as? Double }
    #expect(rates == rates.sorted(by: >))
    #expect(rows.count == 13)
    #expect(sources.contains("CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03"))
    // The Kharkiv offensive CSIS measured is this very rate.
    let kharkiv = try #require(rows.first { $0["offensive"] as? String == "Russian offensive in Kharkiv region" })
    #expect(kharkiv["ratio"] as? Double == 1)
  }

  @Test("compare keeps the bounds of a range in the ratios")
  func compareRange() throws {
    let rows = try TerritoryProbe.table("territory.compare(40..60 m/day)").rows
    let somme = try #require(rows.first { $0["offensive"] as? String == "Battle of the Somme" })
    let ratio = try #require(somme["ratio"] as? [String: Any])
    #expect(TerritoryProbe.close(ratio["low"] as? Double, 0.5))
    #expect(TerritoryProbe.close(ratio["high"] as? Double, 0.75))
  }
}

/// The module's reference datasets: every row has a named source.
@Suite("territory: reference datasets")
struct TerritoryReferenceDatasetTests {
  @Test(
    "every row of every reference dataset has a source and a publisher",
    arguments: ["offensive_rates", "areas", "territory_gains"])
  func everyRowIsSourced(_ name: String) throws {
    let rows = try TerritoryProbe.table(name).rows
    #expect(!rows.isEmpty)
    for row in rows {
      #expect((row["source"] as? String)?.isEmpty == false, "\(name): \(row)")
      #expect((row["publisher"] as? String)?.isEmpty == false, "\(name): \(row)")
      #expect(["H", "M", "L"].contains(row["confidence"] as? String ?? ""), "\(name): \(row)")
    }
  }

  @Test("the seed's territory figure and Ukraine's area are there as published")
  func seedFigures() throws {
    let gains = try TerritoryProbe.table("territory_gains | where claim == \"territory seized since January 2024\"")
    let seed = try #require(gains.rows.first)
    #expect(seed["area_km2_central"] as? Double == 5_000)
    #expect(seed["publisher"] as? String == "CSIS")
    #expect(seed["published"] as? String == "2025-06-03")
    let ukraine = try #require(try TerritoryProbe.table("areas | where region == \"Ukraine\"").rows.first)
    #expect(ukraine["area_km2"] as? Double == 603_628)
    let kharkiv = try #require(
      try TerritoryProbe.table("offensive_rates | where offensive == \"Russian offensive in Kharkiv region\"").rows
        .first)
    #expect(kharkiv["rate_m_per_day_central"] as? Double == 50)
    #expect(kharkiv["url"] as? String == "https://www.csis.org/analysis/russias-battlefield-woes-ukraine")
  }
}
