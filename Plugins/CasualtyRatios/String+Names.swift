extension String {
  /// The text without the spaces and tabs around it.
  var trimmingSpaces: String {
    var characters = Substring(self)
    while let first = characters.first, first == " " || first == "\t" { characters.removeFirst() }
    while let last = characters.last, last == " " || last == "\t" { characters.removeLast() }
    return String(characters)
  }

  /// The name as lookups compare it: lower case, letters and digits only, so `UK MoD`, `uk mod`
  /// and `UK-MoD` are one estimator.
  var normalizedName: String {
    String(lowercased().filter { $0.isLetter || $0.isNumber })
  }
}
