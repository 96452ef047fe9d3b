/// A line diff in the unified format's style: context lines start with a space, removed lines with
/// `-`, added lines with `+`; runs of more than three unchanged lines are cut to `@@ … @@`.
enum LineDiff {
  /// The lines above the limit are compared only as a whole (a longest common subsequence of
  /// 2,000 × 2,000 lines already takes four million steps).
  static let lineLimit = 2_000

  static func unified(_ old: [String], _ new: [String]) -> [String] {
    guard old.count <= lineLimit, new.count <= lineLimit else {
      return old.map { "-" + $0 } + new.map { "+" + $0 }
    }
    // Longest common subsequence, filled from the ends so the walk below goes forward.
    var table = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var lines: [String] = []
    var (i, j) = (0, 0)
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        lines.append(" " + old[i])
        i += 1
        j += 1
      } else if i < old.count, j == new.count || table[i + 1][j] >= table[i][j + 1] {
        lines.append("-" + old[i])
        i += 1
      } else {
        lines.append("+" + new[j])
        j += 1
      }
    }
    return condensed(lines)
  }

  /// Keeps three lines of context around each change.
  static func condensed(_ lines: [String]) -> [String] {
    let changed = lines.indices.filter { !lines[$0].hasPrefix(" ") }
    guard !changed.isEmpty else { return [] }
    var keep = Set<Int>()
    for index in changed { keep.formUnion(max(0, index - 3)...min(lines.count - 1, index + 3)) }
    var result: [String] = []
    var previous = -1
    for index in keep.sorted() {
      if index > previous + 1 { result.append("@@ \(index - previous - 1) unchanged lines @@") }
      result.append(lines[index])
      previous = index
    }
    if previous < lines.count - 1 { result.append("@@ \(lines.count - 1 - previous) unchanged lines @@") }
    return result
  }
}
