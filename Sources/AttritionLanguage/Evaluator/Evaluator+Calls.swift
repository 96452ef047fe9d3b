import AttritionSDK

extension Evaluator {
  func evaluateCall(_ calleeExpression: Expression, _ arguments: [Argument], at range: SourceRange)
    throws(EvaluationError) -> Value
  {
    let callee = try evaluate(calleeExpression)
    guard case .function(let function) = callee else {
      throw EvaluationError(.notCallable(callee.typeName), calleeExpression.range)
    }
    try checkCancellation(at: range)
    var positional: [(Value, SourceRange)] = []
    var named: [(String, Value, SourceRange)] = []
    for argument in arguments {
      let value = try evaluate(argument.value)
      if let label = argument.label {
        named.append((label, value, argument.value.range))
      } else {
        positional.append((value, argument.value.range))
      }
    }
    let bound = try bind(function, positional, named, at: range)
    callDepth += 1
    defer { callDepth -= 1 }
    guard callDepth <= Evaluator.callDepthLimit else {
      throw EvaluationError(.callDepthExceeded(limit: Evaluator.callDepthLimit), range)
    }
    if let native = function as? FunctionDescriptor {
      return try invoke(native, bound, at: range)
    }
    guard let user = function as? UserFunction else { throw EvaluationError(.notCallable("value"), range) }
    return try invoke(user, bound.values, at: range)
  }

  func bind(
    _ function: any Callable, _ positional: [(Value, SourceRange)], _ named: [(String, Value, SourceRange)],
    at range: SourceRange
  ) throws(EvaluationError) -> FunctionArguments {
    let native = function as? FunctionDescriptor
    let variadic = native?.isVariadic ?? false
    let names = function.parameterNames
    var extraNamed: [(label: String, value: Value, range: SourceRange)] = []
    var values = [Value?](repeating: nil, count: names.count)
    var ranges = [SourceRange?](repeating: nil, count: names.count)
    var rest: [Value] = []
    for (offset, (value, argumentRange)) in positional.enumerated() {
      if offset < names.count {
        values[offset] = value
        ranges[offset] = argumentRange
      } else if variadic {
        rest.append(value)
      } else {
        throw EvaluationError(
          .tooManyArguments(function: function.name, expected: names.count, found: positional.count + named.count),
          argumentRange)
      }
    }
    for (label, value, argumentRange) in named {
      guard let index = names.firstIndex(of: label) else {
        if native?.acceptsAnyLabel ?? false {
          extraNamed.append((label, value, argumentRange))
          continue
        }
        throw EvaluationError(
          .unknownArgumentLabel(function: function.name, label: label), argumentRange,
          notes: Evaluator.suggestion(for: label, among: names))
      }
      guard values[index] == nil else {
        throw EvaluationError(.duplicateArgument(function: function.name, parameter: label), argumentRange)
      }
      values[index] = value
      ranges[index] = argumentRange
    }
    return FunctionArguments(
      functionName: function.name, callRange: range, parameterNames: names, values: values, ranges: ranges, rest: rest,
      extraNamed: extraNamed, context: host?.moduleContext)
  }

  func invoke(_ native: FunctionDescriptor, _ arguments: FunctionArguments, at range: SourceRange)
    throws(EvaluationError) -> Value
  {
    do {
      for (index, parameter) in native.parameters.enumerated() where !parameter.isOptional {
        _ = try arguments.value(index)
      }
      return try native.implementation(arguments)
    } catch var error as EvaluationError {
      // A script module's function fails in its own file: the call is where it was called from.
      Self.noteCall(at: range, in: &error)
      throw error
    } catch let error as ArgumentError {
      throw EvaluationError(error)
    } catch {
      throw EvaluationError(hostError: error, at: range, function: native.name)
    }
  }

  func invoke(_ user: UserFunction, _ values: [Value?], at range: SourceRange) throws(EvaluationError) -> Value {
    let frame = Scope(parent: user.closure)
    for (index, name) in user.parameterNames.enumerated() {
      guard let value = values[index] else {
        throw EvaluationError(.missingArgument(function: user.name, parameter: name), range)
      }
      frame.variables[name] = value
    }
    let saved = scope
    scope = frame
    defer { scope = saved }
    do {
      return try evaluate(user.body)
    } catch var error {
      Self.noteCall(at: range, in: &error)
      throw error
    }
  }

  /// Records the call at `range` on an error raised outside it (in the called function's body),
  /// so the diagnostic can say where the function was called from; recursion repeats no call.
  static func noteCall(at range: SourceRange, in error: inout EvaluationError) {
    let inside =
      (range.start.line, range.start.column) <= (error.range.start.line, error.range.start.column)
      && (error.range.end.line, error.range.end.column) <= (range.end.line, range.end.column)
    guard !inside, error.callSites.last != range, error.callSites.count < Evaluator.callDepthLimit else { return }
    error.callSites.append(range)
  }
}

extension Evaluator {
  /// Calls a function value with arguments already bound: how a host calls the functions of a
  /// script module, which live in that module's own evaluator.
  public func call(_ function: any Callable, _ arguments: FunctionArguments) throws(EvaluationError) -> Value {
    callDepth += 1
    defer { callDepth -= 1 }
    guard callDepth <= Evaluator.callDepthLimit else {
      throw EvaluationError(.callDepthExceeded(limit: Evaluator.callDepthLimit), arguments.callRange)
    }
    if let native = function as? FunctionDescriptor { return try invoke(native, arguments, at: arguments.callRange) }
    guard let user = function as? UserFunction else {
      throw EvaluationError(.notCallable("value"), arguments.callRange)
    }
    return try invoke(user, arguments.values, at: arguments.callRange)
  }
}
