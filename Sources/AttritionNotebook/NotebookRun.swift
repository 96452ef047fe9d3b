public import AttritionSDK

/// What running a notebook produced: each code block's items, in order, and whether it failed.
public struct NotebookRun: Sendable {
  /// One thing a code block printed.
  public enum Item: Sendable {
    /// A result value, rendered by the notebook (tables, charts, estimates with citations), and
    /// what it answers (its name or short statement) when the block echoes.
    case value(Value, label: String?)
    /// Text a meta-command printed (`:help`, `:describe`, …).
    case text(String)
    /// A warning about a call; the block went on.
    case warning(String)
    /// A diagnostic, already rendered with the notebook's file name and line.
    case diagnostic(String)
  }

  /// The outcome of one code block.
  public struct Cell: Sendable {
    /// The block.
    public var block: Notebook.CodeBlock
    /// What it printed, in order.
    public var items: [Item]
    /// Whether it failed.
    public var failed: Bool
    /// Whether it was not run because an earlier block failed.
    public var skipped: Bool

    /// Creates a cell's outcome.
    public init(block: Notebook.CodeBlock, items: [Item], failed: Bool, skipped: Bool) {
      self.block = block
      self.items = items
      self.failed = failed
      self.skipped = skipped
    }
  }

  /// The code blocks' outcomes, in order.
  public var cells: [Cell]

  /// Creates a run from its cells.
  public init(cells: [Cell]) {
    self.cells = cells
  }

  /// Whether any block failed.
  public var failed: Bool { cells.contains { $0.failed } }
}
