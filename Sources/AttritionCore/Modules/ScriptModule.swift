import AttritionLanguage
import AttritionSDK

/// A module written in the language: the `fn` definitions of an imported `.atn` file, with the
/// documentation and examples of their `##` comments.
struct ScriptModule: AnalysisModule {
  let descriptor: ModuleDescriptor

  /// Describes a module file that has run: its name, its documentation and its exported functions.
  ///
  /// - Throws: ``ImportError/invalidModuleName(_:path:)`` when the name is not `lower_snake_case`.
  init(
    source: SourceFile, declaration: Statement?, exported: [(name: String, documentation: [String])],
    runtime: ScriptModuleRuntime
  ) throws(ImportError) {
    var name = (source.name as String).split(separator: "/").last.map(String.init) ?? source.name
    if name.hasSuffix(".atn") { name.removeLast(4) }
    if case .module(let declared)? = declaration?.kind { name = declared.text }
    guard ModuleRegistry.isLowerSnake(name) else { throw .invalidModuleName(name, path: source.name) }
    let about = ScriptFunctionDocumentation(lines: declaration?.documentation ?? [])
    var functions: [FunctionDescriptor] = []
    for (functionName, lines) in exported {
      guard case .function(let callable)? = runtime.evaluator.global(functionName) else { continue }
      functions.append(ScriptModule.describe(callable, documentation: lines, file: source.name, runtime: runtime))
    }
    let origin = "A script module, imported from \(source.name)."
    descriptor = ModuleDescriptor(
      name: name, version: "script", summary: about.summary.isEmpty ? origin : about.summary,
      discussion: about.summary.isEmpty
        ? about.discussionText
        : [about.discussionText, origin].filter { !$0.isEmpty }
          .joined(separator: "\n\n"),
      functions: functions)
  }

  private static func describe(
    _ callable: any Callable, documentation lines: [String], file: String, runtime: ScriptModuleRuntime
  ) -> FunctionDescriptor {
    let documentation = ScriptFunctionDocumentation(lines: lines)
    return FunctionDescriptor(
      name: callable.name,
      summary: documentation.summary.isEmpty ? "Defined in \(file)." : documentation.summary,
      discussion: documentation.discussionText,
      parameters: callable.parameterNames.map { ParameterDescriptor($0, .any, documentation.parameters[$0] ?? "") },
      returns: "value",
      examples: documentation.examples.map { FunctionExample($0.input, $0.output) }
    ) { arguments in
      try runtime.call(callable, arguments)
    }
  }
}
