/// "Did you mean" suggestions by edit distance.
public enum Suggestions {
  /// The candidate closest to `name`, if it is close enough to be a plausible typo.
  public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    // Edit distance is quadratic; a name this long is no typo of a short one.
    guard name.count <= 64 else { return nil }
    // One-letter names are too short for a plausible typo.
    let limit = name.count < 2 ? 0 : max(1, name.count / 3)
    var best: (String, Int)?
    for candidate in candidates where candidate != name && abs(candidate.count - name.count) <= limit {
      let distance = editDistance(name.lowercased(), candidate.lowercased())
      if distance <= limit, best.map({ distance < $0.1 || distance == $0.1 && candidate < $0.0 }) ?? true {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  /// The edit distance between two strings, in characters, counting a swap of neighbours as one
  /// edit (optimal string alignment), since `ratoi` for `ratio` is the commonest typo.
  public static func editDistance(_ left: String, _ right: String) -> Int {
    let a = Array(left)
    let b = Array(right)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var before = Array(0...b.count)
    var previous = before
    var row = previous
    for i in 1...a.count {
      row[0] = i
      for j in 1...b.count {
        row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          row[j] = min(row[j], before[j - 2] + 1)
        }
      }
      (before, previous, row) = (previous, row, before)
    }
    return previous[b.count]
  }
}
