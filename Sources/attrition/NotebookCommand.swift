import ArgumentParser
import AttritionBuiltins
import AttritionCore
import AttritionData
import AttritionNotebook
import Foundation

/// `attrition notebook FILE [--to md|html] [-o OUT] [--check] [--update] [--keep-going]`.
struct NotebookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notebook",
    abstract: "Run a notebook (Markdown with ```atn blocks) and render it, or check its recorded outputs.",
    discussion: """
      Renders to standard output, or to OUT with -o. Markdown output links each chart as an SVG file beside \
      OUT (OUT-chart-1.svg, …); on standard output the charts are embedded. --check exits 1 with a diff when a \
      block's output differs from its recorded ```output block; --update rewrites those blocks. A block that \
      fails shows its diagnostic and makes the command exit 1, unless --keep-going. See Docs/Notebooks.md.
      """
  )

  /// The formats a notebook renders to.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case md, html
  }

  @Argument(help: "The notebook, a Markdown file.")
  var file: String

  @Option(help: "The format: md or html.")
  var to: Format = .md

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp("The file to write (default: standard output).", valueName: "out"))
  var output: String?

  @Flag(help: "Run the notebook and compare each block's output with its recorded output block.")
  var check = false

  @Flag(help: "Run the notebook and rewrite its recorded output blocks.")
  var update = false

  @Flag(name: .customLong("keep-going"), help: "Run every block even after one fails, and exit 0.")
  var keepGoing = false

  @Flag(
    name: .customLong("allow-remote-images"),
    help:
      "Keep the prose's images on other servers in HTML (the reader's browser fetches them); by default they are left out."
  )
  var allowsRemoteImages = false

  @Option(
    name: .customLong("data-dir"),
    help: "A directory searched by load(dataset:) before ATTRITION_DATA and the cache; repeatable.")
  var dataDirectories: [String] = []

  @Flag(
    name: .customLong("allow-outside"),
    help: "Let the notebook read and write files outside its folder and the data folders.")
  var allowsOutside = false

  @OptionGroup(title: "Plugins")
  var plugins: PluginOptions

  func validate() throws {
    if check && update { throw ValidationError("--check and --update cannot be used together") }
    if (check || update) && output != nil {
      throw ValidationError("-o renders a notebook; it does not go with --check or --update")
    }
  }

  func run() throws {
    let status = LargeStack.run { [self] in execute() }
    if status != 0 { throw ExitCode(status) }
  }

  func execute() -> Int32 {
    let reporter = Session()
    let source: SourceFile
    let notebook: Notebook
    do {
      source = try SourceFile.read(path: file)
    } catch {
      reporter.report(error.diagnostic, file: error.path)
      return 1
    }
    do {
      notebook = try NotebookParser.parse(source.text)
    } catch {
      reporter.report(error.diagnostic, in: source)
      return 1
    }
    guard let registry = try? ModuleRegistry(modules: builtinModules) else { return 1 }
    let session = Session(registry: registry)
    session.dataPath = DataPath(dataDirectories: dataDirectories)
    guard plugins.load(into: session, script: true) else { return 1 }
    if !allowsOutside {
      session.confinement = FileConfinement(kind: "notebook", folder: source.directory, dataPath: session.dataPath)
    }
    let runner = NotebookRunner(session: session, directory: source.directory, keepsGoing: keepGoing)
    let run = runner.run(notebook)
    for (number, cell) in run.cells.enumerated() where cell.failed {
      Session.writeStandardError("\(file):\(cell.block.firstLine): block \(number + 1) failed:")
      for case .diagnostic(let text) in cell.items { Session.writeStandardError(text) }
    }
    let failedStatus: Int32 = run.failed && !keepGoing ? 1 : 0
    if check { return checkOutputs(run, failedStatus: failedStatus) }
    if update { return updateOutputs(notebook, run: run, failedStatus: failedStatus, session: session) }
    return render(notebook, run: run, failedStatus: failedStatus, session: session, folder: source.directory)
  }

  private func checkOutputs(_ run: NotebookRun, failedStatus: Int32) -> Int32 {
    let mismatches = NotebookText.mismatches(in: run)
    for mismatch in mismatches { Session.writeStandardError(mismatch.diff(file: file)) }
    let blocks = run.cells.count
    let failed = run.cells.filter(\.failed).count
    let skipped = run.cells.filter(\.skipped).count
    if mismatches.isEmpty && failed == 0 {
      StandardStream.output.writeLine(
        "\(file): \(blocks) block\(blocks == 1 ? "" : "s"), every recorded output matches")
      return failedStatus
    }
    if failed > 0 {
      // A failed block's recorded output may well match (it records the diagnostic), but the
      // check is not a pass: say what ran and what did not.
      let notRun = skipped > 0 ? "; \(skipped) block\(skipped == 1 ? " was" : "s were") not run and not checked" : ""
      Session.writeStandardError(
        "\(file): \(failed) of \(blocks) block\(blocks == 1 ? "" : "s") failed\(notRun)"
          + (mismatches.isEmpty ? "; the blocks that ran print their recorded output" : ""))
      if mismatches.isEmpty { return failedStatus }
    }
    Session.writeStandardError(
      "\(file): \(mismatches.count) of \(blocks) blocks print something else than their recorded output; "
        + "review the diff, then run with --update to record the new output")
    return 1
  }

  private func updateOutputs(_ notebook: Notebook, run: NotebookRun, failedStatus: Int32, session: Session) -> Int32 {
    let changed = NotebookText.mismatches(in: run).count
    do {
      try AtomicFile.write(Array(NotebookUpdater.updated(notebook, run: run).utf8), to: session.resolve(file))
    } catch {
      session.report(NotebookError.cannotWrite(path: file, reason: error.description).diagnostic, file: nil)
      return 1
    }
    StandardStream.output.writeLine("\(file): updated \(changed) recorded output\(changed == 1 ? "" : "s")")
    return failedStatus
  }

  private func render(
    _ notebook: Notebook, run: NotebookRun, failedStatus: Int32, session: Session, folder: String?
  ) -> Int32 {
    var files: [(path: String, text: String)] = []
    let text: String
    switch to {
    case .html:
      let page = NotebookHTML(notebook: notebook, run: run, folder: folder, allowsRemoteImages: allowsRemoteImages)
        .renderWithWarnings()
      for warning in page.warnings {
        Session.writeStandardError("\(file):\(warning.line): warning: \(warning.message)")
      }
      text = page.html
    case .md:
      let prefix = output.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } ?? "notebook"
      let rendered = NotebookMarkdown(notebook: notebook, run: run, chartPrefix: prefix).render()
      var markdown = rendered.markdown
      for chart in rendered.charts {
        if let output {
          let folder = (session.resolve(output) as NSString).deletingLastPathComponent
          files.append(((folder as NSString).appendingPathComponent(chart.name), chart.svg))
        } else {
          let embedded = "data:image/svg+xml;base64," + Data(chart.svg.utf8).base64EncodedString()
          markdown = markdown.replacingOccurrences(of: "](\(chart.name))", with: "](\(embedded))")
        }
      }
      text = markdown
    }
    guard let output else {
      StandardStream.output.write(text)
      return failedStatus
    }
    do {
      // `-o briefs/2025/csis.html` makes the folders it names, as a brief's tree often needs.
      let folder = (session.resolve(output) as NSString).deletingLastPathComponent
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for file in files { try AtomicFile.write(Array(file.text.utf8), to: file.path) }
      try AtomicFile.write(Array(text.utf8), to: session.resolve(output))
    } catch {
      let reason = (error as? AtomicFile.Failure)?.description ?? error.localizedDescription
      session.report(NotebookError.cannotWrite(path: output, reason: reason).diagnostic, file: nil)
      return 1
    }
    return failedStatus
  }
}
