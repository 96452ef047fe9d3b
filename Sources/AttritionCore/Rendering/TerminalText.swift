/// Text made safe and readable for a terminal: control characters made visible, tables cut to
/// the screen's width, numbers coloured.
///
/// Results can hold text from data files and diagnostics quote what was typed; an escape
/// sequence in either must not reach the terminal as one, or a CSV cell could retitle the window
/// or move the cursor. Colour codes Attrition writes itself (SGR: `ESC [ digits ; … m`) pass.
public enum TerminalText {
  /// The text with every control character but line feed, tab and SGR colour sequences replaced
  /// by a visible stand-in (`␛` for escape, `␀`–`␟` for the others, U+FFFD for C1 controls).
  public static func sanitized(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: isUnsafe) else { return text }
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: index) {
        result.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      result.append(isUnsafe(scalar) ? visible(scalar) : scalar)
      index += 1
    }
    return String(result)
  }

  /// The text with every control character but line feed and tab replaced by a visible
  /// stand-in, colour sequences included: for text none of whose colour is Attrition's own.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(isUnsafe(scalar) ? visible(scalar) : scalar) }
    return String(result)
  }

  /// Whether a character must not reach the terminal as it is.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    default: false
    }
  }

  /// The stand-in for a control character: the Unicode control pictures, one column wide.
  public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
    case 0x7F: "\u{2421}"
    default: "\u{FFFD}"
    }
  }

  /// The index of the `m` ending an SGR sequence that starts at `start`, if one does.
  private static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 1 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    while index < scalars.count, index - start < 32 {
      let scalar = scalars[index]
      if scalar == "m" { return index }
      guard scalar == ";" || ("0"..."9").contains(scalar) else { return nil }
      index += 1
    }
    return nil
  }

  /// Removes SGR colour sequences, to measure or compare what is shown.
  public static func plain(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\u{1B}", let end = colourSequenceEnd(scalars, from: index) {
        index = end + 1
        continue
      }
      result.append(scalars[index])
      index += 1
    }
    return String(result)
  }
}
