public import AttritionSDK

/// An error reading a script or notebook before it can be parsed.
public struct InputError: DiagnosticConvertible, Sendable {
  /// What went wrong.
  public var kind: Kind
  /// The path as the user gave it.
  public var path: String

  /// Creates an input error.
  public init(_ kind: Kind, path: String) {
    self.kind = kind
    self.path = path
  }

  /// The kinds of input errors, in alphabetical order.
  public enum Kind: Sendable, Equatable {
    case binaryFile(offset: Int)
    case fileNotFound
    case invalidUTF8(offset: Int)
    case isDirectory
    case tooLarge(size: Int, limit: Int)
    case unreadable(String)
  }

  /// The diagnostic, with the `input` phase.
  public var diagnostic: Diagnostic {
    let (name, message, notes): (String, String, [String]) =
      switch kind {
      case .binaryFile(let offset):
        ("binary_file", "'\(path)' is a binary file, not a script (NUL byte at offset \(offset))", [])
      case .fileNotFound: ("file_not_found", "no such file '\(path)'", [])
      case .invalidUTF8(let offset):
        ("invalid_utf8", "'\(path)' is not valid UTF-8 (bad byte at offset \(offset))", ["save the file as UTF-8"])
      case .isDirectory: ("is_directory", "'\(path)' is a directory, not a script", [])
      case .tooLarge(let size, let limit):
        (
          "too_large",
          "'\(path)' is \(NumberFormat.exact(Double(size))) bytes, more than the \(NumberFormat.exact(Double(limit))) a script or notebook may have",
          ["scripts are code: keep data in files and load them"]
        )
      case .unreadable(let reason): ("unreadable", "cannot read '\(path)': \(reason)", [])
      }
    return Diagnostic(id: DiagnosticID(phase: "input", name: name), message: message, notes: notes)
  }
}
