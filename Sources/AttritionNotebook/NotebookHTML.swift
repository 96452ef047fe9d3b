import AttritionCore
import AttritionSDK
import Ink

/// A run notebook as one self-contained HTML page: prose from Markdown, code, results (tables as
/// HTML tables, charts as inline SVG), superscript links from every printed number to its sources,
/// and the list of sources. No script, font or image is fetched; every string that came from data
/// is escaped. The page reads on a phone (tables scroll sideways, charts scale) and in print.
public struct NotebookHTML {
  /// The notebook.
  public let notebook: Notebook
  /// What its blocks printed.
  public let run: NotebookRun

  /// Creates a renderer.
  public init(notebook: Notebook, run: NotebookRun) {
    self.notebook = notebook
    self.run = run
  }

  /// The page.
  public func render() -> String {
    var citations = CitationIndex()
    var body: [String] = []
    var cells = run.cells.makeIterator()
    let markdown = MarkdownParser()
    for block in notebook.blocks {
      switch block {
      case .prose(let text, _):
        body.append(markdown.html(from: Self.continuingCodeSpans(text)))
      case .code(let code):
        body.append("<pre class=\"code\"><code>\(HTML.escape(code.source))</code></pre>")
        guard let cell = cells.next() else { continue }
        if cell.skipped { body.append("<p class=\"skipped\">Not run: an earlier block failed.</p>") }
        for item in cell.items { body.append(html(item, citations: &citations)) }
      }
    }
    if !citations.entries.isEmpty {
      body.append("<section class=\"sources\"><h2 id=\"sources\">Sources</h2><ol>")
      for (index, entry) in citations.entries.enumerated() {
        body.append("<li id=\"source-\(index + 1)\">\(Self.citation(entry))</li>")
      }
      body.append("</ol></section>")
    }
    let title = HTML.escape(notebook.title ?? "Attrition notebook")
    return NotebookHTML.page(title: title, body: body.joined(separator: "\n"))
  }

  private func html(_ item: NotebookRun.Item, citations: inout CitationIndex) -> String {
    switch item {
    case .value(let value):
      let marks = Self.marks(citations.cite(CitationIndex.provenance(of: value)))
      switch value {
      case .table(let table): return "<div class=\"result table\">\(Self.table(table))\(marks)</div>"
      case .column(let column):
        let table = (try? Table(columns: [column], provenance: column.provenance))
        return "<div class=\"result table\">\(table.map(Self.table) ?? "")\(marks)</div>"
      case .chart(let chart):
        return
          "<figure class=\"result chart\">\(ChartSVG(chart: chart).render())<figcaption>\(marks)</figcaption></figure>"
      case .estimate(var estimate):
        estimate.provenance = .none
        return
          "<p class=\"result\"><span class=\"value\">\(HTML.escape(ValueRenderer.human(estimate)))</span>\(marks)</p>"
      default:
        let text = ValueRenderer(format: .table).human(value)
        return "<pre class=\"result\">\(HTML.escape(text))</pre>\(marks)"
      }
    case .text(let text): return "<pre class=\"output\">\(HTML.escape(text))</pre>"
    case .diagnostic(let text): return "<pre class=\"diagnostic\">\(HTML.escape(text))</pre>"
    }
  }

  /// The prose with a space before each line that starts with a code span, outside fenced blocks.
  ///
  /// Ink starts a new paragraph at a line that begins with a backtick, splitting a sentence whose
  /// wrapped line starts with `code`; an indented line continues the paragraph, as CommonMark says.
  static func continuingCodeSpans(_ text: String) -> String {
    var inFence = false
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        inFence.toggle()
        return String(line)
      }
      return !inFence && line.hasPrefix("`") ? " " + line : String(line)
    }.joined(separator: "\n")
  }

  /// Superscript links to the sources: `<sup><a href="#source-1">1</a></sup>`.
  static func marks(_ numbers: [Int]) -> String {
    guard !numbers.isEmpty else { return "" }
    let links = numbers.map { "<a href=\"#source-\($0)\">\($0)</a>" }.joined(separator: ",")
    return "<sup class=\"cite\">\(links)</sup>"
  }

  /// A table: a header with units, then every row (cells as the text format writes them).
  static func table(_ table: Table) -> String {
    let renderer = ValueRenderer(format: .table)
    var rows = ["<div class=\"scroll\"><table><thead><tr>"]
    for column in table.columns {
      let unit = column.unit.isNone ? "" : " <span class=\"unit\">(\(HTML.escape(column.unit.description)))</span>"
      rows.append("<th>\(HTML.escape(column.name))\(unit)</th>")
    }
    rows.append("</tr></thead><tbody>")
    let shown = min(table.rowCount, 500)
    for row in 0..<shown {
      rows.append("<tr>")
      for column in table.columns {
        let value = column.value(at: row)
        let text: String
        if case .null = value {
          text = ""
        } else if case .estimate(var estimate) = value {
          estimate.provenance = .none
          estimate.unit = .none
          text = ValueRenderer.human(estimate)
        } else {
          text = renderer.human(value)
        }
        let numeric = if case .estimate = value { " class=\"number\"" } else { "" }
        rows.append("<td\(numeric)>\(HTML.escape(text))</td>")
      }
      rows.append("</tr>")
    }
    rows.append("</tbody></table></div>")
    if table.rowCount > shown { rows.append("<p class=\"more\">\(table.rowCount - shown) more rows not shown</p>") }
    return rows.joined()
  }

  /// A source: its citation, its address as a link when it has one, and the notes of the figures
  /// taken from it.
  static func citation(_ entry: CitationIndex.Entry) -> String {
    var text = HTML.escape(entry.source.citation)
    if let url = entry.source.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
      text += " <a href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a>"
    }
    if !entry.notes.isEmpty {
      text += "<ul class=\"notes\">" + entry.notes.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
    }
    return text
  }
}
