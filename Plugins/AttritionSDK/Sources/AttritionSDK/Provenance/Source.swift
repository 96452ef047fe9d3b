/// Where a figure comes from: a publication, dataset or statement.
public struct Source: Hashable, Sendable, CustomStringConvertible {
  /// The citation as the analyst wrote it, e.g. `CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03`.
  public var citation: String
  /// The publisher, when known separately.
  public var publisher: String?
  /// The day the source was published, when known.
  public var published: Day?
  /// Where the source can be read.
  public var url: String?
  /// A note on how the figure was taken from the source.
  public var note: String?

  /// Creates a source.
  public init(
    citation: String, publisher: String? = nil, published: Day? = nil, url: String? = nil, note: String? = nil
  ) {
    self.citation = citation
    self.publisher = publisher
    self.published = published
    self.url = url
    self.note = note
  }

  /// The citation text.
  public var description: String { citation }
}
