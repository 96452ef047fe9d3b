import AttritionSDK

// The two C entry points the host looks up with dlsym. The ABI version is read first, so it must
// never touch a Swift type; PluginABI.compiledVersion is inlined here when the plugin is built.

/// The plugin contract version this plugin was compiled against.
@_cdecl("attrition_plugin_abi_version")
public func attritionPluginABIVersion() -> Int32 {
  PluginABI.compiledVersion
}

/// This plugin's manifest, retained for the host to take.
@_cdecl("attrition_plugin_manifest")
public func attritionPluginManifest() -> UnsafeMutableRawPointer {
  PluginManifest(name: "ForceGeneration", version: "1.0.0", modules: [ForceGenerationModule()]).retainedPointer()
}
