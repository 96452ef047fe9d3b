import Testing

@testable import AttritionCore

/// The REPL's record of its inputs: numbered lines of their own, and bounded however long a
/// session runs.
@Suite("Input log")
struct InputLogTests {
  @Test("each input gets lines of its own, after the previous input's")
  func numbering() {
    var log = InputLog()
    var first = SourceFile(name: "<input 1>", text: "fn f(x) =\n  x + 1")
    var second = SourceFile(name: "<input 2>", text: "f(1)")
    log.record(&first)
    log.record(&second)
    #expect(first.firstLine == InputLog.firstLine)
    #expect(second.firstLine == InputLog.firstLine + 2)
  }

  @Test("it keeps at most 16 MiB of text, dropping the oldest inputs, but always the newest")
  func byteBound() {
    var log = InputLog()
    let sixMiB = String(repeating: "x", count: 6 << 20)
    for index in 1...4 {
      var source = SourceFile(name: "<input \(index)>", text: sixMiB)
      log.record(&source)
    }
    #expect(log.sources.map(\.name) == ["<input 3>", "<input 4>"])
    var huge = SourceFile(name: "<input 5>", text: String(repeating: "y", count: 20 << 20))
    log.record(&huge)
    #expect(log.sources.map(\.name) == ["<input 5>"])
  }

  @Test("it keeps at most 10,000 inputs")
  func countBound() {
    var log = InputLog()
    for index in 1...10_005 {
      var source = SourceFile(name: "<input \(index)>", text: "1")
      log.record(&source)
    }
    #expect(log.sources.count == InputLog.capacity)
    #expect(log.sources.first?.name == "<input 6>")
  }
}
