import Foundation
import Testing

/// Options written before the subcommand: `attrition --format json run FILE` must run FILE with
/// those options, not read `run` as the script's name; options before another subcommand are a
/// usage error that names them.
@Suite("Options before the subcommand")
struct OptionOrderTests {
  @Test(
    "leading options apply to 'run' and the file after it runs",
    arguments: [
      ["--format", "json", "run", "ratio.atn"],
      ["--format=json", "run", "ratio.atn"],
      ["--no-plugins", "--format", "json", "run", "ratio.atn"],
      ["run", "--format", "json", "ratio.atn"],
    ])
  func leadingOptionsBeforeRun(arguments: [String]) throws {
    let folder = try RunnerTests.folder(with: "ratio.atn", "950k / 400k\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try AttritionProcess.run(arguments, directory: folder)
    Expect.success(outcome)
    let object = try SeedTests.object(try #require(outcome.stdoutLines.first, "\(outcome.summary)"))
    #expect(SeedTests.number(object["value"]) == 2.375, "\(outcome.summary)")
  }

  @Test("arguments after the file still reach the script when options come first")
  func scriptArgumentsAfterReorder() throws {
    let folder = try RunnerTests.folder(with: "args.atn", "args[0]\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outcome = try AttritionProcess.run(["--format", "csv", "run", "args.atn", "run"], directory: folder)
    Expect.success(outcome)
    #expect(outcome.stdout.contains("run"), "\(outcome.summary)")
    #expect(!outcome.stdout.contains("2.375"), "\(outcome.summary)")
  }

  @Test("with -e, a later 'run' is a script argument, as before")
  func expressionKeepsArguments() throws {
    let outcome = try AttritionProcess.run(["-e", "args[0]", "run"])
    Expect.success(outcome)
    #expect(outcome.stdout == "run\n", "\(outcome.summary)")
  }

  @Test("options before another subcommand are a usage error (exit 2) naming them")
  func optionsBeforeOtherSubcommand() throws {
    let outcome = try AttritionProcess.run(["--format", "json", "modules"])
    #expect(outcome.status == 2, "\(outcome.summary)")
    #expect(outcome.stderr.contains("'--format json' before 'modules'"), "\(outcome.summary)")
    #expect(outcome.stdout.isEmpty, "\(outcome.summary)")
  }

  @Test(
    "the short forms read without ArgumentParser print what the same run with an option prints",
    arguments: [
      (["-e", "250k / 60k..100k"], ["--format", "table", "-e", "250k / 60k..100k"]),
      (["ratio.atn", "x"], ["--format", "table", "ratio.atn", "x"]),
      (["run", "ratio.atn", "x"], ["run", "--format", "table", "ratio.atn", "x"]),
      (["run", "-"], ["run", "--format", "table", "-"]),
    ])
  func fastFormsMatch(short: [String], long: [String]) throws {
    let folder = try RunnerTests.folder(with: "ratio.atn", "950k / 400k\nargs\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = Data("950k / 400k\n".utf8)
    let fast = try AttritionProcess.run(short, input: input, directory: folder)
    let parsed = try AttritionProcess.run(long, input: input, directory: folder)
    Expect.success(fast)
    #expect(!fast.stdout.isEmpty)
    #expect(fast.stdout == parsed.stdout && fast.status == parsed.status, "\(fast.summary)\n\(parsed.summary)")
  }

  @Test("'attrition help' and 'attrition help run' print the usage, not a missing-file error")
  func helpWord() throws {
    for arguments in [["help"], ["help", "run"]] {
      let outcome = try AttritionProcess.run(arguments)
      #expect(outcome.status == 0, "\(outcome.summary)")
      #expect(outcome.stdout.contains("USAGE:"), "\(outcome.summary)")
      #expect(!outcome.stderr.contains("no such file"), "\(outcome.summary)")
    }
  }
}
