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
    // The module's lines are numbered apart in the session (InputLog): an error is shown in the
    // module's file, with a note for the call.
    return try evaluator.call(function, arguments)
  }
}
