import AttritionData
import AttritionLanguage
import AttritionNotebook
import AttritionSDK

/// A fuzz target: a function of arbitrary bytes that must return, whatever the bytes are.
///
/// Errors are expected and fine (bad input gets a diagnostic); a crash, a hang or a sanitizer
/// report is a bug. Each target is also run over its corpus and every input that ever crashed it
/// by `AttritionFuzzTests`, in `make test`.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The lexer and the parser, over any text.
  case parser
  /// The evaluator, over programs that parse, with the built-in modules and a step budget.
  case evaluator
  /// The CSV reader (comma, then tab as the delimiter).
  case csv
  /// The JSON records reader, and the JSON lines reader over the same bytes.
  case json
  /// The GeoJSON reader.
  case geojson
  /// The notebook parser, and the rewrite `--update` makes of what it parsed.
  case notebook
  /// Charts of any values (∞, NaN, ±1.8e308, subnormals, days far apart) drawn as text and SVG.
  case chart
  /// Plugin manifests of any names, versions, parameters and examples, registered and documented
  /// as the host does when it loads a plugin.
  case manifest

  /// The steps one fuzzed program may take, so no input runs for long.
  public static let stepLimit = 200_000

  /// Runs the target on one input; returns normally for every input.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .parser:
      _ = Parser.parse(String(decoding: bytes, as: UTF8.self))
    case .evaluator:
      FuzzTarget.evaluate(String(decoding: bytes, as: UTF8.self))
    case .csv:
      _ = try? CSVReader(options: CSVOptions()).read(bytes, file: "fuzz.csv")
      _ = try? CSVReader(options: CSVOptions(delimiter: "\t")).read(bytes, file: "fuzz.tsv")
    case .json:
      _ = try? JSONRecordsReader(types: [:]).read(bytes, file: "fuzz.json")
      _ = try? JSONLinesReader(types: [:]).read(bytes, file: "fuzz.jsonl")
    case .geojson:
      _ = try? GeoJSONReader(types: [:]).read(bytes, file: "fuzz.geojson")
    case .notebook:
      FuzzTarget.parseNotebook(String(decoding: bytes, as: UTF8.self))
    case .chart:
      FuzzTarget.drawChart(bytes)
    case .manifest:
      FuzzTarget.registerManifest(bytes)
    }
  }

  /// Parses a notebook, then rewrites it as `--update` would with every block printing nothing and
  /// parses the result again: the rewrite must stay a notebook with the same code.
  static func parseNotebook(_ text: String) {
    guard let notebook = try? NotebookParser.parse(text) else { return }
    let cells = notebook.codeBlocks.map { NotebookRun.Cell(block: $0, items: [], failed: false, skipped: false) }
    let rewritten = NotebookUpdater.updated(notebook, run: NotebookRun(cells: cells))
    guard let again = try? NotebookParser.parse(rewritten) else {
      preconditionFailure("a rewritten notebook no longer parses")
    }
    precondition(again.codeBlocks.map(\.source) == notebook.codeBlocks.map(\.source), "the rewrite changed code")
  }

  /// Parses and runs a program statement by statement, as a script runs, rendering nothing.
  static func evaluate(_ text: String) {
    guard case .success(let statements) = Parser.parse(text) else { return }
    let host = FuzzHost()
    let evaluator = Evaluator(host: host, budget: StepBudget(limit: stepLimit))
    for statement in statements {
      evaluator.budget.used = 0
      do {
        _ = try evaluator.execute(statement)
      } catch {
        // A diagnostic is the right answer to bad input; keep going as the REPL would.
        _ = error.diagnostic
      }
    }
  }
}
