import AttritionSDK

/// The documentation of a script module's function, read from its `##` comment lines.
///
/// ```
/// ## Casualties per km² of ground taken.
/// ##
/// ## Both figures should cover the same period.
/// ## - casualties: a count of people
/// ## - area: the ground taken
/// ## >>> frontline.per_km2(100k, 5000 km²)
/// ## 20 /km²
/// fn per_km2(casualties, area) = casualties / area
/// ```
///
/// The first line is the summary; `- name: text` lines describe parameters; a `>>> ` line is an
/// example whose next line is the result it must print; the other lines are the discussion.
struct ScriptFunctionDocumentation: Equatable {
  var summary = ""
  var discussion: [String] = []
  var parameters: [String: String] = [:]
  var examples: [(input: String, output: String)] = []

  static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.summary == rhs.summary && lhs.discussion == rhs.discussion && lhs.parameters == rhs.parameters
      && lhs.examples.map(\.input) == rhs.examples.map(\.input)
      && lhs.examples.map(\.output) == rhs.examples.map(\.output)
  }

  /// Reads the comment lines (without their `##`).
  init(lines: [String]) {
    var index = 0
    while index < lines.count {
      let line = lines[index].trimmedOfSpaces
      index += 1
      if line.hasPrefix(">>>") {
        let output = index < lines.count ? lines[index].trimmedOfSpaces : ""
        if index < lines.count { index += 1 }
        examples.append((String(line.dropFirst(3)).trimmedOfSpaces, output))
      } else if line.hasPrefix("- "), let colon = line.firstIndex(of: ":") {
        let name = line[line.index(line.startIndex, offsetBy: 2)..<colon].trimmedOfSpaces
        parameters[name] = line[line.index(after: colon)...].trimmedOfSpaces
      } else if summary.isEmpty {
        summary = line
      } else if !line.isEmpty || !(discussion.last?.isEmpty ?? true) {
        discussion.append(line)
      }
    }
    while discussion.last?.isEmpty ?? false { discussion.removeLast() }
  }

  /// The discussion as one text, paragraphs separated by blank lines.
  var discussionText: String {
    discussion.split(separator: "", omittingEmptySubsequences: true).map { $0.joined(separator: " ") }
      .joined(separator: "\n\n")
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  fileprivate var trimmedOfSpaces: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
