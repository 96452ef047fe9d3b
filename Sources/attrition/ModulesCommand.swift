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

  @OptionGroup(title: "Plugins")
  var plugins: PluginOptions

  func run() throws {
    let session = Session(registry: try ModuleRegistry(modules: builtinModules))
    guard plugins.load(into: session, script: false) else { throw ExitCode.failure }
    if markdown {
      StandardStream.output.write(ModuleDocumentation.markdown(session.registry))
    } else {
      StandardStream.output.writeLine(session.renderer.human(.table(try session.modulesTable())))
    }
  }
}
