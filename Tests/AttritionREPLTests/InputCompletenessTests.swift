import Testing

@testable import AttritionREPL

@Suite("Input continuation")
struct InputCompletenessTests {
  @Test(
    "input continues while brackets or a pipeline are open, or after an operator",
    arguments: ["(1 +", "[1, 2,", "gs | where date > 2024-01-01 |", "950k /", "let x =", "fn f(a) =", "1 ..", "x to"])
  func continues(text: String) {
    #expect(InputCompleteness.needsMoreInput(text))
  }

  @Test(
    "complete input and errors run at once",
    arguments: [
      "950k / 400k", "(1 +\n2)", "let x = 5", ":help equipment", ":load (", "\"unterminated", "1 )", "t | where x > 1",
      "# only a comment", "2 +# comment after an operator\n3", "1 + \u{FFFD}", "(1 + $",
    ])
  func complete(text: String) {
    #expect(!InputCompleteness.needsMoreInput(text))
  }
}
