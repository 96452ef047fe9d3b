import AttritionCore
import AttritionSDK
import Foundation

/// A run notebook as Markdown that reads well on any code host: the prose as written, each code
/// block followed by its results (estimates as text, tables as Markdown tables, charts as SVG
/// images beside the file, diagnostics as text), footnote markers linking every printed number to
/// its sources, and the list of sources at the end.
public struct NotebookMarkdown {
  /// The notebook.
  public let notebook: Notebook
  /// What its blocks printed.
  public let run: NotebookRun
  /// The file name charts are named after: `brief` gives `brief-chart-1.svg`.
  public let chartPrefix: String

  /// Creates a renderer.
  public init(notebook: Notebook, run: NotebookRun, chartPrefix: String) {
    self.notebook = notebook
    self.run = run
    self.chartPrefix = chartPrefix
  }

  /// The Markdown, and the SVG files its image links name.
  public func render() -> (markdown: String, charts: [(name: String, svg: String)]) {
    var citations = CitationIndex()
    var charts: [(name: String, svg: String)] = []
    var output: [String] = []
    var cells = run.cells.makeIterator()
    for block in notebook.blocks {
      switch block {
      case .prose(let text, _):
        output.append(text)
      case .code(let code):
        output += ["```atn", code.source, "```", ""]
        guard let cell = cells.next() else { continue }
        if cell.skipped { output += ["*Not run: an earlier block failed.*", ""] }
        for item in cell.items {
          switch item {
          case .value(let value, let label):
            let marks = footnotes(citations.cite(CitationIndex.provenance(of: value)))
            let isBlock = if case .table = value { true } else if case .column = value { true } else { false }
            // The label is code: it is the statement's text.
            let code = label.map { "`" + $0.replacingOccurrences(of: "`", with: "'") + "`" }
            if let code, isBlock { output += [code + ":", ""] }
            switch value {
            case .table(let table):
              // The notebook lists sources as footnotes, so the table alone, without its sources line.
              output += [ValueRenderer.pipeTable(table), ""]
              if !marks.isEmpty { output += ["Sources: " + marks, ""] }
            case .column(let column):
              output += [ValueRenderer.pipeTable(ValueRenderer.table(of: column)), ""]
              if !marks.isEmpty { output += ["Sources: " + marks, ""] }
            case .chart(let chart):
              let name = "\(chartPrefix)-chart-\(charts.count + 1).svg"
              charts.append((name, ChartSVG(chart: chart).render()))
              output += ["![\(Self.escaped(chart.title))](\(name))" + (marks.isEmpty ? "" : " " + marks), ""]
            default:
              let lead = code.map { $0 + " =" } ?? "**→**"
              output += [lead + " " + Self.inline(value) + (marks.isEmpty ? "" : " " + marks), ""]
            }
          case .text(let text), .diagnostic(let text):
            output += NotebookUpdater.fenced(text, info: "text") + [""]
          case .warning(let message):
            output += ["> **Warning:** " + Self.escaped(message), ""]
          }
        }
      }
    }
    if !citations.entries.isEmpty {
      output += ["", "## Sources", ""]
      for (index, entry) in citations.entries.enumerated() {
        output.append("[^s\(index + 1)]: " + Self.citation(entry.source))
        // Indented under the footnote, so code hosts render the notes as a list inside it.
        if !entry.notes.isEmpty {
          output +=
            [""] + entry.notes.map { "    - " + Self.escaped($0.replacingOccurrences(of: "\n", with: " ")) } + [""]
        }
      }
    }
    return (output.joined(separator: "\n") + "\n", charts)
  }

  /// Footnote markers for source numbers: `[^s1][^s2]`.
  func footnotes(_ numbers: [Int]) -> String {
    numbers.map { "[^s\($0)]" }.joined()
  }

  /// A value on one line, without the sources the footnotes give.
  static func inline(_ value: Value) -> String {
    switch value {
    case .estimate(var estimate):
      estimate.provenance = .none
      return "`" + ValueRenderer.human(estimate) + "`"
    case .string(let text): return "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
    default: return "`" + ValueRenderer(format: .table).human(value).replacingOccurrences(of: "`", with: "'") + "`"
    }
  }

  /// A source as the list at the end shows it: the citation, then the link.
  static func citation(_ source: Source) -> String {
    let text = escaped(source.citation)
    guard let url = source.url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return text }
    return "\(text) <\(url.replacingOccurrences(of: ">", with: "%3E"))>"
  }

  /// Text from data made inert in Markdown: HTML special characters and link brackets escaped.
  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "[", with: "\\[")
      .replacingOccurrences(of: "]", with: "\\]")
  }
}
