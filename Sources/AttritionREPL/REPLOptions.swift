/// How the interactive REPL is set up: history file, colour, and the version its banner shows.
public struct REPLOptions: Sendable {
  /// When colour is used.
  public enum ColorMode: String, Sendable, CaseIterable {
    /// Colour when standard output is a terminal and `NO_COLOR` is not set.
    case auto
    /// Always colour.
    case always
    /// Never colour.
    case never
  }

  /// The history file; nil means the default under `$XDG_STATE_HOME/attrition/history`.
  public var historyPath: String?
  /// When colour is used.
  public var color: ColorMode
  /// The version the banner names, such as `0.1.0`; empty for none.
  public var version: String

  /// Creates options.
  public init(historyPath: String? = nil, color: ColorMode = .auto, version: String = "") {
    self.historyPath = historyPath
    self.color = color
    self.version = version
  }
}
