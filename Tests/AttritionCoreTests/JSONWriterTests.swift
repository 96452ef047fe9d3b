import AttritionCore
import AttritionSDK
import Foundation
import Testing

/// JSON lines: one object per value, exactly as the CLI spec writes them, and valid JSON.
@Suite("JSONWriter: one JSON object per value")
struct JSONWriterTests {
  private let renderer = ValueRenderer(format: .json)

  private func unit(_ name: String) throws -> AttritionSDK.Unit {
    try #require(Unit.named(name), "no unit named \(name)")
  }

  private func day(_ text: String) throws -> Day {
    try #require(Day(iso: text), "not a day: \(text)")
  }

  /// The JSON for a value, checked to be one line that Foundation parses as an object.
  private func json(_ value: Value) throws -> (text: String, object: [String: Any]) {
    let text = try #require(renderer.render(value))
    #expect(!text.contains("\n"))
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return (text, try #require(parsed as? [String: Any], "not an object: \(text)"))
  }

  private func number(_ any: Any?) -> Double? {
    (any as? NSNumber)?.doubleValue
  }

  @Test(
    "estimates: exact has low = high = value, unknown bounds are null",
    arguments: [
      (Estimate.exact(2.375), #"{"type":"estimate","value":2.375,"low":2.375,"high":2.375,"unit":"","sources":[]}"#),
      (
        .range(60_000, 100_000),
        #"{"type":"estimate","value":80000,"low":60000,"high":100000,"unit":"","sources":[]}"#
      ),
      (.atLeast(950_000), #"{"type":"estimate","value":950000,"low":950000,"high":null,"unit":"","sources":[]}"#),
      (.upTo(250_000), #"{"type":"estimate","value":250000,"low":null,"high":250000,"unit":"","sources":[]}"#),
      (
        Estimate(value: 1, low: nil, high: nil),
        #"{"type":"estimate","value":1,"low":null,"high":null,"unit":"","sources":[]}"#
      ),
      (.exact(-0.5), #"{"type":"estimate","value":-0.5,"low":-0.5,"high":-0.5,"unit":"","sources":[]}"#),
    ])
  func estimateLines(_ estimate: Estimate, _ expected: String) throws {
    let (text, object) = try json(.estimate(estimate))
    #expect(text == expected)
    #expect(number(object["value"]) == estimate.value)
  }

  @Test("the killed ratio with bounds, unit and sources parses back")
  func ratioWithSources() throws {
    let ratio = try Estimate.exact(250_000).citing(Source(citation: "CSIS, \"Woes\", 2025"))
      .dividing(by: Estimate.range(60_000, 100_000).citing(Source(citation: "Mediazona")))
    let (text, object) = try json(.estimate(ratio))
    #expect(
      text == #"{"type":"estimate","value":3.125,"low":2.5,"high":4.166666666666667,"unit":"","sources":"#
        + #"["CSIS, \"Woes\", 2025","Mediazona"]}"#)
    #expect(object["type"] as? String == "estimate")
    #expect(number(object["high"]) == 250_000.0 / 60_000)
    #expect(object["sources"] as? [String] == ["CSIS, \"Woes\", 2025", "Mediazona"])
  }

  @Test("a pace in km²/day carries its unit")
  func paceUnit() throws {
    let pace = try Estimate.exact(5_000, unit: try unit("km²")).dividing(by: .exact(521, unit: try unit("day")))
    let (text, object) = try json(.estimate(pace))
    #expect(object["unit"] as? String == "km²/day")
    #expect(text.hasPrefix(#"{"type":"estimate","value":9.59692898272"#))
  }

  @Test("huge and tiny numbers stay valid JSON numbers")
  func extremeNumbers() throws {
    for value in [1e20, 1e-7, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -1e300] {
      let (_, object) = try json(.estimate(.exact(value)))
      #expect(number(object["value"]) == value)
    }
  }

  @Test("non-finite numbers are written as null")
  func nonFiniteNumbers() throws {
    let (text, object) = try json(.estimate(Estimate(value: 1, low: -.infinity, high: .nan)))
    #expect(text.contains(#""low":null,"high":null"#))
    #expect(object["low"] is NSNull)
  }

  @Test("a day: {\"type\":\"day\",\"value\":\"YYYY-MM-DD\"}")
  func dayLine() throws {
    let (text, _) = try json(.day(try day("2025-06-04")))
    #expect(text == #"{"type":"day","value":"2025-06-04"}"#)
  }

  @Test("a period carries its start, end and day count")
  func periodLine() throws {
    let period = try #require(Period(start: try day("2024-01-01"), end: try day("2025-06-04")))
    let (text, object) = try json(.period(period))
    #expect(text == #"{"type":"period","start":"2024-01-01","end":"2025-06-04","days":521}"#)
    #expect(number(object["days"]) == 521)
  }

  @Test("bools, lists and null")
  func otherValues() throws {
    #expect(try json(.bool(true)).text == #"{"type":"bool","value":true}"#)
    let (text, object) = try json(.list([.estimate(.exact(1)), .string("a")]))
    #expect(text.hasPrefix(#"{"type":"list","values":[{"type":"estimate""#))
    #expect((object["values"] as? [Any])?.count == 2)
    #expect(JSONWriter.value(.null) == #"{"type":"null"}"#)
    // JSON keeps one line per expression statement, null included.
    #expect(renderer.render(.null) == #"{"type":"null"}"#)
  }

  @Test(
    "strings with quotes, backslashes, newlines and control characters round-trip through JSONSerialization",
    arguments: [
      "plain", "say \"hi\"", "back\\slash", "two\nlines", "cr\r\nlf", "tab\there", "\u{0}nul", "\u{1}\u{1F}\u{7F}",
      "km² – ≥ 👩‍👩‍👧", "\u{2028}\u{2029}", "",
    ])
  func stringRoundTrip(_ text: String) throws {
    let (line, object) = try json(.string(text))
    #expect(object["type"] as? String == "string")
    #expect(object["value"] as? String == text)
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test("a table: columns, units, rows as records and sources")
  func tableLine() throws {
    let table = try Table(
      columns: [
        Column(name: "date", data: .day([try day("2024-01-01"), nil])),
        Column(name: "tank", data: .integer([6_000, nil])),
        Column(name: "area", data: .number([0.5, .nan], unit: try unit("km²"))),
        Column(name: "note \"q\"", data: .string(StringColumn(["a\nb", nil]))),
        Column(name: "ok", data: .bool([true, nil])),
        Column(name: "est", data: .estimate([.atLeast(5), nil])),
      ], provenance: Provenance(sources: [Source(citation: "General Staff")]))
    let (text, object) = try json(.table(table))
    #expect(
      text == #"{"type":"table","columns":["date","tank","area","note \"q\"","ok","est"],"#
        + #""units":["","","km²","","",""],"rows":["#
        + #"{"date":"2024-01-01","tank":6000,"area":0.5,"note \"q\"":"a\nb","ok":true,"#
        + #""est":{"value":5,"low":5,"high":null}},"#
        + #"{"date":null,"tank":null,"area":null,"note \"q\"":null,"ok":null,"est":null}],"#
        + #""sources":["General Staff"]}"#)
    #expect(object["type"] as? String == "table")
    #expect(object["columns"] as? [String] == ["date", "tank", "area", "note \"q\"", "ok", "est"])
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == 2)
    let first = try #require(rows.first)
    let last = try #require(rows.last)
    #expect(first["date"] as? String == "2024-01-01")
    #expect(number(first["tank"]) == 6_000)
    #expect(first["note \"q\""] as? String == "a\nb")
    #expect(last["tank"] is NSNull)
  }

  @Test("the type comes first and the keys are the spec's, in order")
  func keyOrder() throws {
    let (text, _) = try json(.estimate(.exact(1, unit: try unit("km"))))
    let keys = ["\"type\"", "\"value\"", "\"low\"", "\"high\"", "\"unit\"", "\"sources\""]
    let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
    #expect(positions.count == keys.count)
    #expect(positions == positions.sorted())
  }
}
