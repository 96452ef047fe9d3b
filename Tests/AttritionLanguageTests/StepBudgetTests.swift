import AttritionLanguage
import AttritionSDK
import Testing

/// The step budget turns runaway evaluation (calls that multiply work) into a diagnostic.
@Suite("Step budget")
struct StepBudgetTests {
  /// `levels` functions, each calling the one before twice: 2^levels additions.
  static func doubling(_ levels: Int) -> String {
    var lines = ["fn f0(x) = x + x"]
    for level in 1..<levels { lines.append("fn f\(level)(x) = f\(level - 1)(x) + f\(level - 1)(x)") }
    lines.append("f\(levels - 1)(1)")
    return lines.joined(separator: "\n")
  }

  @Test("a program that doubles its work 40 times stops with step_limit_exceeded, naming the limit")
  func runawayStops() throws {
    let evaluator = Evaluator(budget: StepBudget(limit: 100_000))
    let error = try #require(try Script.evaluationError(Self.doubling(40), evaluator: evaluator))
    #expect(error.diagnostic.id.description == "evaluation.step_limit_exceeded")
    #expect(error.diagnostic.message == "evaluation took more than 100,000 steps")
    #expect(error.notes.first?.contains("--max-steps") == true)
  }

  @Test("within the budget the result is exact; a limit of 0 means none")
  func withinBudget() throws {
    let limited = Evaluator(budget: StepBudget(limit: 1_000_000))
    #expect(try Script.values(Self.doubling(12), evaluator: limited).last?.estimate?.value == 4_096)
    let unlimited = Evaluator(budget: StepBudget(limit: 0))
    #expect(try Script.values(Self.doubling(16), evaluator: unlimited).last?.estimate?.value == 65_536)
    #expect(unlimited.budget.used > 65_536)
  }

  @Test("the evaluator keeps its bindings after running out of steps")
  func bindingsSurvive() throws {
    let evaluator = Evaluator(budget: StepBudget(limit: 10_000))
    _ = try Script.values("let kept = 42", evaluator: evaluator)
    #expect(try Script.evaluationError(Self.doubling(30), evaluator: evaluator) != nil)
    evaluator.budget.used = 0
    #expect(try Script.values("kept", evaluator: evaluator).first?.estimate?.value == 42)
  }
}
