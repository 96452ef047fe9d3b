/// What a session remembers about script modules: those imported, and the chain being imported.
struct ImportState {
  /// The files being run or imported now, outermost first: absolute path and the name shown.
  var stack: [(path: String, name: String)] = []
  /// The module name of each file imported so far, by absolute path.
  var imported: [String: String] = [:]

  /// The chain of names from the first import of `path` on the stack, then `path` again.
  func cycle(closingAt path: String, name: String) -> [String]? {
    guard let first = stack.firstIndex(where: { $0.path == path }) else { return nil }
    return stack[first...].map(\.name) + [name]
  }
}
