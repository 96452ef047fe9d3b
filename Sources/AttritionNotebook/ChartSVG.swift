import AttritionCore
import AttritionSDK
import Foundation

/// A chart as a self-contained SVG: title, axes with ticks and labels that carry units, and the
/// line or bars, with every text from the data escaped.
public struct ChartSVG {
  /// The chart drawn.
  public let chart: Chart
  let width = 640.0
  let height = 340.0
  let margin = (top: 40.0, right: 20.0, bottom: 56.0, left: 72.0)

  var plotWidth: Double { width - margin.left - margin.right }
  var plotHeight: Double { height - margin.top - margin.bottom }

  /// A drawing of `chart`.
  public init(chart: Chart) {
    self.chart = chart
  }

  /// The SVG document.
  public func render() -> String {
    let title = HTML.escape(chart.title)
    var parts = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
        + "aria-label=\"\(title)\" class=\"chart\" font-family=\"system-ui, sans-serif\" font-size=\"12\">",
      "<title>\(title)</title>",
      "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>",
      "<text x=\"\(f(width / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"600\">\(title)</text>",
    ]
    guard let range = chart.yRange, chart.x.count > 0 else {
      parts.append("<text x=\"\(f(width / 2))\" y=\"\(f(height / 2))\" text-anchor=\"middle\">no values</text>")
      return (parts + ["</svg>"]).joined(separator: "\n")
    }
    guard chart.fitsOneScale else {
      parts.append(
        "<text x=\"\(f(width / 2))\" y=\"\(f(height / 2))\" text-anchor=\"middle\">the values span more than the "
          + "largest number, so no one scale can draw them</text>")
      return (parts + ["</svg>"]).joined(separator: "\n")
    }
    let ticks = ChartSVG.niceTicks(
      low: min(0, range.low), high: max(range.high, range.low == range.high ? range.low + 1 : range.high))
    let yLow = ticks.first ?? 0
    let yHigh = ticks.last ?? 1
    func y(_ value: Double) -> Double { margin.top + plotHeight * (1 - (value - yLow) / (yHigh - yLow)) }
    // Grid lines and y ticks.
    for tick in ticks {
      parts.append(
        "<line x1=\"\(f(margin.left))\" x2=\"\(f(width - margin.right))\" y1=\"\(f(y(tick)))\" y2=\"\(f(y(tick)))\" "
          + "stroke=\"#e3e3e3\"/>")
      parts.append(
        "<text x=\"\(f(margin.left - 6))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">"
          + "\(HTML.escape(NumberFormat.cell(tick)))</text>")
    }
    let positions = xPositions()
    parts += chart.kind == .bar ? bars(positions, y: y, base: y(max(yLow, min(0, yHigh)))) : line(positions, y: y)
    parts += xTicks(positions)
    // Axes and their labels.
    parts.append(
      "<line x1=\"\(f(margin.left))\" x2=\"\(f(margin.left))\" y1=\"\(f(margin.top))\" "
        + "y2=\"\(f(height - margin.bottom))\" stroke=\"#333\"/>")
    parts.append(
      "<line x1=\"\(f(margin.left))\" x2=\"\(f(width - margin.right))\" y1=\"\(f(height - margin.bottom))\" "
        + "y2=\"\(f(height - margin.bottom))\" stroke=\"#333\"/>")
    parts.append(
      "<text x=\"\(f(margin.left + plotWidth / 2))\" y=\"\(f(height - 8))\" text-anchor=\"middle\" "
        + "font-weight=\"600\">\(HTML.escape(chart.xLabel))</text>")
    parts.append(
      "<text transform=\"translate(16 \(f(margin.top + plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\" "
        + "font-weight=\"600\">\(HTML.escape(chart.yLabel))</text>")
    parts.append("</svg>")
    return parts.joined(separator: "\n")
  }

  /// The horizontal position of each point: by time or value on a linear scale, or one slot per label.
  func xPositions() -> [Double] {
    let values: [Double]
    switch chart.x {
    case .days(let days): values = days.map { Double($0.ordinal) }
    case .numbers(let numbers): values = numbers
    case .labels(let labels):
      let slot = plotWidth / Double(max(labels.count, 1))
      return labels.indices.map { margin.left + slot * (Double($0) + 0.5) }
    }
    guard chart.kind == .line, let low = values.min(), let high = values.max(), high > low else {
      let slot = plotWidth / Double(max(values.count, 1))
      return values.indices.map { margin.left + slot * (Double($0) + 0.5) }
    }
    return values.map { margin.left + plotWidth * ($0 - low) / (high - low) }
  }

  private func line(_ xs: [Double], y: (Double) -> Double) -> [String] {
    var paths: [String] = []
    var current: [String] = []
    for (index, value) in chart.y.enumerated() {
      guard let value, value.isFinite else {
        if current.count > 1 { paths.append(current.joined(separator: " ")) }
        current = []
        continue
      }
      current.append("\(f(xs[index])),\(f(y(value)))")
    }
    if current.count > 1 { paths.append(current.joined(separator: " ")) }
    if current.count == 1, paths.isEmpty, let point = current.first {
      let xy = point.split(separator: ",")
      return ["<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\" fill=\"#1f5fa8\"/>"]
    }
    return paths.map {
      "<polyline points=\"\($0)\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" stroke-linejoin=\"round\"/>"
    }
  }

  private func bars(_ xs: [Double], y: (Double) -> Double, base: Double) -> [String] {
    let slot = plotWidth / Double(max(xs.count, 1))
    let barWidth = max(1, slot * 0.7)
    return chart.y.enumerated().compactMap { index, value in
      guard let value, value.isFinite else { return nil }
      let top = min(y(value), base)
      let height = abs(y(value) - base)
      return "<rect x=\"\(f(xs[index] - barWidth / 2))\" y=\"\(f(top))\" width=\"\(f(barWidth))\" "
        + "height=\"\(f(height))\" fill=\"#1f5fa8\"/>"
    }
  }

  /// Up to eight labels along the x axis, evenly picked.
  private func xTicks(_ xs: [Double]) -> [String] {
    let count = xs.count
    let text = ChartText(chart: chart)
    let labels = (0..<count).map(text.xText)
    // As many labels as fit side by side with a gap (about 7.5 px a character at 12 px), up to 8.
    let widest = Double(labels.map(\.count).max() ?? 1) * 7.5 + 24
    let shown = min(count, 8, max(2, Int(plotWidth / widest)))
    let picks = shown <= 1 ? [0] : (0..<shown).map { $0 * (count - 1) / (shown - 1) }
    return Array(Set(picks)).sorted().map { index in
      // A line's first and last points lie on the plot's edges: their labels align to the edges
      // so neither runs past the picture. Bars sit inside their slots, labels centred under them.
      let edge = chart.kind == .line && count > 1
      let anchor = edge && index == 0 ? "start" : edge && index == count - 1 ? "end" : "middle"
      return "<text x=\"\(f(xs[index]))\" y=\"\(f(height - margin.bottom + 16))\" text-anchor=\"\(anchor)\">"
        + "\(HTML.escape(labels[index]))</text>"
    }
  }

  /// Round tick values covering low…high: steps of 1, 2 or 5 times a power of ten.
  static func niceTicks(low: Double, high: Double, count: Int = 5) -> [Double] {
    guard high > low, (high - low).isFinite else { return [low, low + 1] }
    let raw = (high - low) / Double(count)
    let power = pow(10, floor(log10(raw)))
    let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
    let start = floor(low / step) * step
    // Ticks until one reaches the highest value, so every bar and point stays inside the axis;
    // each is computed from the start, not summed, so float error does not add up.
    var ticks = [start]
    while let last = ticks.last, last < high - step * 1e-9, ticks.count < 50 {
      ticks.append(start + Double(ticks.count) * step)
    }
    // Near the largest number a rounded tick can overflow: the plain range is the axis then.
    return ticks.allSatisfy(\.isFinite) ? ticks : [low, high]
  }

  private func f(_ value: Double) -> String {
    String(format: "%.1f", value)
  }
}
