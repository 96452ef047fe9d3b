import AttritionSDK

/// Numbers the sources that printed values rest on, in order of first appearance, so each value
/// can point to its sources and the notebook can end with one list of them.
public struct CitationIndex: Sendable {
  /// One numbered source: what the list shows, and the notes of every figure taken from it.
  public struct Entry: Sendable, Equatable {
    /// The source without its note.
    public var source: Source
    /// How each cited figure was taken from the source, in order of first appearance, each once.
    public var notes: [String]
  }

  /// The numbered sources, in the order of their numbers (the first is number 1).
  public private(set) var entries: [Entry] = []
  // Sources that differ only in their note (one per figure of a report) read the same in the list,
  // so they share a number and the entry lists their notes.
  private var numbers: [Source: Int] = [:]

  /// An empty index.
  public init() {}

  /// The numbers of a provenance's sources, each once, adding the new ones.
  public mutating func cite(_ provenance: Provenance) -> [Int] {
    var cited: [Int] = []
    for source in provenance.sources {
      var key = source
      key.note = nil
      let number: Int
      if let known = numbers[key] {
        number = known
      } else {
        entries.append(Entry(source: key, notes: []))
        number = entries.count
        numbers[key] = number
      }
      if let note = source.note, !note.isEmpty, !entries[number - 1].notes.contains(note) {
        entries[number - 1].notes.append(note)
      }
      if !cited.contains(number) { cited.append(number) }
    }
    return cited
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
