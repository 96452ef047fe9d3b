import Foundation
import Testing

extension TerminalTests {
  /// Writes a CSV file of about `megabytes` MiB (a header, then one row repeated) to `url`.
  static func writeLargeCSV(to url: URL, megabytes: Int) throws {
    var chunk = ""
    while chunk.utf8.count < 1 << 20 { chunk += "2024-01-01,Russia,tank,12345\n" }
    let block = Data(chunk.utf8)
    FileManager.default.createFile(atPath: url.path, contents: Data("date,side,category,count\n".utf8))
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    for _ in 0..<megabytes { try handle.write(contentsOf: block) }
  }

  @Test("Ctrl-C during a long load cancels it; the prompt comes back with earlier bindings intact")
  func interruptLoad() throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    // Large enough that a debug build reads it for many seconds, so the load is surely still running.
    try Self.writeLargeCSV(to: folder.appendingPathComponent("big.csv"), megabytes: 400)
    try withREPL(in: folder) { repl in
      try enter("let kept = 7", expecting: "", in: repl)
      try repl.type("let big = load(\"big.csv\")")
      try repl.press("Enter")
      // The progress line appears once a load has run for a second: the load is under way.
      try repl.waitFor("the load's progress line", timeout: 30) { $0.contains("loading big.csv:") }
      try repl.press("C-c")
      let screen = try repl.waitFor("the cancellation", timeout: 10) { screen in
        screen.contains("cancelled") && Self.lastLine(screen) == "attrition>"
      }
      #expect(screen.contains("big.csv' was cancelled [input.cancelled]"), "\(screen)")
      try enter("kept + 1", expecting: "8", in: repl)
      try enter("big", expecting: "unknown name 'big'", in: repl)
    }
  }
}
