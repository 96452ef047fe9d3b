import AttritionCore
import AttritionSDK
import Foundation
import Testing

@testable import AttritionREPL

@Suite("Tab completion")
struct CompleterTests {
  func completer() throws -> Completer {
    let session = try REPLTestSupport.session()
    session.run(
      SourceFile(
        name: "setup", text: "let t = table(tank: [1, 2], `field artillery`: [3, 4])\nlet p = 2024-01-01..2024-01-31"))
    return Completer(session: session)
  }

  func texts(_ completion: Completion) -> [String] { completion.candidates.map(\.text) }

  @Test("keywords, built-in functions, modules and variables")
  func general() throws {
    let completer = try completer()
    #expect(texts(completer.complete("fle")) == ["fleet"])
    #expect(completer.complete("fle").candidates.first?.suffix == ".")
    #expect(texts(completer.complete("le")).contains("let"))
    #expect(texts(completer.complete("loa")) == ["load"])
    #expect(completer.complete("loa").candidates.first?.suffix == "(")
    #expect(texts(completer.complete("1 + t")).contains("t"))
  }

  @Test("a module's functions after 'module.'")
  func moduleFunctions() throws {
    let completion = try completer().complete("fleet.w")
    #expect(texts(completion) == ["weekly", "window"])
    #expect(completion.wordLength == 1)
    #expect(try texts(completer().complete("fleet.")) == ["ratio", "weekly", "window"])
  }

  @Test("a table's columns after 't.', in backticks when they hold spaces")
  func columns() throws {
    let completer = try completer()
    #expect(texts(completer.complete("t.ta")) == ["tank"])
    #expect(texts(completer.complete("t.")) == ["`field artillery`", "tank"])
    #expect(texts(completer.complete("p.")) == ["days", "end", "start"])
  }

  @Test("a column in backticks completes from its first letters, typed with or without the backtick")
  func quotedColumns() throws {
    let completer = try completer()
    let plain = completer.complete("t.fi")
    #expect(texts(plain) == ["`field artillery`"])
    #expect(plain.wordLength == 2)
    let quoted = completer.complete("t.`fi")
    #expect(texts(quoted) == ["`field artillery`"], "never a function such as 'first('")
    #expect(quoted.wordLength == 3, "the opening backtick is replaced too")
    #expect(texts(completer.complete("t | where `fi")) == ["`field artillery`"])
    #expect(completer.complete("`fi").candidates.isEmpty)
    #expect(completer.complete("fleet.`w").candidates.isEmpty, "a module's functions are not written in backticks")
    #expect(completer.complete("t.`field artillery` + t.ta").candidates.map(\.text) == ["tank"])
  }

  @Test("the General Staff's columns complete after 'gs.' and 'gs.`'", .enabled(if: CompleterTests.hasPublicData))
  func publicDatasetColumns() throws {
    let session = try REPLTestSupport.session()
    let loaded = session.run(
      SourceFile(name: "setup", text: "load(dataset: \"general-staff/russia_losses_equipment.json\", as: \"gs\")"))
    try #require(loaded)
    let completer = Completer(session: session)
    #expect(texts(completer.complete("gs.fi")) == ["`field artillery`"])
    #expect(texts(completer.complete("gs.`fi")) == ["`field artillery`"])
  }

  static var hasPublicData: Bool { ProcessInfo.processInfo.environment["ATTRITION_DATA"] != nil }

  @Test("columns inside a pipeline on t, also on a continued line; stage words after '|'")
  func pipelineColumns() throws {
    let completer = try completer()
    #expect(texts(completer.complete("t | where ta")) == ["tank"])
    #expect(texts(completer.complete("let u = t | sort ta")) == ["tank"])
    #expect(texts(completer.complete("t |\nwhere ta")) == ["tank"])
    #expect(texts(completer.complete("t | s")) == ["select", "sort"])
    #expect(texts(completer.complete("t | sort tank d")) == ["desc"])
  }

  @Test("meta-commands after ':' and their arguments")
  func commands() throws {
    let completer = try completer()
    #expect(texts(completer.complete(":he")) == [":help"])
    #expect(texts(completer.complete(":help fleet.wi")) == ["fleet.window"])
    #expect(texts(completer.complete(":format j")) == ["json"])
    #expect(texts(completer.complete(":describe t")).contains("t"))
    #expect(texts(completer.complete(":")).contains(":plugin"))
  }

  @Test("file paths in the string of load(…) and import, and after :load, :plugin, :run and :save")
  func paths() throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
    try Data("a\n1\n".utf8).write(to: folder.appendingPathComponent("data/losses.csv"))
    try Data().write(to: folder.appendingPathComponent("script.atn"))
    let session = try REPLTestSupport.session()
    session.workingDirectory = folder.path
    let completer = Completer(session: session)
    let inString = completer.complete("let gs = load(\"da")
    #expect(inString.candidates == [Completion.Candidate(text: "data", suffix: "/", display: "data/")])
    #expect(texts(completer.complete("load(\"data/l")) == ["data/losses.csv"])
    #expect(completer.complete("load(\"data/l").candidates.first?.suffix == "\"")
    #expect(texts(completer.complete(":run scr")) == ["script.atn"])
    #expect(texts(completer.complete(":load \"data/")) == ["\"data/losses.csv"])
    #expect(texts(completer.complete("import \"scr")) == ["script.atn"])
    #expect(texts(completer.complete(":plugin \"data/")) == ["\"data/losses.csv"])
    #expect(completer.complete("cite(1, \"da").candidates.isEmpty, "only load's and import's strings are paths")
  }

  @Test("a plugin's and a script module's functions complete like the built-ins")
  func loadedModules() throws {
    let session = try REPLTestSupport.session()
    let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    _ = try session.loadPlugin(at: products.appendingPathComponent("libForceGeneration.so").path)
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/modules")
    #expect(session.run(SourceFile(name: "setup", text: "import \"frontline.atn\"", directory: fixtures.path)))
    let completer = Completer(session: session)
    #expect(texts(completer.complete("force.re")) == ["replacement"])
    #expect(texts(completer.complete("fo")).contains("force"))
    #expect(texts(completer.complete("frontline.per")) == ["per_km2"])
    #expect(texts(completer.complete(":help force.dep")) == ["force.depletion"])
  }

  @Test("nothing inside comments or after a number's digits; units after a number")
  func quiet() throws {
    let completer = try completer()
    #expect(completer.complete("1 + 2 # t").candidates.isEmpty)
    #expect(completer.complete("12").candidates.isEmpty)
    #expect(texts(completer.complete("5000 km")).contains("km²"))
  }

  @Test("the common prefix of candidates")
  func commonPrefix() {
    let completion = Completion(
      wordLength: 3, candidates: [.init(text: "equipment"), .init(text: "equipment_figures")])
    #expect(completion.commonPrefix == "equipment")
  }
}
