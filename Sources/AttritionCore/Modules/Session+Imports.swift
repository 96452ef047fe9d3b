import AttritionLanguage
import AttritionSDK
import Foundation

extension Session {
  /// `import "path.atn"`: runs a script module once and registers its functions, namespaced by
  /// its `module` line or its file name. The path is relative to the importing file.
  ///
  /// Errors inside the module are reported in the module's own file and end the import with
  /// ``ScriptFailed``; errors about the import itself are thrown as ``ImportError``.
  func importModule(_ written: String, from importer: SourceFile) throws {
    let path = URL(fileURLWithPath: try confinedPath(written)).resolvingSymlinksInPath().path
    let name = Session.displayName(of: written, importedFrom: importer.name)
    if let chain = imports.cycle(closingAt: path, name: name) { throw ImportError.cycle(chain: chain) }
    if imports.imported[path] != nil { return }
    var source: SourceFile
    do {
      source = try SourceFile.read(path: path)
    } catch {
      throw InputError(error.kind, path: name)
    }
    source.name = name
    // Lines of their own, so an error in one of its functions, called later, names this file.
    inputs.recordFile(&source)
    imports.stack.append((path: path, name: name))
    defer { imports.stack.removeLast() }
    let module = try scriptModule(from: source)
    do {
      registry = try registry.registering([module])
    } catch {
      if case .duplicateModule(let moduleName) = error { throw ImportError.duplicateModule(moduleName, path: name) }
      throw error
    }
    imports.imported[path] = module.descriptor.name
  }

  /// Runs a module file in an evaluator of its own and describes its functions.
  private func scriptModule(from source: SourceFile) throws -> ScriptModule {
    let statements: [Statement]
    switch Parser.parse(source.text, firstLine: source.firstLine) {
    case .success(let parsed): statements = parsed
    case .failure(let failure):
      for error in failure.errors.prefix(Session.parseErrorLimit) { report(error.diagnostic, in: source) }
      throw ScriptFailed()
    }
    let evaluator = Evaluator(host: self, budget: self.evaluator.budget)
    directoryStack.append(source.directory)
    defer { directoryStack.removeLast() }
    var declaration: Statement?
    var exported: [(name: String, documentation: [String])] = []
    for statement in statements {
      switch statement.kind {
      case .command(let command, _):
        throw ImportError.commandInModule(
          command, path: source.name, line: statement.range.start.line - source.firstLine + 1)
      case .module:
        if declaration != nil {
          throw ImportError.duplicateDeclaration(
            path: source.name, line: statement.range.start.line - source.firstLine + 1)
        }
        declaration = statement
      case .importModule(let written):
        // An import that fails inside a module is reported at its own line in the module's file,
        // not at the outer import that led there.
        do {
          try importModule(written, from: source)
        } catch let failed as ScriptFailed {
          throw failed
        } catch {
          report(EvaluationError(hostError: error, at: statement.range).diagnostic, in: source)
          throw ScriptFailed()
        }
      default:
        do {
          _ = try evaluator.execute(statement)
        } catch {
          report(error.diagnostic, in: source)
          throw ScriptFailed()
        }
        if case .function(let name, _, _) = statement.kind, !name.text.hasPrefix("_") {
          exported.removeAll { $0.name == name.text }
          exported.append((name.text, statement.documentation))
        }
      }
    }
    let runtime = ScriptModuleRuntime(evaluator: evaluator, source: source, session: self)
    return try ScriptModule(source: source, declaration: declaration, exported: exported, runtime: runtime)
  }

  /// The name an imported file is shown by: the path as written, joined to the importer's folder
  /// as the user named it, so diagnostics read like the paths in the scripts.
  static func displayName(of written: String, importedFrom importer: String) -> String {
    if written.hasPrefix("/") || importer.hasPrefix("<") { return written }
    let folder = (importer as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return written }
    var parts: [String] = []
    for part in (folder + "/" + written).split(separator: "/", omittingEmptySubsequences: false) {
      if part == ".." && !parts.isEmpty && parts.last != ".." && parts.last != "" {
        parts.removeLast()
      } else if part != "." {
        parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }
}
