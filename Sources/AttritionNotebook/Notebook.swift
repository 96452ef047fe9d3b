import Foundation

/// A notebook: Markdown whose fenced blocks tagged `atn` are code, each optionally followed by the
/// `output` block recorded when it last ran.
///
/// The notebook keeps its source lines, so `--update` can rewrite the recorded outputs and leave
/// every other byte as the author wrote it.
public struct Notebook: Sendable {
  /// A run of prose, or a code block.
  public enum Block: Sendable {
    /// Markdown text (including fenced blocks that are not code), lines `lines` of the file.
    case prose(String, lines: Range<Int>)
    /// A block of code and what it printed last time.
    case code(CodeBlock)
  }

  /// A fenced `atn` block.
  public struct CodeBlock: Sendable {
    /// The code, without its fences.
    public var source: String
    /// The 1-based line of the file where the code starts (after the opening fence).
    public var firstLine: Int
    /// The 0-based index of the line that closes the code block.
    public var closingFenceIndex: Int
    /// The recorded output, if the block has one.
    public var recorded: RecordedOutput?
    /// Whether each result says what it answers, its name or statement before it; off with
    /// ```` ```atn echo=off ````.
    public var echoes = true
  }

  /// A fenced `output` block right after a code block.
  public struct RecordedOutput: Sendable {
    /// The text between its fences.
    public var text: String
    /// The 0-based indices of its lines, from the opening to the closing fence.
    public var lines: ClosedRange<Int>
  }

  /// The blocks, in order.
  public var blocks: [Block]
  /// The source's lines, without their line breaks.
  public var lines: [String]

  /// The code blocks, in order.
  public var codeBlocks: [CodeBlock] {
    blocks.compactMap { block in
      if case .code(let code) = block { return code }
      return nil
    }
  }

  /// The text of the first `# ` heading, the notebook's title.
  public var title: String? {
    for line in lines where line.hasPrefix("# ") {
      return String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
    }
    return nil
  }
}
