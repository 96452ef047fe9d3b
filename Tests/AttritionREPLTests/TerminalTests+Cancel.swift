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

  /// Writes a JSON array of records of about `megabytes` MiB to `url`.
  static func writeLargeJSON(to url: URL, megabytes: Int) throws {
    var chunk = ""
    while chunk.utf8.count < 1 << 20 { chunk += #"{"date": "2024-01-01", "side": "Russia", "count": 12345},"# }
    let block = Data(chunk.utf8)
    FileManager.default.createFile(atPath: url.path, contents: Data("[".utf8))
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    for _ in 0..<megabytes { try handle.write(contentsOf: block) }
    try handle.write(contentsOf: Data(#"{"date": "2024-01-02", "side": "Russia", "count": 1}]"#.utf8))
  }

  /// Loads `file` (written into the REPL's folder by `write`), waits for the progress line that
  /// shows the load is under way, presses Ctrl-C, and checks the load was cancelled and the session
  /// kept its bindings.
  func cancelsLoad(of file: String, writtenBy write: (URL) throws -> Void) throws {
    let folder = try REPLTestSupport.temporaryFolder("attrition-pty")
    defer { try? FileManager.default.removeItem(at: folder) }
    try write(folder.appendingPathComponent(file))
    try withREPL(in: folder) { repl in
      try enter("let kept = 7", expecting: "", in: repl)
      try repl.type("let big = load(\"\(file)\")")
      try repl.press("Enter")
      // The progress line appears once a load has run for a second: the load is under way.
      try repl.waitFor("the load's progress line", timeout: 30) {
        $0.contains("loading \(file):") && $0.contains(" rows")
      }
      try repl.press("C-c")
      let screen = try repl.waitFor("the cancellation", timeout: 10) { screen in
        screen.contains("cancelled") && Self.lastLine(screen) == "attrition>"
      }
      #expect(screen.contains("\(file)' was cancelled [input.cancelled]"), "\(screen)")
      try enter("kept + 1", expecting: "8", in: repl)
      try enter("big", expecting: "unknown name 'big'", in: repl)
    }
  }

  @Test("Ctrl-C during a long load cancels it; the prompt comes back with earlier bindings intact")
  func interruptLoad() throws {
    // Large enough that a debug build reads it for many seconds, so the load is surely still running.
    try cancelsLoad(of: "big.csv") { try Self.writeLargeCSV(to: $0, megabytes: 400) }
  }

  @Test("a long JSON load shows its progress line, and Ctrl-C cancels it as it does a CSV load")
  func interruptJSONLoad() throws {
    // A release build parses this in about 3 s, a debug build in about 20: the load is surely running.
    try cancelsLoad(of: "big.json") { try Self.writeLargeJSON(to: $0, megabytes: 200) }
  }
}
