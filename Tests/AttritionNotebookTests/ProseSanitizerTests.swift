import Testing

@testable import AttritionNotebook

@Suite("Prose sanitiser")
struct ProseSanitizerTests {
  static func sanitized(_ html: String, remote: Bool = false) -> String {
    var sanitizer = ProseSanitizer(urls: ProseURLPolicy(folder: nil, allowsRemoteImages: remote))
    return sanitizer.sanitize(html)
  }

  @Test(
    "hostile fragments come out inert",
    arguments: [
      ("<p>a<script>x()</script>b</p>", "<p>ab</p>"),
      ("<SCRIPT >x()</SCRIPT >after", "after"),
      ("<script>if (a </script>b", "b"),
      ("<script/>x()</script>y", "y"),
      ("<svg/>kept", "kept"),
      ("<p title=\"x\" onclick=\"y\">t</p>", "<p>t</p>"),
      ("<a href=\"https://e.org/?a=1&amp;b=2\">l</a>", "<a href=\"https://e.org/?a=1&amp;b=2\">l</a>"),
      ("<a href='&#106;avascript:x'>l</a>", "<a>l</a>"),
      ("<a href=\"&#0000106avascript:x\">l</a>", "<a>l</a>"),
      ("<a href=\"\u{01}javascript:x\">l</a>", "<a>l</a>"),
      ("<a href=\"vbscript:x\">l</a>", "<a>l</a>"),
      ("<a href=\"#part\">l</a>", "<a href=\"#part\">l</a>"),
      ("<a href=x\"onmouseover=y>l</a>", "<a href=\"x&quot;onmouseover=y\">l</a>"),
      ("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<span class=\"image-left-out\">[image: ]</span>"),
      (
        "<img src=\"data:image/png;base64,AA==\" alt='\"><script>'>",
        "<img src=\"data:image/png;base64,AA==\" alt=\"&quot;&gt;&lt;script&gt;\">"
      ),
      ("<img alt=x>", ""),
      ("a < b and <3", "a &lt; b and &lt;3"),
      ("<!-- <script>x()</script> -->after", "after"),
      ("<![CDATA[<script>x()</script>]]>", "x()]]>"),
      ("<p>open <img src=x onerror=alert(1)", "<p>open "),
      ("<code class=\"language-swift\">c</code>", "<code class=\"language-swift\">c</code>"),
      ("<code class=\"x onload\">c</code>", "<code>c</code>"),
      ("<td align=\"center\" style=\"x\">1</td>", "<td align=\"center\">1</td>"),
    ])
  func fragment(input: String, expected: String) {
    #expect(Self.sanitized(input) == expected)
  }

  @Test(
    "a URL's scheme is read as a browser reads it",
    arguments: [
      ("javascript:x", "javascript"), (" \tJaVaScRiPt:x", "javascript"), ("java\nscript:x", "javascript"),
      ("https://e.org", "https"), ("a/b:c", nil), ("#x:y", nil), ("?q=a:b", nil), ("mailto:a@b", "mailto"),
    ] as [(String, String?)])
  func scheme(url: String, expected: String?) {
    #expect(ProseURLPolicy.scheme(of: url) == expected)
  }
}
