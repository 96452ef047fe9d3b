import Foundation
import Testing

/// `--max-steps`: runaway evaluation ends in a diagnostic, and the limit can be raised or lifted.
@Suite("Step limit")
struct StepLimitTests {
  static let doubling: String = {
    var lines = ["fn f0(x) = x + x"]
    for level in 1..<48 { lines.append("fn f\(level)(x) = f\(level - 1)(x) + f\(level - 1)(x)") }
    return (lines + ["let kept = 1", "f47(1)"]).joined(separator: "\n")
  }()

  @Test("work that doubles 48 times stops at --max-steps with exit 1 and names the option")
  func runawayScript() throws {
    let outcome = try AttritionProcess.run(["--max-steps", "200000", "-e", Self.doubling])
    Expect.diagnostic(outcome, id: "evaluation.step_limit_exceeded")
    #expect(outcome.stderr.contains("evaluation took more than 200,000 steps"))
    #expect(outcome.stderr.contains("raise the limit with --max-steps N (0: none)"))
  }

  @Test("--max-steps 0 lifts the limit; a small program runs under the default")
  func limitCanBeLifted() throws {
    let small = try AttritionProcess.run(["--max-steps", "0", "-e", "fn d(x) = x + x\nfn q(x) = d(x) + d(x)\nq(2)"])
    Expect.success(small)
    #expect(small.stdout == "8\n")
  }
}
