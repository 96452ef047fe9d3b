/// HTML character references (`&#106;`, `&#x6A;`, `&colon;`) decoded, so a URL is checked as a
/// browser would read it: `jav&#x61;script&colon;` is `javascript:`.
enum CharacterReferences {
  /// The named references that can spell a URL's scheme or separators, and the usual ones.
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "sol": "/", "bsol": "\\",
    "tab": "\t", "newline": "\n", "nbsp": "\u{A0}", "period": ".", "comma": ",", "lpar": "(", "rpar": ")",
    "num": "#", "quest": "?", "equals": "=", "semi": ";", "percnt": "%", "plus": "+", "excl": "!", "commat": "@",
  ]

  /// The text with its character references decoded; a reference that names nothing stays.
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let after = rest[rest.index(after: ampersand)...]
      if let (decoded, length) = reference(after) {
        result += decoded
        rest = after.dropFirst(length)
      } else {
        result += "&"
        rest = after
      }
    }
    return result + rest
  }

  /// The character a reference at the start of `text` (after its `&`) stands for, and how many
  /// characters it takes, the `;` included when there is one.
  private static func reference(_ text: Substring) -> (String, Int)? {
    if text.hasPrefix("#") {
      let body = text.dropFirst()
      let hex = body.first == "x" || body.first == "X"
      let digits = (hex ? body.dropFirst() : body).prefix { hex ? $0.isHexDigit : $0.isNumber }.prefix(8)
      guard !digits.isEmpty, let code = UInt32(digits, radix: hex ? 16 : 10) else { return nil }
      let scalar = Unicode.Scalar(code).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
      var length = 1 + (hex ? 1 : 0) + digits.count
      if text.dropFirst(length).first == ";" { length += 1 }
      return (String(scalar), length)
    }
    let name = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(32)
    guard let decoded = named[name.lowercased()] else { return nil }
    var length = name.count
    if text.dropFirst(length).first == ";" { length += 1 }
    return (decoded, length)
  }
}
