import Foundation

/// The statements of a session that succeeded, in order: what `:save` writes and where `:explain`
/// finds how a variable was defined.
public struct SessionTranscript: Sendable {
  /// One recorded statement.
  public struct Entry: Sendable, Equatable {
    /// The statement as it was typed (several lines when it spanned them).
    public var text: String
    /// The name it binds (`let NAME = …`, `fn NAME(…) = …`), if any.
    public var binds: String?

    /// Creates an entry.
    public init(text: String, binds: String? = nil) {
      self.text = text
      self.binds = binds
    }
  }

  /// The statements, oldest first.
  public var entries: [Entry] = []

  /// Creates an empty transcript.
  public init() {}

  /// The text of the latest statement that bound `name`.
  public func definition(of name: String) -> String? {
    entries.last { $0.binds == name }?.text
  }

  /// The transcript as a script: a header saying what it is, then one statement per line.
  public func script(savedAt date: Date = Date()) -> String {
    let stamp = ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withInternetDateTime])
    var lines = [
      "# Attrition session saved \(stamp): the input that succeeded, in order.",
      "# Replay it with: attrition run FILE",
    ]
    lines += entries.map(\.text)
    return lines.joined(separator: "\n") + "\n"
  }
}
