import Foundation

/// Reads a notebook's Markdown into prose and code blocks.
///
/// A fence is three or more backticks or tildes, indented by at most three spaces; it closes at a
/// line of the same character, at least as long, and nothing else. A fence whose info string
/// starts with `atn` is code; an `output` fence after it (blank lines between are allowed) is its
/// recorded output. Every other fence is prose, kept as written.
public enum NotebookParser {
  /// Parses notebook text.
  ///
  /// - Throws: ``NotebookError/unterminatedFence(line:fence:)`` for a fence never closed.
  public static func parse(_ text: String) throws(NotebookError) -> Notebook {
    // Lines are split at "\n" and kept with any "\r", so `--update` writes back every other line
    // byte for byte; fences, code and outputs are read without the "\r" of CRLF files.
    var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      String(String.UnicodeScalarView($0))
    }
    if lines.last == "" { lines.removeLast() }
    var blocks: [Notebook.Block] = []
    var proseStart = 0
    var index = 0
    func flushProse(upTo end: Int) {
      if end > proseStart {
        blocks.append(.prose(lines[proseStart..<end].joined(separator: "\n"), lines: proseStart..<end))
      }
    }
    while index < lines.count {
      guard let fence = opening(lines[index]) else {
        index += 1
        continue
      }
      let close = try closing(of: fence, in: lines, after: index)
      guard fence.info == "atn" else {
        index = close + 1
        continue
      }
      flushProse(upTo: index)
      var code = Notebook.CodeBlock(
        source: lines[(index + 1)..<close].map(withoutCR).joined(separator: "\n"), firstLine: index + 2,
        closingFenceIndex: close,
        recorded: nil, echoes: fence.options["echo"] != "off")
      var next = close + 1
      while next < lines.count, withoutCR(lines[next]).trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
      if next < lines.count, let outputFence = opening(lines[next]), outputFence.info == "output" {
        let outputClose = try closing(of: outputFence, in: lines, after: next)
        code.recorded = Notebook.RecordedOutput(
          text: lines[(next + 1)..<outputClose].map(withoutCR).joined(separator: "\n"), lines: next...outputClose)
        index = outputClose + 1
      } else {
        index = close + 1
      }
      blocks.append(.code(code))
      proseStart = index
    }
    flushProse(upTo: lines.count)
    return Notebook(blocks: blocks, lines: lines)
  }

  /// An opening fence: its marker (e.g. "```"), the first word of its info string, and the
  /// `key=value` options after it (```` ```atn echo=off ````).
  struct Fence {
    let marker: Character
    let length: Int
    let info: String
    let text: String
    var options: [String: String] = [:]
  }

  /// A line without the carriage return of a CRLF line ending.
  static func withoutCR(_ line: String) -> String {
    line.hasSuffix("\r") ? String(line.unicodeScalars.dropLast()) : line
  }

  static func opening(_ raw: String) -> Fence? {
    let line = withoutCR(raw)
    let indent = line.prefix { $0 == " " }.count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
    let length = rest.prefix { $0 == marker }.count
    guard length >= 3 else { return nil }
    let info = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
    if marker == "`", info.contains("`") { return nil }
    let words = info.split(separator: " ")
    let word = words.first.map(String.init) ?? ""
    var options: [String: String] = [:]
    for option in words.dropFirst() {
      let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
      if parts.count == 2 { options[parts[0]] = parts[1] }
    }
    return Fence(
      marker: marker, length: length, info: word, text: String(repeating: marker, count: length), options: options)
  }

  static func closing(of fence: Fence, in lines: [String], after start: Int) throws(NotebookError) -> Int {
    var index = start + 1
    while index < lines.count {
      let line = withoutCR(lines[index])
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      let indent = line.prefix { $0 == " " }.count
      if indent <= 3, trimmed.count >= fence.length, trimmed.allSatisfy({ $0 == fence.marker }) { return index }
      index += 1
    }
    throw .unterminatedFence(line: start + 1, fence: fence.text)
  }
}
