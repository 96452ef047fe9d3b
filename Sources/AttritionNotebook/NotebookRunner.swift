public import AttritionCore
import AttritionSDK

/// Runs a notebook's code blocks in order in one session, collecting what each printed.
public struct NotebookRunner {
  /// The session the blocks run in; its modules, plugins and data path are the caller's.
  public let session: Session
  /// The folder relative paths in the blocks resolve against (the notebook's own).
  public let directory: String
  /// Whether blocks after a failed one still run.
  public var keepsGoing: Bool

  /// Creates a runner.
  public init(session: Session, directory: String, keepsGoing: Bool = false) {
    self.session = session
    self.directory = directory
    self.keepsGoing = keepsGoing
  }

  /// Runs every code block; a block after a failed one is skipped unless ``keepsGoing``.
  ///
  /// Diagnostics name the block and its own lines (`block 3:1:1: error: …`), so a recorded output
  /// stays the same when text is added above the block, whatever path the notebook is run by.
  public func run(_ notebook: Notebook) -> NotebookRun {
    let collector = ItemCollector()
    let saved = session.frontEnd
    session.frontEnd = collector
    defer { session.frontEnd = saved }
    var cells: [NotebookRun.Cell] = []
    var stopped = false
    for (number, block) in notebook.codeBlocks.enumerated() {
      if stopped {
        cells.append(NotebookRun.Cell(block: block, items: [], failed: false, skipped: true))
        continue
      }
      collector.items = []
      collector.echoes = block.echoes
      let source = SourceFile(name: "block \(number + 1)", text: block.source, directory: directory)
      let succeeded = session.run(source)
      cells.append(NotebookRun.Cell(block: block, items: collector.items, failed: !succeeded, skipped: false))
      if !succeeded && !keepsGoing { stopped = true }
    }
    return NotebookRun(cells: cells)
  }

  /// The notebook's front end: each event of a block becomes an item of its cell.
  private final class ItemCollector: SessionOutput, @unchecked Sendable {
    // @unchecked: filled from the session on the one thread that runs the notebook.
    var items: [NotebookRun.Item] = []
    /// Whether the running block's results carry their labels.
    var echoes = true

    func emit(_ event: SessionEvent, from session: Session) {
      switch event {
      case .result(let result): items.append(.value(result.value, label: echoes ? result.label() : nil))
      case .text(let text): items.append(.text(text))
      case .warning(let message): items.append(.warning(message))
      case .diagnostic(let diagnostic): items.append(.diagnostic(diagnostic.text))
      case .note(let text): items.append(.diagnostic(text))
      }
    }
  }
}
