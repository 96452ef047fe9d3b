import AttritionBuiltins
import AttritionCore
import AttritionLanguage
import AttritionSDK
import Testing

/// Every example in every built-in module's descriptor runs and prints exactly what it documents.
@Suite struct ModuleExampleTests {
  @Test("descriptor examples print what they document", arguments: ExampleRunner.allExamples)
  func exampleRuns(_ item: ModuleExample) throws {
    let outcome = try ExampleRunner.run(item.example.input)
    #expect(outcome.errors.isEmpty, "\(item.testDescription) reported: \(outcome.errors.joined(separator: "\n"))")
    #expect(outcome.succeeded)
    #expect(outcome.output.joined(separator: "\n") == item.example.output)
  }

  @Test("every module function documents at least one example")
  func everyFunctionHasAnExample() {
    for module in builtinModules {
      let descriptor = module.descriptor
      #expect(!descriptor.functions.isEmpty, "module '\(descriptor.name)' has no functions")
      for function in descriptor.functions {
        #expect(!function.examples.isEmpty, "\(descriptor.name).\(function.name) has no example")
        #expect(!function.summary.isEmpty, "\(descriptor.name).\(function.name) has no summary")
      }
    }
  }
}

/// The built-in functions' examples (`:help days` shows them) run and print what they document.
@Suite struct BuiltinExampleTests {
  static var examples: [ModuleExample] {
    Evaluator.builtinFunctions.flatMap { function in
      function.examples.map { ModuleExample(module: "builtin", function: function.name, example: $0) }
    }
  }

  @Test("built-in examples print what they document", arguments: examples)
  func exampleRuns(_ item: ModuleExample) throws {
    let outcome = try ExampleRunner.run(item.example.input)
    #expect(outcome.errors.isEmpty, "\(item.testDescription) reported: \(outcome.errors.joined(separator: "\n"))")
    #expect(outcome.succeeded)
    #expect(outcome.output.joined(separator: "\n") == item.example.output)
  }
}
