/// Rewrites a notebook's recorded `output` blocks with what its code blocks print now, leaving
/// every other line as it was: `attrition notebook --update`.
public enum NotebookUpdater {
  /// The notebook's text with each run block's output block replaced, added or (when the block
  /// prints nothing) removed. Blocks that did not run keep theirs.
  public static func updated(_ notebook: Notebook, run: NotebookRun) -> String {
    var lines = notebook.lines
    for cell in run.cells.reversed() where !cell.skipped {
      let text = NotebookText.output(of: cell)
      let replacement = text.isEmpty ? [] : [""] + fenced(text)
      let start = cell.block.closingFenceIndex + 1
      let end = cell.block.recorded.map { $0.lines.upperBound + 1 } ?? start
      lines.replaceSubrange(start..<end, with: replacement)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A fence tagged `info` around text, longer than any run of backticks that starts a line in it.
  static func fenced(_ text: String, info: String = "output") -> [String] {
    let body = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let longest = body.map { $0.prefix { $0 == "`" }.count }.max() ?? 0
    let fence = String(repeating: "`", count: max(3, longest + 1))
    return [fence + info] + body + [fence]
  }
}
