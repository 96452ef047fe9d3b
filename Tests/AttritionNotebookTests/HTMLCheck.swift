/// Checks on generated HTML: balanced elements and nothing fetched from elsewhere.
enum HTMLCheck {
  /// Elements that have no closing tag.
  static let void: Set<String> = [
    "meta", "link", "br", "hr", "img", "input", "source", "area", "base", "col", "embed", "wbr",
  ]

  /// Problems with the nesting of tags: a closing tag that does not match, or tags left open.
  static func unbalancedTags(in html: String) -> [String] {
    var stack: [String] = []
    var problems: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else {
        problems.append("a '<' never closed")
        break
      }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") || tag.hasPrefix("?") { continue }
      let selfClosing = tag.hasSuffix("/")
      let closing = tag.hasPrefix("/")
      let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
      if name.isEmpty || HTMLCheck.void.contains(name) || selfClosing { continue }
      if closing {
        guard stack.last == name else {
          problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
          continue
        }
        stack.removeLast()
      } else {
        stack.append(name)
      }
    }
    if !stack.isEmpty { problems.append("left open: \(stack)") }
    return problems
  }

  /// Attributes and rules that would make a browser fetch something: `src=`, `<link`, `@import`,
  /// `url(` with an address. Links (`<a href>`) are not fetches.
  static func externalFetches(in html: String) -> [String] {
    var found: [String] = []
    for pattern in ["src=\"http", "src='http", "src=\"//", "<link", "@import", "url(http", "url(//", "<iframe"]
    where html.contains(pattern) {
      found.append(pattern)
    }
    return found
  }
}
