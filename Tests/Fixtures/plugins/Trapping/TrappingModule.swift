import AttritionSDK

/// A plugin for the tests whose one function traps, as native code with a bug does: the REPL must
/// have saved the session's inputs before calling it.
public struct TrappingModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module `trap`: `trap.now()` ends the process.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "trap", version: "1.0.0", summary: "A function that traps, for the tests of what a trap loses.",
      functions: [
        FunctionDescriptor(name: "now", summary: "Traps at once.", parameters: [], returns: "nothing") { _ in
          preconditionFailure("the test plugin traps on purpose")
        }
      ])
  }
}

/// The plugin contract version this plugin was compiled against.
@_cdecl("attrition_plugin_abi_version")
public func attritionPluginABIVersion() -> Int32 {
  PluginABI.compiledVersion
}

/// This plugin's manifest, retained for the host to take.
@_cdecl("attrition_plugin_manifest")
public func attritionPluginManifest() -> UnsafeMutableRawPointer {
  PluginManifest(name: "Trapping", version: "1.0.0", modules: [TrappingModule()]).retainedPointer()
}
