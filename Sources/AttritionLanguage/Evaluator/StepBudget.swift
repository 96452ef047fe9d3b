/// How many evaluation steps a statement may take before it stops with a diagnostic.
///
/// The language has no loops, but calls can still multiply work: ten functions that each call the
/// next twice take 2¹⁰ steps, thirty take a billion. A budget turns such runaway input into
/// `evaluation.step_limit_exceeded` instead of a hang. A step is one expression evaluated (a row
/// of a pipeline stage counts once per expression in it). The host resets ``used`` before each
/// top-level statement, and the evaluators of one session share one budget, so work done inside a
/// script module counts against the statement that called it.
public final class StepBudget {
  /// The steps a statement may take by default: about a minute of work, far more than any
  /// analysis of a few million rows needs.
  public static let defaultLimit = 250_000_000

  /// The steps allowed; 0 means no limit.
  public var limit: Int
  /// The steps taken since the last reset.
  public var used = 0

  /// A budget of `limit` steps (0: no limit).
  public init(limit: Int = StepBudget.defaultLimit) {
    self.limit = limit
  }

  /// Counts one step; false when the budget is spent.
  @inline(__always)
  func take() -> Bool {
    used &+= 1
    return limit == 0 || used <= limit
  }
}
