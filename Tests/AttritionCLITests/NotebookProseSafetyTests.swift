import Foundation
import Testing

/// A notebook from someone else rendered to HTML, and the page read back by html5lib, which
/// builds the tree a browser would: nothing in it may run, fetch or navigate anywhere unsafe.
@Suite("Notebook prose safety")
struct NotebookProseSafetyTests {
  /// One element of the page as html5lib built it.
  struct Element: Decodable {
    var tag: String
    var attributes: [String: String]
    var text: String
  }

  /// The elements of the HTML file at `path`, parsed by html5lib.
  static func elements(ofPage path: String) throws -> [Element] {
    let data = try PythonClient.run("html_elements.py", [path])
    return try data.split(separator: UInt8(ascii: "\n")).map { try JSONDecoder().decode(Element.self, from: Data($0)) }
  }

  /// Renders the hostile fixture (copied with its image into a scratch folder) and parses the page.
  static func renderHostile(_ extra: [String] = []) throws -> (elements: [Element], stderr: String, html: String) {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let notebooks = FixturePaths.fixtures.appendingPathComponent("notebooks")
    for name in ["hostile-prose.md", "hostile-prose-pixel.png"] {
      try FileManager.default.copyItem(
        at: notebooks.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let outcome = try AttritionProcess.run(
      ["notebook", "hostile-prose.md", "--to", "html", "-o", "page.html"] + extra, directory: folder)
    #expect(outcome.status == 0 && !outcome.crashed, "\(outcome.summary)")
    let page = folder.appendingPathComponent("page.html").path
    return (try elements(ofPage: page), outcome.stderr, try String(contentsOfFile: page, encoding: .utf8))
  }

  /// The page's own elements, and those prose may keep.
  static let allowed: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p", "a", "img", "span", "pre", "code",
    "em", "strong", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "sup", "section", "div",
  ]

  @Test("scripts, frames, style sheets, forms and event attributes are gone; the page's policy forbids the rest")
  func nothingRuns() throws {
    let (elements, stderr, _) = try Self.renderHostile()
    let unexpected = Set(elements.map(\.tag)).subtracting(Self.allowed)
    #expect(unexpected.isEmpty, "elements beyond the allow-list: \(unexpected)")
    for element in elements {
      let events = element.attributes.keys.filter { $0.lowercased().hasPrefix("on") }
      #expect(events.isEmpty, "<\(element.tag)> keeps \(events)")
      if element.tag != "meta", element.tag != "style" { #expect(element.attributes["style"] == nil) }
    }
    // The page's own style sheet is the only one, and it imports nothing.
    let styles = elements.filter { $0.tag == "style" }
    #expect(styles.count == 1 && !styles[0].text.contains("tracker.example"))
    let policy = try #require(elements.first { $0.attributes["http-equiv"] == "Content-Security-Policy" })
    #expect(policy.attributes["content"]?.hasPrefix("default-src 'none';") == true)
    #expect(policy.attributes["content"]?.contains("img-src data:;") == true)
    #expect(elements.filter { $0.attributes["id"] == "sources" }.allSatisfy { $0.tag == "h2" })
    #expect(elements.contains { $0.tag == "p" && $0.text == "A kept paragraph." }, "the prose around is kept")
    for tag in ["script", "iframe", "link", "style", "object", "embed", "svg", "meta", "base", "form"] {
      #expect(stderr.contains("hostile-prose.md:1: warning: a <\(tag)> element was left out"), "\(tag): \(stderr)")
    }
  }

  @Test("links keep http, https and mailto only, however the scheme is spelled")
  func safeLinks() throws {
    let (elements, stderr, _) = try Self.renderHostile()
    let links = elements.filter { $0.tag == "a" }
    let targets = links.compactMap { $0.attributes["href"] }
    for target in targets where !target.hasPrefix("#source-") {
      #expect(target.hasPrefix("https://") || target.hasPrefix("http://") || target.hasPrefix("mailto:"), "\(target)")
    }
    #expect(targets.contains("https://example.org/report") && targets.contains("https://example.org/"))
    for text in ["entity-spelled", "upper case", "tab inside", "data link", "javascript link"] {
      let link = try #require(links.first { $0.text == text }, "the link text '\(text)' stays")
      #expect(link.attributes["href"] == nil, "\(text): \(link.attributes)")
    }
    #expect(stderr.components(separatedBy: "warning: a link was removed").count - 1 == 5, "\(stderr)")
  }

  @Test("images from elsewhere are left out unless allowed; local ones are inlined; none outside the folder")
  func images() throws {
    let (elements, stderr, html) = try Self.renderHostile()
    let sources = elements.filter { $0.tag == "img" }.compactMap { $0.attributes["src"] }
    #expect(sources.count == 1, "\(sources)")
    let pixel = try Data(contentsOf: FixturePaths.fixtures.appendingPathComponent("notebooks/hostile-prose-pixel.png"))
    #expect(sources.first == "data:image/png;base64," + pixel.base64EncodedString())
    #expect(!html.contains("tracker.example/pixel.gif") && !html.contains("tracker.example/chart.png"))
    #expect(html.contains("[image: remote chart]") && html.contains("[image: outside]"))
    #expect(stderr.contains("'https://tracker.example/chart.png' is on another server and was not fetched"))
    #expect(stderr.contains("is outside the notebook's folder"))

    let (allowed, _, allowedHTML) = try Self.renderHostile(["--allow-remote-images"])
    let remote = allowed.filter { $0.tag == "img" }.compactMap { $0.attributes["src"] }
    #expect(remote.contains("https://tracker.example/chart.png") && remote.contains("//tracker.example/pixel.gif"))
    #expect(allowedHTML.contains("img-src data: https: http:;"))
    #expect(allowed.filter { $0.tag == "img" }.allSatisfy { $0.attributes["onerror"] == nil })
  }
}
