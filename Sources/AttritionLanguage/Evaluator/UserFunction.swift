import AttritionSDK

/// A function defined in the language with `fn`, closed over the scope it was defined in.
struct UserFunction: Callable, @unchecked Sendable {
  // @unchecked: the captured scope is only touched by the evaluator that created it.
  let name: String
  let parameterNames: [String]
  let body: Expression
  let closure: Scope
}
