import AttritionLanguage
import AttritionSDK

/// The evaluator a script module's functions run in, with the file they came from.
///
/// Each imported module has its own evaluator, so its `let` bindings and helper functions stay
/// private to it; its exported functions are registered as descriptors that call back here.
final class ScriptModuleRuntime: @unchecked Sendable {
  // @unchecked: like the session that owns it, a runtime is used from the session's thread only.
  let evaluator: Evaluator
  let source: SourceFile
  weak var session: Session?

  init(evaluator: Evaluator, source: SourceFile, session: Session) {
    self.evaluator = evaluator
    self.source = source
    self.session = session
  }

  /// Calls one of the module's functions; relative paths inside it resolve against the module's folder.
  func call(_ function: any Callable, _ arguments: FunctionArguments) throws -> Value {
    session?.directoryStack.append(source.directory)
    defer { session?.directoryStack.removeLast() }
    do {
      return try evaluator.call(function, arguments)
    } catch {
      throw ScriptModuleFailure(inner: error.diagnostic, file: source.name)
    }
  }
}

/// An error inside a script module's function, shown at the call with where in the module it happened.
struct ScriptModuleFailure: Error, DiagnosticConvertible {
  let inner: Diagnostic
  let file: String

  var diagnostic: Diagnostic {
    let place = inner.range.map { "\(file):\($0.start.line):\($0.start.column)" } ?? file
    return Diagnostic(id: inner.id, message: inner.message, notes: inner.notes + ["in \(place)"])
  }
}
