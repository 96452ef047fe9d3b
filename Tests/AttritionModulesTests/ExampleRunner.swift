import AttritionBuiltins
import AttritionCore
import AttritionSDK
import Testing

/// Runs code in a session with every built-in module, capturing what it prints.
struct ExampleRunner {
  /// What one run printed and whether it succeeded.
  struct Outcome {
    var succeeded: Bool
    var output: [String]
    var errors: [String]
  }

  /// The built-in registry; building it is itself checked by ``ModuleRegistryTests``.
  static func registry() throws -> ModuleRegistry {
    try ModuleRegistry(modules: builtinModules)
  }

  /// Runs `code` in a fresh session and returns what it printed.
  static func run(_ code: String, format: OutputFormat = .table) throws -> Outcome {
    let collector = Collector()
    let session = Session(
      registry: try registry(), format: format, output: { collector.output.append($0) },
      errorOutput: { collector.errors.append($0) })
    let succeeded = session.run(SourceFile(name: "<example>", text: code))
    return Outcome(succeeded: succeeded, output: collector.output, errors: collector.errors)
  }

  /// Every example of every built-in module function, labelled for test output.
  static var allExamples: [ModuleExample] {
    builtinModules.flatMap { module in
      let descriptor = module.descriptor
      return descriptor.functions.flatMap { function in
        function.examples.map { ModuleExample(module: descriptor.name, function: function.name, example: $0) }
      }
    }
  }
}

/// One example with the function it documents.
struct ModuleExample: CustomTestStringConvertible, Sendable {
  let module: String
  let function: String
  let example: FunctionExample

  var testDescription: String { "\(module).\(function): \(example.input)" }
}

private final class Collector: @unchecked Sendable {
  var output: [String] = []
  var errors: [String] = []
}
