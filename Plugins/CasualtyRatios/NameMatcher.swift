/// Finds the name a user probably meant, for "did you mean" notes.
enum NameMatcher {
  /// The candidate closest to `query` when it is close enough to be a likely typo, else nil.
  ///
  /// Names compare in their normalized form; a candidate that starts with the query (`UK` for
  /// `UK MoD`) counts as close, so partial names get a suggestion too.
  static func suggestion(for query: String, among candidates: [String]) -> String? {
    let wanted = query.normalizedName
    guard !wanted.isEmpty else { return nil }
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let name = candidate.normalizedName
      let distance = name.hasPrefix(wanted) || wanted.hasPrefix(name) ? 0 : editDistance(wanted, name)
      if distance <= max(2, name.count / 3), distance < best?.distance ?? .max {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The notes for an unknown name: a suggestion when one is close, then every valid name.
  static func notes(for query: String, among candidates: [String], kind: String) -> [String] {
    var notes: [String] = []
    if let suggestion = suggestion(for: query, among: candidates) { notes.append("did you mean '\(suggestion)'?") }
    notes.append("\(kind): " + candidates.joined(separator: ", "))
    return notes
  }

  /// The Levenshtein distance between two strings, over their characters.
  static func editDistance(_ left: String, _ right: String) -> Int {
    let a = Array(left)
    let b = Array(right)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
