import AttritionLanguage
import AttritionSDK
import Testing

/// A host for in-process tests: one module `casualty` with `ratio`, top-level functions that fail,
/// a dataset `losses`, and a cancellation switch.
final class StubHost: EvaluationHost, ModuleContext, @unchecked Sendable {
  // @unchecked: each test owns its host and uses it from one thread.
  var isCancelled = false

  /// A plain Swift error, not a diagnostic.
  struct Boom: Error {}

  let topLevel: [String: FunctionDescriptor] = [
    "explode": FunctionDescriptor(
      name: "explode", summary: "Fails with a plain error.", parameters: [], returns: "null"
    ) { _ in throw Boom() },
    "refuse": FunctionDescriptor(name: "refuse", summary: "Fails with a module error.", parameters: [], returns: "null")
    { _ in throw ModuleError("refused", "the module refused") },
  ]

  let casualty: [String: FunctionDescriptor] = [
    "ratio": FunctionDescriptor(
      name: "ratio", summary: "a / b.",
      parameters: [ParameterDescriptor("a", .number), ParameterDescriptor("b", .number)],
      returns: "number"
    ) { arguments in
      guard case .estimate(let a) = try arguments.value(0), case .estimate(let b) = try arguments.value(1) else {
        return .null
      }
      return .estimate(try a.dividing(by: b))
    }
  ]

  func function(named name: String) -> FunctionDescriptor? { topLevel[name] }
  var functionNames: [String] { topLevel.keys.sorted() }
  var moduleNames: [String] { ["casualty"] }

  func function(named name: String, inModule module: String) -> FunctionDescriptor? {
    module == "casualty" ? casualty[name]?.qualified(by: module) : nil
  }

  func functionNames(inModule module: String) -> [String] {
    module == "casualty" ? casualty.keys.sorted() : []
  }

  func table(named name: String) throws -> Table? {
    guard name == "losses" else { return nil }
    return try Table(columns: [Column(name: "tank", data: .number([1, 2, 3], unit: .none))])
  }

  var datasetNames: [String] { ["losses"] }
  var moduleContext: (any ModuleContext)? { self }

  func dataset(named name: String) throws -> Table {
    guard let table = try table(named: name) else { throw ModuleError("unknown_dataset", "no dataset '\(name)'") }
    return table
  }

  func warn(_ message: String) {}
}

/// The evaluator with a host: module functions, datasets, host failures and cancellation.
@Suite("Evaluator with a host")
struct EvaluatorHostTests {
  @Test("module.function calls reach the host's module")
  func moduleCall() throws {
    let host = StubHost()
    let values = try Script.values("casualty.ratio(950k, 400k)", evaluator: Evaluator(host: host))
    #expect(values.first?.estimate?.value == 2.375)
    withExtendedLifetime(host) {}
  }

  @Test("an unknown module function is unknown_function, with a suggestion")
  func unknownFunction() throws {
    let host = StubHost()
    let error = try #require(try Script.evaluationError("casualty.rati(1, 2)", evaluator: Evaluator(host: host)))
    #expect(error.diagnostic.id.description == "evaluation.unknown_function")
    #expect(error.diagnostic.message == "module 'casualty' has no function 'rati'")
    #expect(error.notes == ["did you mean 'ratio'?"])
    withExtendedLifetime(host) {}
  }

  @Test("a module used as a value is a wrong_type with a hint")
  func moduleAsValue() throws {
    let host = StubHost()
    let error = try #require(try Script.evaluationError("casualty + 1", evaluator: Evaluator(host: host)))
    #expect(error.diagnostic.id.description == "evaluation.wrong_type")
    withExtendedLifetime(host) {}
  }

  @Test("a plain error from a host function is host_failure; a diagnostic keeps its own ID")
  func hostFailure() throws {
    let host = StubHost()
    let plain = try #require(try Script.evaluationError("explode()", evaluator: Evaluator(host: host)))
    #expect(plain.diagnostic.id.description == "evaluation.host_failure")
    #expect(plain.diagnostic.message.hasPrefix("'explode' failed"), "\(plain.diagnostic.message)")
    let module = try #require(try Script.evaluationError("refuse()", evaluator: Evaluator(host: host)))
    #expect(module.diagnostic.id.description == "module.refused")
    #expect(module.diagnostic.message == "the module refused")
    #expect(module.range.start.column == 1)
    withExtendedLifetime(host) {}
  }

  @Test("a host dataset is a name scripts can use; its name joins the suggestions")
  func datasets() throws {
    let host = StubHost()
    let evaluator = Evaluator(host: host)
    #expect(
      try Script.values("count(losses)\nsum(losses.tank)", evaluator: evaluator).map { $0.estimate?.value } == [3, 6])
    #expect(try Script.evaluationError("losse", evaluator: evaluator)?.notes == ["did you mean 'losses'?"])
    withExtendedLifetime(host) {}
  }

  @Test("a cancelled computation stops at the next call with 'cancelled'")
  func cancelled() throws {
    let host = StubHost()
    host.isCancelled = true
    let error = try #require(
      try Script.evaluationError("days(2024-01-01..2024-01-02)", evaluator: Evaluator(host: host)))
    #expect(error.diagnostic.id.description == "evaluation.cancelled")
    withExtendedLifetime(host) {}
  }

  @Test("a cancelled computation stops inside a long filter")
  func cancelledFilter() throws {
    let host = StubHost()
    let evaluator = Evaluator(host: host)
    _ = try Script.values("let t = table(n: [1, 2, 3])", evaluator: evaluator)
    host.isCancelled = true
    let error = try #require(try Script.evaluationError("t | where n > 1", evaluator: evaluator))
    #expect(error.diagnostic.id.description == "evaluation.cancelled")
    withExtendedLifetime(host) {}
  }
}
