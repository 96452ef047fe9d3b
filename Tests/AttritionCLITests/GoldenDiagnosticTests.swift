import Foundation
import Testing

/// Golden diagnostics: every `Tests/Fixtures/diagnostics/<name>.atn` fails with exit 1 and the exact stderr in
/// `<name>.expected`. `RECORD_GOLDEN=1 swift test --filter Golden` rewrites the `.expected` files.
@Suite("Golden diagnostics")
struct GoldenDiagnosticTests {
  /// The stable diagnostic names of each phase, as the catalogues (`ParseError.Kind`,
  /// `EvaluationError.Kind`, Core's `InputError.Kind` and the session's commands) define them.
  static let catalogue: [String: [String]] = [
    "parse": [
      "expected", "expected_unit", "integer_too_large", "invalid_day", "invalid_escape",
      "nested_too_deeply", "number_out_of_range", "too_many_operators", "unexpected_character", "unknown_unit",
      "unterminated_quoted_name",
      "unterminated_string",
    ],
    "evaluation": [
      "assertion_failed", "call_depth_exceeded", "cancelled", "divisor_range_contains_zero", "duplicate_argument",
      "duplicate_column", "empty_aggregate", "evaluation_too_deep", "host_failure", "incompatible_operands",
      "index_out_of_range",
      "invalid_argument", "invalid_period", "invalid_range", "missing_argument", "not_callable", "not_condition",
      "not_finite", "step_limit_exceeded", "too_large", "too_many_arguments", "unit_mismatch", "unknown_argument_label",
      "unknown_column",
      "unknown_command", "unknown_function", "unknown_member", "unknown_name", "wrong_type",
    ],
    "input": [
      "binary_file", "file_not_found", "invalid_utf8", "is_directory", "outside_allowed_folders", "unreadable",
    ],
    "command": ["invalid_name", "reserved_dataset", "run_cycle", "unknown_command"],
    "import": ["command_in_module", "cycle", "duplicate_declaration", "duplicate_module", "invalid_module_name"],
    "plugin": [
      "abi_mismatch", "duplicate_module", "forbidden", "invalid_module", "is_directory", "load_failed", "missing",
      "not_a_plugin", "not_allowed", "not_shared_library", "owned_by_another", "unreadable", "writable_by_others",
    ],
  ]

  /// Fixtures whose name is in more than one phase, or whose ID comes from another phase than the
  /// kind they stand for, with the ID they must produce.
  static let fixtureIDs: [String: String] = [
    // load() of a missing file: the evaluation's host_failure keeps the input phase's ID.
    "file_not_found": "input.file_not_found",
    // The session runs meta-commands before the evaluator sees them.
    "unknown_command": "command.unknown_command",
  ]

  /// Kinds a script run through the executable cannot provoke, and why. Each is covered elsewhere.
  static let exempt: [String: String] = [
    "evaluation.cancelled": "needs Ctrl-C during a run; covered in-process by EvaluatorHostTests",
    "evaluation.host_failure":
      "a host failure keeps the host's own ID; file_not_found.atn provokes one through load()",
    "evaluation.step_limit_exceeded":
      "the default limit takes a minute to reach; BadInputTests runs it with --max-steps, StepBudgetTests in-process",
    "evaluation.unknown_command":
      "the session answers unknown commands itself (command.unknown_command); covered by unknown_command.atn",
    "input.unreadable": "needs a file the user may not read; BadInputTests.unreadableFiles runs as nobody",
    "plugin.abi_mismatch": "needs a plugin built against another SDK; covered by PluginTests.abiMismatch",
    "plugin.duplicate_module": "shares its name with import.duplicate_module; covered by PluginLoaderTests",
    "plugin.invalid_module": "needs a plugin with a malformed descriptor; covered by PluginLoaderTests",
    "plugin.is_directory": "shares its name with input.is_directory; covered by PluginTests.badLibraries",
    "plugin.load_failed": "needs an ELF file the dynamic loader refuses; covered by PluginLoaderTests",
    "plugin.not_a_plugin": "needs a shared library without the entry points; covered by PluginTests.badLibraries",
    "plugin.unreadable": "needs a file the user may not read; BadInputTests.unreadableFiles runs as nobody",
    "plugin.forbidden": "needs --no-plugins; covered by PluginTests.pluginCommandPermission",
    "plugin.owned_by_another": "needs a file of another user; covered by PluginTests.writableByOthers",
    "plugin.writable_by_others": "needs a file others may write; covered by PluginTests.writableByOthers",
  ]

