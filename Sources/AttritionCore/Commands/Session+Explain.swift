import AttritionLanguage
import AttritionSDK

extension Session {
  /// `:explain EXPR`: the derivation of the expression's value, its bounds and its sources.
  ///
  /// A binding (`let x = …`) is explained by its value and binds nothing. Errors in the
  /// expression are reported against its own text, named `<explain>`.
  func explain(_ text: String) throws -> String {
    let statements: [Statement]
    switch Parser.parse(text) {
    case .success(let parsed): statements = parsed
    case .failure(let failure):
      for error in failure.errors { report(error.diagnostic, file: "<explain>", source: text) }
      throw ScriptFailed()
    }
    guard statements.count == 1, let statement = statements.first else {
      throw CommandError.notAnExpression(command: "explain", found: "\(statements.count) statements")
    }
    let expression: Expression
    switch statement.kind {
    case .expression(let value), .binding(_, let value): expression = value
    case .function: throw CommandError.notAnExpression(command: "explain", found: "a function definition")
    case .command: throw CommandError.notAnExpression(command: "explain", found: "a command")
    case .importModule: throw CommandError.notAnExpression(command: "explain", found: "an import")
    case .module: throw CommandError.notAnExpression(command: "explain", found: "a module declaration")
    }
    var explanation = Explanation(evaluator: evaluator, host: self, transcript: transcript, text: text)
    do {
      return try explanation.render(expression)
    } catch {
      report(error.diagnostic, file: "<explain>", source: text)
      throw ScriptFailed()
    }
  }
}
