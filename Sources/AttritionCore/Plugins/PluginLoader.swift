public import AttritionSDK
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Opens plugin libraries with `dlopen` and reads their manifests, checking the contract first.
///
/// The checks run from the cheapest and least risky to the most: the file, its ELF header, the
/// dynamic loader, the ABI version (a C call that touches no Swift type) and only then the
/// manifest. A library is never closed once opened: the Swift runtime may have registered its
/// metadata, and unmapping it would crash a later cast or print.
public enum PluginLoader {
  /// A plugin read from its library, not yet registered.
  public struct Loaded: Sendable {
    /// The library's absolute, symlink-free path.
    public let path: String
    /// What it provides.
    public let manifest: PluginManifest
  }

  private typealias VersionFunction = @convention(c) () -> Int32
  private typealias ManifestFunction = @convention(c) () -> UnsafeMutableRawPointer?

  /// Loads the plugin at an absolute path; diagnostics show the path as `name` (as the user wrote it).
  ///
  /// - Throws: ``PluginError`` naming the path and the fix; nothing is registered then.
  public static func load(path absolutePath: String, shownAs name: String? = nil) throws(PluginError) -> Loaded {
    let path = name ?? absolutePath
    let canonical = try checkFile(at: absolutePath, shownAs: path)
    guard let handle = dlopen(canonical, RTLD_NOW | RTLD_LOCAL) else {
      throw .loadFailed(path: path, reason: loaderMessage())
    }
    guard let versionSymbol = dlsym(handle, PluginABI.versionSymbol) else {
      throw .notAPlugin(path: path, missingSymbol: PluginABI.versionSymbol)
    }
    let version = unsafeBitCast(versionSymbol, to: VersionFunction.self)()
    guard version == PluginABI.loadedVersion else {
      throw .abiMismatch(path: path, plugin: version, host: PluginABI.loadedVersion)
    }
    guard let manifestSymbol = dlsym(handle, PluginABI.manifestSymbol) else {
      throw .notAPlugin(path: path, missingSymbol: PluginABI.manifestSymbol)
    }
    guard let pointer = unsafeBitCast(manifestSymbol, to: ManifestFunction.self)() else {
      throw .notAPlugin(path: path, missingSymbol: PluginABI.manifestSymbol + " (it returned no manifest)")
    }
    return Loaded(path: canonical, manifest: PluginManifest.takeRetained(pointer))
  }

  /// The canonical path of a readable regular file that starts like an ELF shared library.
  static func checkFile(at absolutePath: String, shownAs name: String? = nil) throws(PluginError) -> String {
    let path = name ?? absolutePath
    var status = stat()
    guard stat(absolutePath, &status) == 0 else {
      if errno == EACCES { throw .unreadable(path: path, reason: "permission denied") }
      throw .missing(path: path)
    }
    if status.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: path) }
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notSharedLibrary(path: path, found: "not a regular file") }
    let header = try readHeader(absolutePath, shownAs: path)
    try checkELF(header, path: path)
    guard let resolved = realpath(absolutePath, nil) else { throw .missing(path: path) }
    let canonical = String(cString: resolved)
    free(resolved)
    try checkOwnership(of: absolutePath, canonical: canonical, shownAs: path)
    let symbols: ELFDynamicSymbols
    do {
      symbols = try ELFDynamicSymbols(path: canonical)
    } catch {
      throw .notSharedLibrary(path: path, found: error.reason)
    }
    for symbol in [PluginABI.versionSymbol, PluginABI.manifestSymbol] where !symbols.names.contains(symbol) {
      throw .notAPlugin(path: path, missingSymbol: symbol)
    }
    return canonical
  }

  /// Refuses a library that someone else could have changed: one owned by another user (not
  /// root), or writable by others, or in a folder writable by others (where it could be replaced),
  /// as given and where its links lead.
  static func checkOwnership(of absolutePath: String, canonical: String, shownAs path: String) throws(PluginError) {
    var status = stat()
    guard stat(canonical, &status) == 0 else { throw .missing(path: path) }
    if status.st_uid != getuid() && status.st_uid != 0 { throw .ownedByAnother(path: path, owner: status.st_uid) }
    if status.st_mode & S_IWOTH != 0 { throw .writableByOthers(path: path, what: "the file \(canonical)") }
    let folders = [absolutePath, canonical].map { ($0 as NSString).deletingLastPathComponent }
    for folder in Set(folders) {
      var folderStatus = stat()
      guard stat(folder, &folderStatus) == 0 else { continue }
      if folderStatus.st_mode & S_IWOTH != 0 {
        throw .writableByOthers(path: path, what: "its folder \(folder)")
      }
    }
  }

  private static func readHeader(_ absolutePath: String, shownAs path: String) throws(PluginError) -> [UInt8] {
    let descriptor = open(absolutePath, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
      throw .unreadable(path: path, reason: reason)
    }
    defer { close(descriptor) }
    var header = [UInt8](repeating: 0, count: 20)
    let count = header.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
    return Array(header.prefix(count))
  }

  /// An ELF file whose type is `ET_DYN` (a shared library or a position-independent executable).
  static func checkELF(_ header: [UInt8], path: String) throws(PluginError) {
    guard header.count >= 4, header[0] == 0x7F, header[1] == 0x45, header[2] == 0x4C, header[3] == 0x46 else {
      let found = header.isEmpty ? "the file is empty" : "it does not start with an ELF header"
      throw .notSharedLibrary(path: path, found: found)
    }
    guard header.count >= 18 else { throw .notSharedLibrary(path: path, found: "its ELF header is cut short") }
    // e_type is a 16-bit field at offset 16, in the byte order given at offset 5 (1 = little endian).
    let type =
      header[5] == 1 ? UInt16(header[16]) | UInt16(header[17]) << 8 : UInt16(header[17]) | UInt16(header[16]) << 8
    switch type {
    case 3: return
    case 1: throw .notSharedLibrary(path: path, found: "an ELF object file; link it into a shared library")
    case 2: throw .notSharedLibrary(path: path, found: "an ELF executable")
    default: throw .notSharedLibrary(path: path, found: "an ELF file of type \(type)")
    }
  }

  private static func loaderMessage() -> String {
    guard let message = dlerror() else { return "the dynamic loader gave no reason" }
    return String(cString: message)
  }
}
