import AttritionCore
import AttritionSDK

/// The plain text of a block's results: what its recorded `output` block holds, what `--check`
/// compares and `--update` writes.
public enum NotebookText {
  /// How many rows of a table an output block shows.
  public static let rowLimit = 40

  /// The text of a cell's items, one after another; empty when it printed nothing.
  public static func output(of cell: NotebookRun.Cell) -> String {
    let renderer = ValueRenderer(format: .table, rowLimit: rowLimit)
    return cell.items.map { item in
      switch item {
      case .value(let value, let label):
        label.map { ValueRenderer.labelled(renderer.human(value), $0) } ?? renderer.human(value)
      case .text(let text), .diagnostic(let text): text
      case .warning(let message): "warning: " + message
      }
    }.joined(separator: "\n")
  }

  /// A difference between a block's recorded output and what it prints now.
  public struct Mismatch: Sendable {
    /// The 1-based line of the block's code in the notebook.
    public let line: Int
    /// The recorded text (empty when there was no output block).
    public let recorded: String
    /// What the block prints now.
    public let current: String

    /// A unified diff of the two, with `-` for recorded lines and `+` for current ones.
    public func diff(file: String) -> String {
      var lines = ["--- \(file):\(line) recorded", "+++ \(file):\(line) now"]
      lines += LineDiff.unified(NotebookText.lines(recorded), NotebookText.lines(current))
      return lines.joined(separator: "\n")
    }
  }

  /// The blocks whose recorded output differs from what they print now (skipped blocks are not
  /// compared).
  public static func mismatches(in run: NotebookRun) -> [Mismatch] {
    run.cells.compactMap { cell in
      guard !cell.skipped else { return nil }
      let recorded = cell.block.recorded?.text ?? ""
      let current = output(of: cell)
      return recorded == current ? nil : Mismatch(line: cell.block.firstLine, recorded: recorded, current: current)
    }
  }

  static func lines(_ text: String) -> [String] {
    text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
