/// How results are written: for people, or for other programs.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Aligned text for a terminal.
  case table
  /// One JSON object per result, one per line.
  case json
  /// Comma-separated values.
  case csv
  /// Markdown (tables as pipe tables).
  case markdown
}
