/// The command lines most runs use, recognised without ArgumentParser: `attrition` (the REPL or
/// standard input), `attrition -e EXPR`, `attrition FILE [ARG…]` and `attrition run FILE [ARG…]`
/// with no option anywhere but `--echo on|off`.
///
/// ArgumentParser builds its command tree by reflection (`Mirror`, type look-ups by mangled name,
/// protocol-conformance scans) before it reads an argument, which cost about a fifth of
/// `attrition -e '950k/400k'` (see Docs/Performance.md). Every other command line, and any with an
/// option or a word that could be one, goes to ArgumentParser, so the two cannot disagree: these
/// forms have no option to misread, and they mean the same under both.
enum FastArguments {
  /// The settings for `arguments` (without the program name), or nil when ArgumentParser must read them.
  static func settings(for arguments: [String], subcommands: Set<String>) -> RunSettings? {
    var arguments = arguments
    var echo: Bool?
    if let index = arguments.firstIndex(of: "--echo"), index + 1 < arguments.count,
      ["on", "off"].contains(arguments[index + 1]), !arguments[..<index].contains("--")
    {
      echo = arguments[index + 1] == "on"
      arguments.removeSubrange(index...(index + 1))
    }
    guard var settings = plainSettings(for: arguments, subcommands: subcommands) else { return nil }
    settings.echo = echo
    return settings
  }

  /// The settings for a command line without `--echo`.
  private static func plainSettings(for arguments: [String], subcommands: Set<String>) -> RunSettings? {
    var settings = RunSettings()
    switch arguments.first {
    case nil:
      return settings
    case "-e"?, "--expression"?:
      guard arguments.count == 2 else { return nil }
      settings.expression = arguments[1]
      return settings
    case "run"?:
      return script(Array(arguments.dropFirst()), subcommands: [])
    case let first?:
      // A word that names a subcommand (or ArgumentParser's `help`) is that, not a script.
      guard !subcommands.contains(first), first != "help" else { return nil }
      return script(arguments, subcommands: subcommands)
    }
  }

  /// `FILE [ARG…]`, where nothing looks like an option (`-` alone reads standard input) but
  /// `--echo on|off`, which the benchmark's cold start passes.
  private static func script(_ arguments: [String], subcommands: Set<String>) -> RunSettings? {
    guard let file = arguments.first else { return nil }
    guard arguments.allSatisfy({ !$0.hasPrefix("-") || $0 == "-" }) else { return nil }
    var settings = RunSettings()
    settings.file = file
    settings.scriptArguments = Array(arguments.dropFirst())
    return settings
  }
}
