/// The HTML of a notebook's prose cut down to an allow-list, so a rendered brief runs nothing and
/// fetches nothing.
///
/// Markdown lets an author write raw HTML, and Ink passes it through; a notebook from someone
/// else could carry `<script>`, `<iframe>`, event attributes or `javascript:` links into a page
/// that an editor opens. Every tag Ink's output holds is read here: tags on the list are written
/// again with only their listed attributes (values decoded, checked and escaped anew); the content
/// of scripts, style sheets, frames and embedded documents is dropped; any other tag is dropped
/// and its text kept. URLs are checked by ``ProseURLPolicy``. Decision 0028 records the list.
struct ProseSanitizer {
  /// What the sanitiser did that a reader of the brief would notice: an image left out, a link
  /// removed. One line each, without the file and line (the caller adds them).
  private(set) var warnings: [String] = []
  /// How images and links are checked.
  var urls: ProseURLPolicy

  /// A sanitiser with the URL policy.
  init(urls: ProseURLPolicy) {
    self.urls = urls
  }

  /// Tags written again, with the attributes each may keep.
  static let allowedTags: [String: Set<String>] = {
    var tags: [String: Set<String>] = [:]
    let plain = [
      "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "blockquote", "pre", "em", "strong", "b", "i", "u", "del",
      "s", "sup", "sub", "hr", "br", "table", "thead", "tbody", "tfoot", "tr", "caption", "dl", "dt", "dd", "kbd",
      "mark", "small", "span", "div", "figure", "figcaption", "details", "summary", "q", "cite", "var", "samp",
    ]
    for tag in plain { tags[tag] = [] }
    tags["a"] = ["href", "title"]
    tags["img"] = ["src", "alt", "title", "width", "height"]
    tags["th"] = ["align"]
    tags["td"] = ["align"]
    tags["ol"] = ["start"]
    tags["code"] = ["class"]
    tags["abbr"] = ["title"]
    return tags
  }()

  /// Elements dropped with everything inside them: their content is code, a style sheet or
  /// another document, never prose. (Void elements such as `embed`, `link` and `meta` have no
  /// content: dropping the tag drops them.)
  static let droppedWithContent: Set<String> = [
    "script", "style", "iframe", "object", "noscript", "template", "textarea", "title", "xmp", "noembed",
    "noframes", "frameset", "svg", "math", "select", "applet", "audio", "video", "canvas",
  ]

  /// Dropped tags worth a word: they would fetch, navigate or send something.
  static let reported: Set<String> = ["embed", "frame", "link", "meta", "base", "form", "input", "button"]

  /// Elements that never have an end tag.
  static let voidTags: Set<String> = ["br", "hr", "img"]

  /// The sanitised HTML.
  mutating func sanitize(_ html: String) -> String {
    var scanner = HTMLTagScanner(html)
    var output = ""
    output.reserveCapacity(html.utf8.count)
    while let token = scanner.next() {
      switch token {
      case .text(let text):
        output += text
      case .lessThan:
        output += "&lt;"
      case .ignored:
        continue
      case .endTag(let name):
        if Self.allowedTags[name] != nil, !Self.voidTags.contains(name) { output += "</\(name)>" }
      case .startTag(let name, let attributes, let selfClosing):
        if Self.droppedWithContent.contains(name) {
          // Only foreign elements (SVG, MathML) may close themselves; `<script/>` still opens a script.
          if !(selfClosing && (name == "svg" || name == "math")) { scanner.skipContent(of: name) }
          warnings.append("a <\(name)> element was left out of the page: a brief runs and embeds nothing")
          continue
        }
        guard let allowed = Self.allowedTags[name] else {
          if Self.reported.contains(name) { warnings.append("a <\(name)> element was left out of the page") }
          continue
        }
        output += startTag(name, attributes.filter { allowed.contains($0.name) })
      }
    }
    return output
  }

  /// A start tag written again, its attributes checked; an image that may not be shown becomes
  /// its description in brackets.
  private mutating func startTag(_ name: String, _ attributes: [HTMLTagScanner.Attribute]) -> String {
    var kept: [(String, String)] = []
    for attribute in attributes {
      switch (name, attribute.name) {
      case ("a", "href"):
        switch urls.link(attribute.value) {
        case .keep(let url): kept.append(("href", url))
        case .drop(let reason): warnings.append("a link was removed: \(reason)")
        }
      case ("img", "src"):
        switch urls.image(attribute.value) {
        case .keep(let url): kept.append(("src", url))
        case .drop(let reason):
          warnings.append("an image was left out: \(reason)")
          let description = attributes.first { $0.name == "alt" }?.value ?? ""
          return "<span class=\"image-left-out\">[image: \(HTML.escape(description))]</span>"
        }
      case ("code", "class"):
        if Self.isLanguageClass(attribute.value) { kept.append(("class", attribute.value)) }
      case ("th", "align"), ("td", "align"):
        if ["left", "center", "right"].contains(attribute.value.lowercased()) {
          kept.append(("align", attribute.value.lowercased()))
        }
      case ("ol", "start"), ("img", "width"), ("img", "height"):
        if let number = Int(attribute.value), number >= 0, number < 100_000 {
          kept.append((attribute.name, "\(number)"))
        }
      default:
        kept.append((attribute.name, attribute.value))
      }
    }
    if name == "img", !kept.contains(where: { $0.0 == "src" }) { return "" }
    let written = kept.map { " \($0.0)=\"\(HTML.escape($0.1))\"" }.joined()
    return "<\(name)\(written)>"
  }

  /// Whether a `class` is the one Ink gives a fenced block: `language-NAME`.
  static func isLanguageClass(_ value: String) -> Bool {
    guard value.hasPrefix("language-"), value.count > 9, value.count < 60 else { return false }
    return value.dropFirst(9).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-_.#".contains($0)) }
  }
}
