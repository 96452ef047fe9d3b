public import AttritionSDK
import Foundation

/// A chart as text for the REPL and scripts: a bar per row for bar charts, a block plot of up to
/// ``width`` columns for line charts, with the y range and the first and last x.
public struct ChartText: Sendable {
  /// The chart.
  public let chart: Chart
  /// The columns the bars or the plot may take.
  public var width = 40
  /// The rows of a line plot.
  public var height = 8

  /// A text form of a chart.
  public init(chart: Chart) {
    self.chart = chart
  }

  /// The chart as lines of text.
  public func render() -> String {
    var lines = [chart.title]
    guard let range = chart.yRange else { return (lines + ["(no values)"]).joined(separator: "\n") }
    guard chart.fitsOneScale else {
      return (lines + ["(the values span more than the largest number, so no one scale can draw them)"])
        .joined(separator: "\n")
    }
    switch chart.kind {
    case .bar: lines += bars(range)
    // The axis takes in zero, as the SVG drawing's does: a rise from 100 to 110 is not drawn as
    // a tenfold one. Values that straddle zero keep their own range.
    case .line: lines += plot((low: min(range.low, 0), high: max(range.high, 0)))
    }
    if !chart.provenance.sources.isEmpty {
      lines.append("sources: " + chart.provenance.citations.joined(separator: "; "))
    }
    return lines.joined(separator: "\n")
  }

  /// The x value of point `index` as text.
  public func xText(_ index: Int) -> String {
    switch chart.x {
    case .days(let days): days[index].description
    case .numbers(let numbers): NumberFormat.cell(numbers[index])
    case .labels(let labels): labels[index]
    }
  }

  private func bars(_ range: (low: Double, high: Double)) -> [String] {
    let labels = (0..<chart.x.count).map(xText)
    let labelWidth = labels.map(\.count).max() ?? 0
    guard range.low < 0 else {
      let scale = max(range.high, .leastNormalMagnitude)
      return labels.indices.map { index in
        let label = labels[index].padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        guard let value = chart.y[index], value.isFinite else { return "\(label)  (missing)" }
        return "\(label)  \(rightward(value / scale, width: width)) \(NumberFormat.cell(value))"
      }
    }
    // Negative values grow leftward from a zero axis, positive ones rightward, on one scale.
    let positive = max(range.high, 0)
    let scale = max(positive - range.low, .leastNormalMagnitude)
    let left = max(1, ChartText.cells(-range.low / scale * Double(width), upTo: width - 1))
    let right = width - left
    return labels.indices.map { index in
      let label = labels[index].padding(toLength: labelWidth, withPad: " ", startingAt: 0)
      guard let value = chart.y[index], value.isFinite else { return "\(label)  (missing)" }
      let cells = ChartText.cells(abs(value) / scale * Double(width), upTo: width)
      let negative = value < 0 ? String(repeating: "▒", count: min(cells, left)) : ""
      let leftPart = String(repeating: " ", count: left - negative.count) + negative
      let rightPart = value > 0 ? rightward(value / positive, width: right) : String(repeating: " ", count: right)
      return "\(label)  \(leftPart)│\(rightPart) \(NumberFormat.cell(value))"
    }
  }

  /// A bar of `fraction` of `width` cells growing rightward, in eighths of a cell, padded to `width`.
  private func rightward(_ fraction: Double, width: Int) -> String {
    let eighths = ChartText.cells(fraction * Double(width * 8), upTo: width * 8)
    let bar = String(repeating: "█", count: eighths / 8) + ChartText.partial[eighths % 8]
    return bar.padding(toLength: width, withPad: " ", startingAt: 0)
  }

  /// A count of cells from a double, rounded and kept within 0…`limit` (NaN counts as 0), so no
  /// value can trap the conversion.
  static func cells(_ value: Double, upTo limit: Int) -> Int {
    guard value.isFinite else { return value == .infinity ? limit : 0 }
    return Int(Swift.min(Swift.max(value.rounded(), 0), Double(limit)))
  }

  /// An axis end to three significant digits, without trailing zeros (`20`, `1.97`, `0`).
  static func axisLabel(_ value: Double) -> String {
    var text = NumberFormat.rounded(value, significant: 3)
    guard text.contains("."), !text.contains("e") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  private static let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
  private static let levels: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  private func plot(_ range: (low: Double, high: Double)) -> [String] {
    let count = chart.y.count
    let columns = min(width, count)
    // Each text column averages the points that fall in it.
    let buckets: [Double?] = (0..<columns).map { column in
      let start = column * count / columns
      let end = max(start + 1, (column + 1) * count / columns)
      // Averaged as fractions of the count, so values near the largest number cannot overflow the sum.
      let values = chart.y[start..<end].compactMap { $0 }.filter(\.isFinite)
      return values.isEmpty ? nil : values.reduce(0) { $0 + $1 / Double(values.count) }
    }
    let span = range.high - range.low
    var rows: [String] = []
    for row in (0..<height).reversed() {
      var line = ""
      for bucket in buckets {
        guard let value = bucket else {
          line.append(" ")
          continue
        }
        let filled = span == 0 ? Double(height) : (value - range.low) / span * Double(height - 1) + 1
        line.append(ChartText.levels[ChartText.cells((filled - Double(row)) * 8, upTo: 8)])
      }
      // Three significant digits: an axis label places the scale, the values are in the table.
      let axis =
        row == height - 1
        ? ChartText.axisLabel(range.high)
        : row == 0 ? ChartText.axisLabel(range.low) : ""
      rows.append(axis.padding(toLength: 10, withPad: " ", startingAt: 0) + "│" + line)
    }
    let first = xText(0)
    let last = xText(count - 1)
    let gap = max(1, columns - first.count - last.count)
    rows.append(String(repeating: " ", count: 10) + "└" + String(repeating: "─", count: columns))
    rows.append(String(repeating: " ", count: 11) + first + String(repeating: " ", count: gap) + last)
    rows.append("y: \(chart.yLabel)   x: \(chart.xLabel)")
    return rows
  }
}