  /// The fixtures that show what a script may not do without leave; every other fixture runs with
  /// `--allow-outside` (some import modules from a sibling folder) and `--allow-plugins`.
  static let confined: Set<String> = ["outside_allowed_folders", "not_allowed"]

  /// The diagnostic ID a fixture must produce: its override, else `<phase>.<name>`.
  static func expectedID(of name: String) -> String? {
    if let id = fixtureIDs[name] { return id }
    return catalogue.filter { $0.value.contains(name) }.map { "\($0.key).\(name)" }.sorted().first
  }

  /// The fixtures: every `*.atn` entry (files, and one folder) in `Tests/Fixtures/diagnostics`.
  static let fixtures: [String] = {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: FixturePaths.diagnostics.path)) ?? []
    return entries.filter { $0.hasSuffix(".atn") }.map { String($0.dropLast(4)) }.sorted()
  }()

  /// Replaces the machine-dependent absolute path of the fixtures folder, which `load()` reports.
  static func portable(_ text: String) -> String {
    var text = text
    for folder in [FixturePaths.diagnostics, FixturePaths.diagnostics.resolvingSymlinksInPath()] {
      text = text.replacingOccurrences(of: folder.path + "/", with: "<fixtures>/")
      text = text.replacingOccurrences(of: "(\(folder.path))", with: "(<fixtures>)")
    }
    return text
  }

  @Test("each fixture fails with exit 1, its own diagnostic ID and the recorded stderr", arguments: fixtures)
  func golden(name: String) throws {
    let id = try #require(Self.expectedID(of: name), "\(name).atn is not named after a diagnostic kind")
    let leave = Self.confined.contains(name) ? [] : ["--allow-outside", "--allow-plugins"]
    let outcome = try AttritionProcess.run(["run"] + leave + ["\(name).atn"], directory: FixturePaths.diagnostics)
    #expect(!outcome.timedOut && !outcome.crashed, "\(outcome.summary)")
    #expect(outcome.status == 1, "\(outcome.summary)")
    let firstLine = outcome.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(firstLine.hasPrefix("\(name).atn"), "the diagnostic should name the file as given: \(firstLine)")
    #expect(firstLine.hasSuffix("[\(id)]"), "expected [\(id)] in: \(firstLine)")
    try GoldenFile.check(
      Self.portable(outcome.stderr), against: FixturePaths.diagnostics.appendingPathComponent("\(name).expected"),
      filter: "GoldenDiagnostic")
  }

  @Test("every diagnostic kind in the catalogues has a fixture or a stated exemption")
  func everyKindHasAFixture() {
    let provoked = Set(Self.fixtures.compactMap(Self.expectedID))
    var missing: [String] = []
    for (phase, names) in Self.catalogue.sorted(by: { $0.key < $1.key }) {
      for name in names where !provoked.contains("\(phase).\(name)") && Self.exempt["\(phase).\(name)"] == nil {
        missing.append("\(phase).\(name)")
      }
    }
    #expect(missing.isEmpty, "no fixture in Tests/Fixtures/diagnostics for: \(missing.joined(separator: ", "))")
    let stale = Self.exempt.keys.filter { provoked.contains($0) }
    #expect(stale.isEmpty, "exempt but has a fixture (drop the exemption): \(stale.sorted())")
  }

  @Test("every fixture has its .expected file and nothing else lies in the folder")
  func folderIsTidy() throws {
    #expect(!Self.fixtures.isEmpty, "no fixtures found in \(FixturePaths.diagnostics.path)")
    let entries = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.diagnostics.path)
    let expected = Set(Self.fixtures.flatMap { ["\($0).atn", "\($0).expected"] })
    let strays = entries.filter { !expected.contains($0) }
    #expect(strays.isEmpty, "files that are neither a fixture nor its .expected: \(strays.sorted())")
    let orphans = Self.fixtures.filter { !entries.contains("\($0).expected") }
    #expect(orphans.isEmpty, "fixtures without .expected: \(orphans)")
  }
}
