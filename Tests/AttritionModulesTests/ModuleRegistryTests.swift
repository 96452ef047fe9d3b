import AttritionBuiltins
import AttritionCore
import AttritionSDK
import Foundation
import Testing

/// The registry accepts the built-ins and refuses duplicates and malformed names.
@Suite struct ModuleRegistryTests {
  private struct Fake: AnalysisModule {
    let name: String
    var functionNames: [String] = ["f"]

    var descriptor: ModuleDescriptor {
      ModuleDescriptor(
        name: name, version: "1.0.0", summary: "a test module",
        functions: functionNames.map { name in
          FunctionDescriptor(name: name, summary: "returns 1", parameters: [], returns: "number") { _ in
            .estimate(.exact(1))
          }
        })
    }
  }

  @Test func builtinsRegisterInOrder() throws {
    let registry = try ModuleRegistry(modules: builtinModules)
    #expect(registry.moduleNames == ["series", "casualty", "equipment", "territory"])
  }

  @Test func duplicateModuleIsRefusedAndTheExistingOneKept() throws {
    let registry = try ModuleRegistry(modules: [Fake(name: "alpha")])
    #expect(throws: RegistryError.duplicateModule("alpha")) {
      try registry.registering([Fake(name: "alpha", functionNames: ["g"])])
    }
    #expect(registry.module(named: "alpha")?.function(named: "f") != nil)
  }

  @Test(arguments: ["Alpha", "1abc", "with-dash", ""])
  func malformedModuleNamesAreRefused(_ name: String) {
    #expect(throws: RegistryError.invalidName(name, module: nil)) { try ModuleRegistry(modules: [Fake(name: name)]) }
  }

  @Test func duplicateFunctionIsRefused() {
    #expect(throws: RegistryError.duplicateFunction(module: "beta", function: "f")) {
      try ModuleRegistry(modules: [Fake(name: "beta", functionNames: ["f", "f"])])
    }
  }

  @Test func moduleFunctionsAreCalledThroughTheRegistry() throws {
    let registry = try ModuleRegistry(modules: [Fake(name: "gamma")])
    var printed: [String] = []
    let session = Session(registry: registry, output: { printed.append($0) }, errorOutput: { printed.append($0) })
    #expect(session.run(SourceFile(name: "<test>", text: "gamma.f() + 1")))
    #expect(printed == ["2"])
  }

  @Test func unknownModuleFunctionSuggestsTheClosest() throws {
    let registry = try ModuleRegistry(modules: [Fake(name: "gamma", functionNames: ["ratio"])])
    var errors: [String] = []
    let session = Session(registry: registry, output: { _ in }, errorOutput: { errors.append($0) })
    #expect(!session.run(SourceFile(name: "<test>", text: "gamma.ratoi(1)")))
    #expect(errors.joined().contains("did you mean 'ratio'?"))
  }
}

/// `Docs/Modules.md` is exactly what the descriptors generate.
@Suite struct GeneratedModuleDocsTests {
  @Test func modulesReferenceIsUpToDate() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let path = root.appendingPathComponent("Docs/Modules.md").path
    let expected = ModuleDocumentation.markdown(try ExampleRunner.registry())
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try expected.write(toFile: path, atomically: true, encoding: .utf8)
      Issue.record("recorded \(path); re-run without RECORD_GOLDEN")
      return
    }
    let actual = try? String(contentsOfFile: path, encoding: .utf8)
    #expect(
      actual == expected,
      "Docs/Modules.md is stale; regenerate with: \(ModuleDocumentation.regenerateCommand)")
  }
}
