import AttritionBuiltins
import AttritionCore
import AttritionSDK
import Testing

/// The route of a value from the evaluator to a front end: a recording front end sees each event
/// of a script, in order, with what the front end needs to render it itself.
@Suite("Session events")
struct SessionEventTests {
  /// A front end that keeps every event.
  final class Recorder: SessionOutput {
    var events: [SessionEvent] = []
    func emit(_ event: SessionEvent, from session: Session) { events.append(event) }
  }

  /// One line per event: its kind and what identifies it.
  static func summary(_ event: SessionEvent) -> String {
    switch event {
    case .result(let result):
      let kind =
        switch result.value {
        case .table: "table"
        case .estimate: "estimate"
        default: "other"
        }
      return
        "result \(kind) \(result.file):\(result.line):\(result.column) name=\(result.name ?? "-") `\(result.statement)`"
    case .diagnostic(let diagnostic):
      return "diagnostic \(diagnostic.diagnostic.id) line \(diagnostic.diagnostic.range?.start.line ?? 0)"
    case .warning(let message): return "warning " + message
    case .text(let text): return "text " + text
    case .note(let text): return "note " + text
    }
  }

  @Test(
    "a script with a table, a scalar, a warning and an error: results with name and place, the warning its own event")
  func sequence() throws {
    let session = Session(registry: try ModuleRegistry(modules: builtinModules))
    let recorder = Recorder()
    session.frontEnd = recorder
    let script = """
      let gs = table(date: [2023-05-26, 2023-05-27, 2023-05-28], tank: [100, 110, 108])
      gs | limit 2
      let ratio = 950k / 400k
        ratio
      series.daily(gs, "tank") | where revision
      1 km + 1 day
      "never reached"
      """
    #expect(!session.run(SourceFile(name: "mixed.atn", text: script)))
    let lines = recorder.events.map(Self.summary)
    #expect(
      lines == [
        "result table mixed.atn:2:1 name=- `gs | limit 2`",
        "result estimate mixed.atn:4:3 name=ratio `ratio`",
        "warning 'tank' has a negative increment (revised totals): 2023-05-28 (−2)",
        "result table mixed.atn:5:1 name=- `series.daily(gs, \"tank\") | where revision`",
        "diagnostic evaluation.unit_mismatch line 6",
      ], "\(lines)")
    guard case .result(let ratio) = recorder.events[1], case .estimate(let estimate) = ratio.value else {
      Issue.record("the second event is the ratio's value")
      return
    }
    // The value itself reaches the front end, not its rendered text: 950,000 / 400,000 = 2.375.
    #expect(estimate.value == 950_000.0 / 400_000.0)
    guard case .diagnostic(let error) = recorder.events[4] else { return }
    #expect(error.text.hasPrefix("mixed.atn:6:1: error: cannot add 'km' and 'day' [evaluation.unit_mismatch]"))
  }

  @Test("the text front end writes results with the session's format, and warnings labelled on the error side")
  func textOutput() {
    var output: [String] = []
    var errors: [String] = []
    let session = Session(output: { output.append($0) }, errorOutput: { errors.append($0) })
    session.warn("look here")
    session.emit(.text(":help text"))
    #expect(session.run(SourceFile(name: "t.atn", text: "1 + 1")))
    #expect(output == [":help text", "2"])
    #expect(errors == ["warning: look here"])
  }
}
