/// What Tab offers for the word before the cursor.
struct Completion: Equatable {
  /// One thing the word can become.
  struct Candidate: Hashable {
    /// The word's replacement.
    var text: String
    /// Added after ``text`` when it is the only candidate: `(` after a function, `.` after a
    /// module, `/` after a folder, a space after a keyword.
    var suffix: String = ""
    /// How the candidate is listed; ``text`` when nil (a path lists its last component).
    var display: String?

    /// The text a listing shows.
    var shown: String { display ?? text }
  }

  /// How many characters before the cursor the candidates replace.
  var wordLength: Int
  /// The candidates, sorted and without duplicates.
  var candidates: [Candidate]

  /// Nothing to offer.
  static let none = Completion(wordLength: 0, candidates: [])

  /// The candidates that start with `word`, sorted, first of each text kept. A candidate in
  /// backticks (a column named `field artillery`) matches by the name inside them.
  static func matching(_ word: String, among all: [Candidate]) -> Completion {
    var seen: Set<String> = []
    let kept = all.filter { candidate in
      (candidate.text.hasPrefix(word) || (!word.isEmpty && candidate.text.hasPrefix("`" + word)))
        && seen.insert(candidate.text).inserted
    }
    return Completion(wordLength: word.unicodeScalars.count, candidates: kept.sorted { $0.text < $1.text })
  }

  /// The longest text every candidate starts with, in whole characters.
  var commonPrefix: String {
    guard var prefix = candidates.first?.text else { return "" }
    for candidate in candidates.dropFirst() {
      while !candidate.text.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }
}
