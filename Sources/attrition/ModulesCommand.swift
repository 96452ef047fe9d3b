import ArgumentParser
import AttritionBuiltins
import AttritionCore
import AttritionSDK

/// `attrition modules`: the registered analysis modules, or their reference in Markdown.
struct ModulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "modules",
    abstract: "List the analysis modules, or print their reference (Docs/Modules.md) with --markdown."
  )

  @Flag(help: "Print the Markdown reference generated from the module descriptors.")
  var markdown = false

  func run() throws {
    let registry = try ModuleRegistry(modules: builtinModules)
    if markdown {
      print(ModuleDocumentation.markdown(registry), terminator: "")
    } else {
      let session = Session(registry: registry)
      print(session.renderer.human(.table(try session.modulesTable())))
    }
  }
}
