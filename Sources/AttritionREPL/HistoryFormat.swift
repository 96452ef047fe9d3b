import Foundation

/// The history file's format: a header line, then one entry per line, oldest first.
///
/// An entry that spans lines is stored on one, with `\n` for its line breaks (and `\\`, `\r`
/// for a backslash and a carriage return), so appending one entry is appending one line, and a
/// multi-line entry comes back whole. The header tells an Attrition history from any other file,
/// which the REPL then leaves untouched.
enum HistoryFormat {
  /// The first line of every history file.
  static let header = "#attrition-history v1"

  /// Why a file cannot be read as a history.
  enum Problem: Error, Equatable {
    /// It does not start with ``header``.
    case notAHistory
  }

  /// The file's entries, oldest first; consecutive duplicates are dropped, and lines that are not
  /// valid UTF-8 or hold a NUL byte (a stray edit) are skipped, and so is a last line without its
  /// line break: an entry whose write was cut short (a full disk, a crash).
  static func entries(in data: Data) throws(Problem) -> [String] {
    if data.isEmpty { return [] }
    let bytes = [UInt8](data)
    let headerBytes = Array((header + "\n").utf8)
    guard bytes.starts(with: headerBytes) || bytes == Array(header.utf8) else { throw .notAHistory }
    var entries: [String] = []
    var body = bytes[headerBytes.count...]
    if let last = body.lastIndex(of: UInt8(ascii: "\n")) {
      body = body[..<(last + 1)]
    } else {
      body = body[body.startIndex..<body.startIndex]
    }
    for line in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
      guard !line.contains(0), let text = String(validating: line, as: UTF8.self), let entry = decode(text) else {
        continue
      }
      if entry != entries.last { entries.append(entry) }
    }
    return entries
  }

  /// An entry as one line, without its line break.
  static func encode(_ entry: String) -> String {
    var line = ""
    line.reserveCapacity(entry.utf8.count)
    for scalar in entry.unicodeScalars {
      switch scalar {
      case "\\": line += "\\\\"
      case "\n": line += "\\n"
      case "\r": line += "\\r"
      default: line.unicodeScalars.append(scalar)
      }
    }
    return line
  }

  /// The entry a line holds; nil when the line is malformed (an unknown escape, or empty).
  static func decode(_ line: String) -> String? {
    var entry = String.UnicodeScalarView()
    var escaped = false
    for scalar in line.unicodeScalars {
      if escaped {
        switch scalar {
        case "\\": entry.append("\\")
        case "n": entry.append("\n")
        case "r": entry.append("\r")
        default: return nil
        }
        escaped = false
      } else if scalar == "\\" {
        escaped = true
      } else {
        entry.append(scalar)
      }
    }
    guard !escaped, !entry.isEmpty else { return nil }
    return String(entry)
  }

  /// A whole file holding `entries`.
  static func file(_ entries: [String]) -> Data {
    Data((([header] + entries.map(encode)).joined(separator: "\n") + "\n").utf8)
  }
}
