import AttritionData
public import AttritionSDK
import Foundation

/// The front end of `--format csv`: CSV is one table, so a script's results are held until it
/// ends and written as one CSV on standard output, each after a comment line (`--all`), or each
/// to a file of its own (`-o DIR`). Several results without either are refused, naming their
/// lines, rather than run together into something no CSV reader reads. Diagnostics, warnings and
/// command text go to standard error at once.
public final class CSVResultsOutput: SessionOutput {
  /// Where the results go.
  public enum Destination: Equatable, Sendable {
    /// Standard output, which takes one result.
    case single
    /// Standard output, every result after a `# file:line: statement` comment line.
    case all
    /// A file each in this folder, named after the result's name, else its line.
    case folder(String)
  }

  private let destination: Destination
  private let errors: TextOutput
  private var results: [SessionResult] = []

  /// A front end writing to `destination`.
  public init(destination: Destination) {
    self.destination = destination
    errors = TextOutput(output: { Session.writeStandardError($0) }, errorOutput: { Session.writeStandardError($0) })
  }

  /// Holds results; everything else goes to standard error now.
  public func emit(_ event: SessionEvent, from session: Session) {
    if case .result(let result) = event {
      if case .null = result.value { return }
      results.append(result)
    } else {
      errors.emit(event, from: session)
    }
  }

  /// Writes the results held; false (after a diagnostic) when they cannot be written as asked.
  public func finish(_ session: Session) -> Bool {
    switch destination {
    case .single:
      guard results.count <= 1 else {
        session.report(severalResults(), file: results.first?.file)
        return false
      }
      if let result = results.first, let text = session.renderer.render(result.value) {
        StandardStream.output.writeLine(text)
      }
    case .all:
      for (index, result) in results.enumerated() {
        guard let text = session.renderer.render(result.value) else { continue }
        let statement = result.statement.split(separator: "\n").first.map(String.init) ?? ""
        StandardStream.output.writeLine((index > 0 ? "\n" : "") + "# \(result.file):\(result.line): \(statement)")
        StandardStream.output.writeLine(text)
      }
    case .folder(let folder):
      return write(into: folder, session: session)
    }
    return true
  }

  private func write(into folder: String, session: Session) -> Bool {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      session.report(Self.cannotWrite(folder, reason: error.localizedDescription), file: nil)
      return false
    }
    var used: Set<String> = []
    for result in results {
      guard let text = session.renderer.render(result.value) else { continue }
      var name = result.name ?? "line-\(result.line)"
      if used.contains(name) { name += "-line-\(result.line)" }
      used.insert(name)
      let path = (folder as NSString).appendingPathComponent(name + ".csv")
      do {
        try AtomicFile.write(Array((text + "\n").utf8), to: path)
      } catch {
        session.report(Self.cannotWrite(path, reason: error.description), file: nil)
        return false
      }
      Session.writeStandardError("wrote \(path)")
    }
    return true
  }

  /// `output.several_results`: the lines of the results, and the two ways to write them.
  private func severalResults() -> Diagnostic {
    let lines = results.map { String($0.line) }
    let listed = lines.dropLast().joined(separator: ", ") + " and " + (lines.last ?? "")
    return Diagnostic(
      id: DiagnosticID(phase: "output", name: "several_results"),
      message: "--format csv writes one table, but the script gave \(results.count) results (lines \(listed))",
      notes: [
        "keep one result, or use --all (each result after a '# file:line' comment) or -o DIR (a CSV file each)"
      ])
  }

  private static func cannotWrite(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(
      id: DiagnosticID(phase: "output", name: "cannot_write"), message: "cannot write '\(path)': \(reason)")
  }
}
