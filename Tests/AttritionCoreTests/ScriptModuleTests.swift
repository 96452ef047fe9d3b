import AttritionSDK
import Foundation
import Testing

@testable import AttritionCore

/// Script modules: `import "file.atn"`, their registry entry, docs, examples and errors.
@Suite("Script modules")
struct ScriptModuleTests {
  func probeWithFrontline() -> SessionProbe {
    let probe = SessionProbe()
    #expect(probe.run("import \"frontline.atn\"", directory: CoreFixtures.modules.path), "\(probe.errorText)")
    return probe
  }

  @Test("an imported module's functions are called by its module name, with bounds, units and sources")
  func importAndCall() {
    let probe = probeWithFrontline()
    #expect(probe.run("frontline.per_km2(60k..100k, 5000 km²)\nfrontline.donetsk_share(4694 km²)"))
    #expect(
      probe.output == ["16.0 [12.0 – 20.0] /km²", "0.177  (source: Wikipedia, List of Ukrainian oblasts by area)"])
    #expect(probe.session.registry.moduleNames == ["oblasts", "frontline"], "the nested import registers first")
  }

  @Test("only fn definitions without a leading _ are exported; the module's bindings stay its own")
  func privateNames() {
    let probe = probeWithFrontline()
    #expect(
      probe.session.registry.module(named: "frontline")?.functions.map(\.name) == [
        "per_km2", "donetsk_share", "mismatched",
      ])
    #expect(!probe.run("_donetsk"))
    #expect(probe.errorText.contains("unknown name '_donetsk'"))
    #expect(!probe.run("frontline._ratio(1, 2)"))
  }

  @Test("the ## comments are the help: summary, discussion, parameters and examples")
  func help() {
    let probe = probeWithFrontline()
    #expect(probe.run(":help frontline.per_km2"))
    #expect(
      probe.text.hasPrefix(
        "frontline.per_km2(casualties: any, area: any) -> value\n\nCasualties per km² of ground taken."))
    #expect(
      probe.text.contains(
        "Both figures should cover the same period: the casualties of the window in which the ground was\ntaken."),
      "the discussion is wrapped at words to 100 columns")
    #expect(probe.text.contains("casualties  any  a count of people"))
    #expect(probe.text.contains("frontline.per_km2(60k..100k, 5000 km²)\n  → 16.0 [12.0 – 20.0] /km²"))
    #expect(probe.run(":help frontline"))
    #expect(probe.text.hasPrefix("frontline script — Front-line arithmetic: the cost and pace of ground taken."))
  }

  @Test("each example in a script module's ## comments prints its recorded result")
  func examplesRun() throws {
    let probe = probeWithFrontline()
    let examples = probe.session.registry.modules.flatMap { $0.functions.flatMap(\.examples) }
    #expect(examples.count == 4)
    for example in examples {
      #expect(probe.run(example.input), "\(example.input): \(probe.errorText)")
      #expect(probe.text == example.output, "\(example.input)")
    }
  }

  @Test("an error inside a module's function is shown in the module's file, with a note for the call")
  func errorInsideModule() {
    let probe = probeWithFrontline()
    #expect(!probe.run("frontline.mismatched(3 days)"))
    #expect(
      probe.errorText.hasPrefix("frontline.atn:30:20: error: cannot add 'day' and 'km' [evaluation.unit_mismatch]"),
      "\(probe.errorText)")
    #expect(probe.errorText.contains(" 30 | fn mismatched(x) = x + 1 km\n"))
    #expect(probe.errorText.hasSuffix("note: called from test.atn:1:1"), "\(probe.errorText)")
    #expect(probe.run("frontline.per_km2(1, 1 km²)"), "the session goes on")
  }

  @Test("importing a module again does nothing; a relative path is relative to the importing file")
  func importTwice() {
    let probe = SessionProbe()
    let script = "import \"modules/frontline.atn\"\nimport \"modules/frontline.atn\"\nfrontline.per_km2(1, 1 km²)"
    #expect(
      probe.run(script, name: "t.atn", directory: CoreFixtures.root.appendingPathComponent("Tests/Fixtures").path))
    #expect(probe.output == ["1 /km²"])
  }

  @Test("a parse error inside a module is reported in the module's file")
  func parseErrorInModule() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attrition-modules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("fn broken( = 1\n".utf8).write(to: folder.appendingPathComponent("broken.atn"))
    let probe = SessionProbe()
    #expect(!probe.run("import \"broken.atn\"", directory: folder.path))
    #expect(probe.errorText.hasPrefix("broken.atn:1:12: error: expected a parameter name"))
    #expect(probe.session.registry.module(named: "broken") == nil)
  }

  @Test("an import cycle between modules is reported at the import that closes it, in that module's file")
  func cycleBetweenModules() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attrition-modules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("import \"b.atn\"\nfn fa() = 1\n".utf8).write(to: folder.appendingPathComponent("a.atn"))
    try Data("fn fb() = 2\nimport \"a.atn\"\n".utf8).write(to: folder.appendingPathComponent("b.atn"))
    let probe = SessionProbe()
    #expect(!probe.run("import \"a.atn\"", directory: folder.path))
    #expect(probe.errorText.hasPrefix("b.atn:2:1: error: import cycle: a.atn → b.atn → a.atn [import.cycle]"))
    #expect(probe.errorText.components(separatedBy: "error:").count == 2, "reported once: \(probe.errorText)")
  }

  @Test("documentation comments: summary, discussion paragraphs, parameters and examples")
  func documentationParsing() {
    let documentation = ScriptFunctionDocumentation(lines: [
      "Summary line.", "", "First paragraph", "goes on.", "", "Second.", "- a: the first", ">>> m.f(1)", "2", "",
    ])
    #expect(documentation.summary == "Summary line.")
    #expect(documentation.discussionText == "First paragraph goes on.\n\nSecond.")
    #expect(documentation.parameters == ["a": "the first"])
    #expect(documentation.examples.map(\.input) == ["m.f(1)"])
    #expect(documentation.examples.map(\.output) == ["2"])
  }

  @Test(
    "names a module may not take get a lower_snake_case suggestion",
    arguments: [
      ("Bad-Name", "bad_name"), ("FrontLine", "front_line"), ("9lives", "m_9lives"),
    ])
  func suggestedNames(name: String, suggestion: String) {
    #expect(ImportError.suggestedName(for: name) == suggestion)
  }
}
