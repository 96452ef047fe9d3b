import AttritionCore
import AttritionSDK
import Ink

/// A run notebook as one self-contained HTML page: prose from Markdown, code, results (tables as
/// HTML tables, charts as inline SVG), superscript links from every printed number to its sources,
/// and the list of sources. Nothing runs and nothing is fetched: the prose's HTML is cut to an
/// allow-list (``ProseSanitizer``), its local images are inlined, remote ones are left out unless
/// allowed, and the page's Content-Security-Policy forbids the rest; every string that came from
/// data is escaped. The page reads on a phone (tables scroll sideways, charts scale) and in print.
public struct NotebookHTML {
  /// Something the prose held that the page leaves out: an image, a script, a link.
  public struct Warning: Equatable, Sendable {
    /// The line (from 1) where the prose block starts.
    public var line: Int
    /// What was left out, and why.
    public var message: String
  }

  /// The notebook.
  public let notebook: Notebook
  /// What its blocks printed.
  public let run: NotebookRun
  /// The folder the prose's relative image paths are read from (the notebook's), or nil.
  public var folder: String?
  /// Whether images on other servers stay, for the reader's browser to fetch.
  public var allowsRemoteImages: Bool

  /// Creates a renderer.
  public init(notebook: Notebook, run: NotebookRun, folder: String? = nil, allowsRemoteImages: Bool = false) {
    self.notebook = notebook
    self.run = run
    self.folder = folder
    self.allowsRemoteImages = allowsRemoteImages
  }

  /// The page.
  public func render() -> String {
    renderWithWarnings().html
  }

  /// The page, and what the prose held that it leaves out.
  public func renderWithWarnings() -> (html: String, warnings: [Warning]) {
    var citations = CitationIndex()
    var body: [String] = []
    var warnings: [Warning] = []
    var cells = run.cells.makeIterator()
    let markdown = MarkdownParser()
    for block in notebook.blocks {
      switch block {
      case .prose(let text, let lines):
        var sanitizer = ProseSanitizer(urls: ProseURLPolicy(folder: folder, allowsRemoteImages: allowsRemoteImages))
        body.append(sanitizer.sanitize(markdown.html(from: Self.continuingCodeSpans(text))))
        // The range counts lines from 0; the warning names the line as an editor shows it.
        warnings += sanitizer.warnings.map { Warning(line: lines.lowerBound + 1, message: $0) }
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
    let page = NotebookHTML.page(title: title, body: body.joined(separator: "\n"), remoteImages: allowsRemoteImages)
    return (page, warnings)
  }

  private func html(_ item: NotebookRun.Item, citations: inout CitationIndex) -> String {
    switch item {
    case .value(let value, let label):
      let marks = Self.marks(citations.cite(CitationIndex.provenance(of: value)))
      let heading = label.map { "<p class=\"label\">\(HTML.escape($0))</p>" } ?? ""
      let lead = label.map { "<span class=\"label\">\(HTML.escape($0)) =</span> " } ?? ""
      switch value {
      case .table(let table): return heading + "<div class=\"result table\">\(Self.table(table))\(marks)</div>"
      case .column(let column):
        let table = (try? Table(columns: [column], provenance: column.provenance))
        return heading + "<div class=\"result table\">\(table.map(Self.table) ?? "")\(marks)</div>"
      case .chart(let chart):
        return heading
          + "<figure class=\"result chart\">\(ChartSVG(chart: chart).render())<figcaption>\(marks)</figcaption></figure>"
      case .estimate(var estimate):
        estimate.provenance = .none
        return
          "<p class=\"result\">\(lead)<span class=\"value\">\(HTML.escape(ValueRenderer.human(estimate)))</span>\(marks)</p>"
      default:
        let text = ValueRenderer(format: .table).human(value)
        return heading + "<pre class=\"result\">\(HTML.escape(text))</pre>\(marks)"
      }
    case .text(let text): return "<pre class=\"output\">\(HTML.escape(text))</pre>"
    case .warning(let message): return "<pre class=\"warning\">warning: \(HTML.escape(message))</pre>"
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
