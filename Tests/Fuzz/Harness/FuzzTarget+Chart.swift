import AttritionCore
import AttritionNotebook
import AttritionSDK

extension FuzzTarget {
  /// Builds a chart from the input (kind, axis, up to 256 points of any values) and draws it as
  /// the REPL does (text) and as notebooks do (SVG): neither may trap, whatever the values.
  static func drawChart(_ input: [UInt8]) {
    var bytes = FuzzBytes(input)
    let kind: Chart.Kind = bytes.byte() & 1 == 0 ? .line : .bar
    let axisKind = bytes.byte() % 3
    let count = Int(bytes.byte())
    var y: [Double?] = []
    var days: [Day] = []
    var numbers: [Double] = []
    var labels: [String] = []
    for _ in 0..<count {
      let value = bytes.double()
      y.append(bytes.byte() & 7 == 0 ? nil : value)
      switch axisKind {
      case 0: days.append(Day(ordinal: Int(bytes.int32() % 4_000_000)))
      case 1: numbers.append(bytes.double())
      default: labels.append(bytes.text())
      }
      if bytes.isAtEnd { break }
    }
    let axis: Chart.Axis =
      switch axisKind {
      case 0: .days(days)
      case 1: .numbers(numbers)
      default: .labels(labels)
      }
    let chart = Chart(kind: kind, title: bytes.text(), x: axis, xLabel: "x", y: y, yLabel: bytes.text())
    var text = ChartText(chart: chart)
    text.width = 1 + Int(bytes.byte() % 120)
    text.height = 1 + Int(bytes.byte() % 40)
    _ = text.render()
    _ = ChartSVG(chart: chart).render()
  }
}
