import AttritionBuiltins
import AttritionSDK
import CasualtyRatios
import Foundation
import Testing

/// The published-estimates dataset and the functions that read it.
@Suite struct CasualtyEstimatesTests {
  static let june2025 = "CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03"
  static let june2025URL = "https://www.csis.org/analysis/russias-battlefield-woes-ukraine"

  /// The reference file, as the module registers it.
  static var datasetPath: String? {
    CasualtyModule().descriptor.datasets.first { $0.name == CasualtyModule.datasetName }?.path
  }

  @Test func theDatasetIsRegisteredAndItsFileExists() throws {
    let path = try #require(Self.datasetPath)
    #expect(FileManager.default.fileExists(atPath: path))
    let header = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first
    #expect(header == "source,publisher,published,as_of,url,side,measure,low,central,high,qualifier,confidence,note")
  }

  @Test func theCSISJune2025RowCarriesItsSource() throws {
    let (rows, sources) = try CasualtyProbe.table(#"casualty.estimates(side: "russia", measure: "casualties")"#)
    let row = try #require(
      rows.first { $0["estimator"] as? String == "CSIS" && $0["as_of"] as? String == "2025-06-04" })
    let estimate = try #require(row["estimate"] as? [String: Any])
    #expect(estimate["value"] as? Double == 950_000)
    // "About 950,000": the bounds are unknown, not 950,000.
    #expect(estimate["low"] is NSNull && estimate["high"] is NSNull)
    #expect(row["qualifier"] as? String == "about")
    #expect(row["published"] as? String == "2025-06-03")
    #expect(row["source"] as? String == Self.june2025)
    #expect(row["url"] as? String == Self.june2025URL)
    #expect(row["confidence"] as? String == "H")
    #expect(sources.contains(Self.june2025))
    #expect(rows.allSatisfy { $0["side"] as? String == "russia" && $0["measure"] as? String == "casualties" })
  }

  @Test func figuresCarryTheirSourceIntoArithmetic() throws {
    let russia = try CasualtyProbe.figure(#"casualty.figure("CSIS", "russia", "casualties", as_of: 2025-06-04)"#)
    #expect(russia.value == 950_000 && russia.low == nil && russia.high == nil)
    #expect(russia.unit == "casualties" && russia.sources == [Self.june2025])

    let killed = try CasualtyProbe.figure(#"casualty.figure("CSIS", "russia", "killed", 2025-06-04)"#)
    #expect(killed.value == 250_000 && killed.low == nil && killed.high == 250_000 && killed.unit == "killed")

    let ukraineKilled = try CasualtyProbe.figure(#"casualty.figure("CSIS", "ukraine", "killed", 2025-06-04)"#)
    #expect(ukraineKilled.value == 80_000 && ukraineKilled.low == 60_000 && ukraineKilled.high == 100_000)

    let ratio = try CasualtyProbe.figure(
      #"casualty.ratio(casualty.figure("CSIS", "russia", "casualties", 2025-06-04), "#
        + #"casualty.figure("CSIS", "ukraine", "casualties", 2025-06-04))"#)
    #expect(ratio.value == 2.375 && ratio.low == nil && ratio.high == nil && ratio.sources == [Self.june2025])

    let share = try CasualtyProbe.figure(
      #"casualty.killed_share(casualty.figure("CSIS", "russia", "killed", 2025-06-04), 950k)"#)
    #expect(share.low == nil && CasualtyProbe.close(share.high, 250.0 / 950) && share.sources == [Self.june2025])
  }

  @Test func latestAsOfADay() throws {
    // A figure dated only to March 2025 is known from 2025-03-31, not before.
    let midMarch = try CasualtyProbe.figure(#"casualty.figure("UK MoD", "russia", "casualties", 2025-03-15)"#)
    #expect(midMarch.value == 350_000)
    let endOfMarch = try CasualtyProbe.figure(#"casualty.figure("uk mod", "russia", "casualties", 2025-03-31)"#)
    #expect(endOfMarch.value == 900_000)
    let newest = try CasualtyProbe.figure(#"casualty.figure("CSIS", "russia", "casualties")"#)
    #expect(newest.value == 1_200_000)
    let (rows, _) = try CasualtyProbe.table(#"casualty.estimates("CSIS", as_of: 2025-06-04)"#)
    #expect(rows.count == 4)
    #expect(rows.allSatisfy { $0["as_of"] as? String == "2025-06-04" })
  }

  @Test func everyRowOfTheFileIsReadWithASource() throws {
    let path = try #require(Self.datasetPath)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let (rows, sources) = try CasualtyProbe.table("casualty.estimates()")
    #expect(rows.count == lines.count - 1)
    for row in rows {
      let estimator = try #require(row["estimator"] as? String)
      #expect((row["source"] as? String)?.hasPrefix(estimator + ", ") == true)
      #expect(["H", "M", "L", "L-M", "M-H"].contains(row["confidence"] as? String ?? "H"))
      if let url = row["url"] as? String { #expect(url.hasPrefix("https://")) }
    }
    #expect(!sources.isEmpty)
  }

  @Test func aboutFiguresHaveNoBoundsInTheFile() throws {
    let path = try #require(Self.datasetPath)
    let (rows, _) = try CasualtyProbe.table(#"load("\#(path)") | where qualifier == "about""#)
    #expect(!rows.isEmpty)
    for row in rows {
      #expect(row["low"] is NSNull && row["high"] is NSNull, "\(row)")
    }
  }

  @Test func compareSetsEstimatorsSideBySide() throws {
    let (rows, _) = try CasualtyProbe.table(#"casualty.compare("casualties", "russia", 2025-06-04)"#)
    #expect(rows.map { $0["estimator"] as? String } == ["US DoD", "UK MoD", "CSIS"])
    // 2022-02-24..2024-10-09 is 959 days.
    let perDay = try #require(rows.first?["per_day"] as? [String: Any])
    #expect(CasualtyProbe.close(perDay["low"] as? Double, 600_000.0 / 959))
  }

  @Test func spreadIsTheRangeBetweenEstimators() throws {
    let spread = try CasualtyProbe.figure(#"casualty.spread("casualties", "russia", 2025-06-04, 365 days)"#)
    #expect(spread.value == 950_000 && spread.low == 600_000 && spread.high == 950_000)
    #expect(spread.sources.count == 3 && spread.sources.contains(Self.june2025))
  }

  @Test func ratesAndExchangeRatios() throws {
    let rate = try CasualtyProbe.figure(
      #"casualty.implied_rate("UK MoD", "russia", "casualties", 2025-05-03, 2025-08-05)"#)
    #expect(CasualtyProbe.close(rate.value, 100_000.0 / 94) && rate.unit == "casualties/day")
    #expect(rate.sources.count == 2)

    // From a month-dated figure the days are a range: Feb 2023 to 2025-06-04 is 827 to 854 days.
    let monthly = try CasualtyProbe.figure(
      #"casualty.implied_rate("CSIS", "russia", "killed", 2023-02-28, 2025-06-04)"#)
    #expect(CasualtyProbe.close(monthly.high, 190_000.0 / 827) && monthly.low == nil)

    let exchange = try CasualtyProbe.figure(#"casualty.exchange_ratio("CSIS", "killed", 2025-06-04)"#)
    #expect(exchange.value == 3.125 && exchange.low == nil && CasualtyProbe.close(exchange.high, 250.0 / 60))
    #expect(exchange.sources == [Self.june2025])
  }
}
