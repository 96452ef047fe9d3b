/// A chart of one column of a table against another: what `chart(table, x:, y:)` makes, and what
/// notebooks draw as SVG and the REPL as text.
public struct Chart: Sendable {
  /// How the points are drawn.
  public enum Kind: String, Sendable, CaseIterable {
    /// Points joined in order of x.
    case line
    /// One bar per point.
    case bar
  }

  /// The x values: calendar days, numbers or category labels.
  public enum Axis: Sendable {
    /// Calendar days, drawn on a time axis.
    case days([Day])
    /// Numbers, drawn on a linear axis.
    case numbers([Double])
    /// Labels, one slot each.
    case labels([String])

    /// The number of values.
    public var count: Int {
      switch self {
      case .days(let values): values.count
      case .numbers(let values): values.count
      case .labels(let values): values.count
      }
    }
  }

  /// How the points are drawn.
  public var kind: Kind
  /// The title above the chart.
  public var title: String
  /// The x values.
  public var x: Axis
  /// The x axis label: the column's name, with its unit.
  public var xLabel: String
  /// The y values, one per x; nil where the cell is missing (a gap in a line).
  public var y: [Double?]
  /// The y axis label: the column's name, with its unit.
  public var yLabel: String
  /// The sources the plotted figures rest on.
  public var provenance: Provenance

  /// Creates a chart; `y` has one value per x.
  public init(
    kind: Kind, title: String, x: Axis, xLabel: String, y: [Double?], yLabel: String, provenance: Provenance = .none
  ) {
    self.kind = kind
    self.title = title
    self.x = x
    self.xLabel = xLabel
    self.y = y
    self.yLabel = yLabel
    self.provenance = provenance
  }

  /// The smallest and largest finite y value, or nil when every value is missing.
  public var yRange: (low: Double, high: Double)? {
    let present = y.compactMap { $0 }.filter(\.isFinite)
    guard let low = present.min(), let high = present.max() else { return nil }
    return (low, high)
  }

  /// Whether the y values fit one scale: the distance from 0 or the lowest value to the highest
  /// is a finite number (values near ±1.8e308 on both sides of 0 overflow it).
  public var fitsOneScale: Bool {
    guard let range = yRange else { return true }
    return (Swift.max(range.high, 0) - Swift.min(range.low, 0)).isFinite
  }
}
