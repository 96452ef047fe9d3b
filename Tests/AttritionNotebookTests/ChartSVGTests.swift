import AttritionSDK
import Foundation
import Testing

@testable import AttritionNotebook

/// The SVG chart's axis: every value inside it, whatever the data.
@Suite("SVG charts")
struct ChartSVGTests {
  @Test(
    "the ticks start at or below the lowest value and end at or above the highest",
    arguments: [[0, 7], [0, 6], [0, 10], [-2, 3], [0, 0.7], [150, 3_201], [-9.5, -0.2], [0, 1e9 + 1]] as [[Double]])
  func ticksCoverTheRange(range: [Double]) throws {
    let (low, high) = (range[0], range[1])
    let ticks = ChartSVG.niceTicks(low: low, high: high)
    let first = try #require(ticks.first)
    let last = try #require(ticks.last)
    #expect(first <= low && last >= high, "\(ticks) does not cover \(low)…\(high)")
    #expect(ticks.count <= 12, "\(ticks)")
    #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test("every bar, the tallest included, is drawn inside the plot")
  func barsInside() throws {
    let chart = Chart(
      kind: .bar, title: "n by m", x: .labels(["a", "b", "c"]), xLabel: "m", y: [5, 7, -2], yLabel: "n")
    let svg = ChartSVG(chart: chart).render()
    let svgChart = ChartSVG(chart: chart)
    let top = svgChart.margin.top
    let bottom = svgChart.height - svgChart.margin.bottom
    let rects = svg.components(separatedBy: "<rect ").dropFirst().filter { $0.contains("fill=\"#1f5fa8\"") }
    #expect(rects.count == 3)
    for rect in rects {
      let y = try #require(Self.attribute("y", in: rect))
      let height = try #require(Self.attribute("height", in: rect))
      #expect(y >= top - 0.05 && y + height <= bottom + 0.05, "a bar outside the plot: \(rect)")
    }
  }

  @Test("x labels of a long line chart fit side by side, the first and last inside the picture")
  func xLabelsFit() throws {
    let days = (0..<55).map { Day(ordinal: 19_000 + 30 * $0) }
    let chart = Chart(
      kind: .line, title: "per day", x: .days(days), xLabel: "month", y: days.map { _ in 1.0 }, yLabel: "n")
    let svg = ChartSVG(chart: chart).render()
    let labels = svg.components(separatedBy: "<text ").dropFirst().filter {
      $0.contains(">20") && !$0.contains("rotate")
    }
    #expect(labels.count >= 2 && labels.count <= 6, "\(labels.count) labels of 10 characters in 548 px")
    #expect(labels.first?.contains("text-anchor=\"start\"") == true)
    #expect(labels.last?.contains("text-anchor=\"end\"") == true)
  }

  static func attribute(_ name: String, in element: String) -> Double? {
    guard let range = element.range(of: " \(name)=\"") ?? element.range(of: "\(name)=\"") else { return nil }
    return Double(element[range.upperBound...].prefix { $0 != "\"" })
  }
}
