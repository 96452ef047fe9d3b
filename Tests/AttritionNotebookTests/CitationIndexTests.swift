import AttritionNotebook
import AttritionSDK
import Testing

/// Numbering the sources of printed values: each source once, however many figures are taken from it.
@Suite("Citation index")
struct CitationIndexTests {
  static let report = Source(
    citation: "CSIS, Russia's Grinding War in Ukraine, 2026-01-27", url: "https://example.org/report",
    note: "Somme: report not read")
  static let other = Source(citation: "UK MoD, casualty estimate, 2025-05-03")

  @Test("figures of one report with different notes share a number; the entry lists each note once")
  func notesMerge() {
    var index = CitationIndex()
    var belleau = Self.report
    belleau.note = "Belleau Wood: 410 m/day"
    #expect(index.cite(Provenance(sources: [Self.report])) == [1])
    #expect(index.cite(Provenance(sources: [Self.other, belleau])) == [2, 1])
    #expect(index.cite(Provenance(sources: [belleau, Self.report])) == [1])
    #expect(index.entries.count == 2)
    #expect(index.entries[0].source.note == nil)
    #expect(index.entries[0].notes == ["Somme: report not read", "Belleau Wood: 410 m/day"])
    #expect(index.entries[1].notes.isEmpty)
  }

  @Test("sources that read differently (another address or date) keep their own numbers")
  func distinctSources() {
    var index = CitationIndex()
    var moved = Self.report
    moved.url = "https://example.org/report-v2"
    var republished = Self.report
    republished.published = Day(year: 2026, month: 2, day: 1)
    #expect(index.cite(Provenance(sources: [Self.report, moved, republished])) == [1, 2, 3])
  }
}
