import AttritionData
import AttritionLanguage
public import AttritionSDK
import Foundation

extension Session {
  /// Whether the session should stop after a command (`:quit`).
  enum CommandOutcome {
    case proceed
    case quit
  }

  /// Runs a meta-command, writing what it shows to ``output``.
  func execute(_ command: MetaCommand) throws -> CommandOutcome {
    switch command {
    case .help(let topic):
      let help = HelpText(registry: registry, hostFunctions: Array(hostFunctions.values), width: helpWidth)
      output(try help.render(topic))
    case .modules:
      output(renderer.human(.table(try modulesTable())))
    case .datasets:
      output(renderer.human(.table(try datasetsTable())))
    case .describe(let name):
      output(try describe(name))
    case .explain(let expression):
      output(try explain(expression))
    case .load(let path, let name):
      var options = LoadOptions()
      options.cancellation = loadCancellation
      var table = try TableLoader.load(path: confinedPath(path), options: options)
      let datasetName = name ?? Session.datasetName(forPath: path)
      if let module = moduleOwning(dataset: datasetName) {
        throw CommandError.reservedDataset(name: datasetName, module: module)
      }
      table.summary = table.summary ?? path
      catalog.register(name: datasetName, table: table)
      output("loaded '\(datasetName)': \(Session.shape(of: table))")
    case .plugin(let path):
      if pluginsForbidden { throw PluginError.forbidden(path: path) }
      guard allowsPluginCommand else { throw PluginError.notAllowed(path: path, source: confinement?.kind ?? "script") }
      output(try loadPlugin(at: path).summary)
    case .run(let path):
      let resolved = try confinedPath(path)
      // A script that runs itself would recurse until the stack overflows.
      if let first = imports.stack.firstIndex(where: { $0.path == resolved }) {
        throw CommandError.runCycle(chain: imports.stack[first...].map(\.name) + [path])
      }
      var source = try SourceFile.read(path: resolved)
      inputs.recordFile(&source)
      guard run(source) else { throw ScriptFailed() }
    case .save(let path):
      output(try saveTranscript(to: path))
    case .format(let format):
      renderer.format = format
    case .timer(let on):
      showsTimings = on
    case .quit:
      return .quit
    }
    return .proceed
  }

  /// The module whose reference dataset has this name, if any: such a name is not for loaded files.
  func moduleOwning(dataset name: String) -> String? {
    registry.modules.first { $0.datasets.contains { $0.name == name } }?.name
  }

  /// A table of the registered modules.
  public func modulesTable() throws -> Table {
    try Table(columns: [
      Column(name: "module", data: .string(StringColumn(registry.modules.map(\.name)))),
      Column(name: "version", data: .string(StringColumn(registry.modules.map(\.version)))),
      Column(name: "functions", data: .integer(registry.modules.map { Int64($0.functions.count) })),
      Column(name: "summary", data: .string(StringColumn(registry.modules.map(\.summary)))),
    ])
  }

  func datasetsTable() throws -> Table {
    let entries = catalog.names.compactMap { catalog.entry(named: $0) }
    return try Table(columns: [
      Column(name: "dataset", data: .string(StringColumn(entries.map(\.name)))),
      Column(name: "rows", data: .integer(entries.map { $0.table.map { Int64($0.rowCount) } })),
      Column(name: "summary", data: .string(StringColumn(entries.map(\.summary)))),
    ])
  }

  /// `:describe`: a table's columns with types, units and missing cells; rows; date range; sources.
  func describe(_ name: String) throws -> String {
    let table: Table
    if case .table(let bound)? = evaluator.global(name) {
      table = bound
    } else if let dataset = try catalog.table(named: name) {
      table = dataset
    } else {
      let names = catalog.names + evaluator.globalNames
      throw CommandError.unknownTable(name, suggestion: Suggestions.closest(to: name, among: names))
    }
    var lines = ["\(name): \(Session.shape(of: table))"]
    if let summary = table.summary { lines.append(summary) }
    let schema = try Table(columns: [
      Column(name: "column", data: .string(StringColumn(table.columns.map(\.name)))),
      Column(name: "type", data: .string(StringColumn(table.columns.map(\.data.typeName)))),
      Column(name: "unit", data: .string(StringColumn(table.columns.map { $0.unit.description }))),
      Column(
        name: "missing",
        data: .integer(table.columns.map { column in Int64((0..<column.count).filter(column.isMissing).count) })),
    ])
    lines.append(renderer.human(.table(schema)))
    for column in table.columns {
      guard case .day(let days) = column.data, let first = days.compactMap({ $0 }).min(),
        let last = days.compactMap({ $0 }).max()
      else { continue }
      lines.append("\(column.name): \(first) → \(last)")
    }
    let sources = table.provenance.citations
    lines.append("sources: " + (sources.isEmpty ? "none recorded" : sources.joined(separator: "; ")))
    return lines.joined(separator: "\n")
  }

  /// `1,641 rows × 2 columns`.
  static func shape(of table: Table) -> String {
    let rows = NumberFormat.exact(Double(table.rowCount))
    return
      "\(rows) row\(table.rowCount == 1 ? "" : "s") × \(table.columns.count) column\(table.columns.count == 1 ? "" : "s")"
  }

  /// The dataset name a file gets when none is given: its stem, as a valid name.
  static func datasetName(forPath path: String) -> String {
    let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let name = String(stem.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    return name.first?.isLetter ?? false ? name : "t_" + name
  }
}

/// A `:run` script failed; its own diagnostic has already been reported.
struct ScriptFailed: Error {}
