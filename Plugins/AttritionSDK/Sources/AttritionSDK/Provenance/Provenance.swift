/// The sources a value rests on, in the order they were first cited, without repeats.
public struct Provenance: Hashable, Sendable {
  /// The sources.
  public private(set) var sources: [Source]

  /// A value that rests on no source (a literal typed by the analyst).
  public static let none = Provenance(sources: [])

  /// Creates a provenance from sources, dropping repeats.
  public init(sources: [Source]) {
    self.sources = []
    for source in sources { insert(source) }
  }

  /// The citation texts, in order, each once: two figures taken from one report (sources that
  /// differ only in their notes) are one citation where values are printed.
  public var citations: [String] {
    var seen = Set<String>()
    return sources.compactMap { seen.insert($0.citation).inserted ? $0.citation : nil }
  }

  /// Whether no source is recorded.
  public var isEmpty: Bool { sources.isEmpty }

  /// Adds a source unless it is already recorded.
  public mutating func insert(_ source: Source) {
    if !sources.contains(source) { sources.append(source) }
  }

  /// The sources of both, this one's first.
  public func union(_ other: Provenance) -> Provenance {
    var result = self
    for source in other.sources { result.insert(source) }
    return result
  }
}
