import AttritionSDK

/// Numbers the sources that printed values rest on, in order of first appearance, so each value
/// can point to its sources and the notebook can end with one list of them.
public struct CitationIndex: Sendable {
  /// The sources, in the order of their numbers (the first is number 1).
  public private(set) var sources: [Source] = []
  private var numbers: [Source: Int] = [:]

  /// An empty index.
  public init() {}

  /// The numbers of a provenance's sources, adding the new ones.
  public mutating func cite(_ provenance: Provenance) -> [Int] {
    provenance.sources.map { source in
      if let number = numbers[source] { return number }
      sources.append(source)
      numbers[source] = sources.count
      return sources.count
    }
  }

  /// The sources a value rests on: an estimate's, a table's and its columns' (and its estimate
  /// cells'), a chart's, a list's elements'.
  public static func provenance(of value: Value) -> Provenance {
    switch value {
    case .estimate(let estimate): return estimate.provenance
    case .table(let table):
      var provenance = table.provenance
      for column in table.columns {
        provenance = provenance.union(column.provenance)
        if case .estimate(let cells) = column.data {
          for cell in cells.prefix(10_000) { if let cell { provenance = provenance.union(cell.provenance) } }
        }
      }
      return provenance
    case .column(let column): return column.provenance
    case .chart(let chart): return chart.provenance
    case .list(let elements): return elements.reduce(Provenance.none) { $0.union(provenance(of: $1)) }
    default: return .none
    }
  }
}
