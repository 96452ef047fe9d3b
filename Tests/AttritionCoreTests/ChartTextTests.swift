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

  @Test("a line plot labels its y range to 3 significant digits and its first and last x")
  func linePlot() {
    let chart = Chart(
      kind: .line, title: "rate", x: .numbers([1, 2, 3, 4]), xLabel: "week", y: [1.96774, 10, 23.3333, 5],
      yLabel: "per_day (tanks/day)")
    var text = ChartText(chart: chart)
    text.height = 3
    #expect(
      text.render() == """
        rate
        23.3      │  █ 
                  │ ▆█▂
        1.97      │████
                  └────
                   1  4
        y: per_day (tanks/day)   x: week
        """)
  }
}
