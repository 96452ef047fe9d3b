import AttritionLanguage
import AttritionSDK

extension Session {
  /// `:explain EXPR`: the derivation of the expression's value, its bounds and its sources.
  ///
  /// A binding (`let x = …`) is explained by its value and binds nothing. Errors in the
  /// expression are reported against its own text, named `<explain>`, and errors in functions
  /// defined in earlier REPL inputs against theirs.
  func explain(_ text: String) throws -> String {
    var source = SourceFile(name: "<explain>", text: text, directory: currentDirectory)
    // Lines of its own, so that a range in it is told apart from one in an earlier input.
    inputs.record(&source)
    let statements: [Statement]
    switch Parser.parse(text, firstLine: source.firstLine) {
    case .success(let parsed): statements = parsed
    case .failure(let failure):
      for error in failure.errors { report(error.diagnostic, in: source) }
      throw ScriptFailed()
    }
    guard statements.count == 1, let statement = statements.first else {
      throw CommandError.notAnExpression(command: "explain", found: "\(statements.count) statements")
    }
    let expression: Expression
    var name: String?
    switch statement.kind {
    case .expression(let value): expression = value
    case .binding(let bound, let value):
      expression = value
      name = bound.text
    case .function: throw CommandError.notAnExpression(command: "explain", found: "a function definition")
    case .command: throw CommandError.notAnExpression(command: "explain", found: "a command")
    case .importModule: throw CommandError.notAnExpression(command: "explain", found: "an import")
    case .module: throw CommandError.notAnExpression(command: "explain", found: "a module declaration")
    }
    var explanation = Explanation(evaluator: evaluator, host: self, transcript: transcript, text: text)
    do {
      return try explanation.render(expression, name: name)
    } catch {
      report(error.diagnostic, in: source)
      throw ScriptFailed()
    }
  }
}
