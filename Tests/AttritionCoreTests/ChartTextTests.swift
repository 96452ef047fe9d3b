import AttritionCore
import AttritionSDK
import Testing

/// Charts as text in the REPL and scripts.
@Suite("Text charts")
struct ChartTextTests {
  static func bars(_ values: [Double?]) -> String {
    let labels = values.indices.map { String(UnicodeScalar(UInt8(97 + $0))) }
    var text = ChartText(
      chart: Chart(kind: .bar, title: "n by m", x: .labels(labels), xLabel: "m", y: values, yLabel: "n"))
    text.width = 20
    return text.render()
  }

  @Test("positive bars grow rightward in eighths of a cell, the largest filling the width")
  func positiveBars() {
    #expect(
      Self.bars([5, 7, nil]) == """
        n by m
        a  ██████████████▎      5
        b  ████████████████████ 7
        c  (missing)
        """)
  }

  @Test("negative bars grow leftward from a zero axis, positive ones rightward, on one scale")
  func negativeBars() {
    #expect(
      Self.bars([3, -2, 0.5]) == """
        n by m
        a          │████████████ 3
        b  ▒▒▒▒▒▒▒▒│             -2
        c          │██           0.5
        """)
  }

  @Test(
    "a line plot starts at zero like the SVG drawing, labels its ends to 3 significant digits and its first and last x")
  func linePlot() {
    // Heights by hand: a value v fills v / 20 × (3 − 1) + 1 of the 3 rows; 0 fills the bottom one.
    let chart = Chart(
      kind: .line, title: "rate", x: .numbers([1, 2, 3]), xLabel: "week", y: [0, 10, 20],
      yLabel: "per_day (tanks/day)")
    var text = ChartText(chart: chart)
    text.height = 3
    #expect(
      text.render() == """
        rate
        20        │  █
                  │ ██
        0         │███
                  └───
                   1 3
        y: per_day (tanks/day)   x: week
        """)
    // 100 to 110 is drawn from zero: the bottom label is 0, not 100, and every column is nearly full.
    let high = Chart(kind: .line, title: "t", x: .numbers([1, 2]), xLabel: "x", y: [100, 110], yLabel: "y")
    let lines = ChartText(chart: high).render().split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("0         │") }, "\(lines)")
    #expect(lines.contains { $0.hasPrefix("110       │") }, "\(lines)")
  }

}
