/// Puts options written before a subcommand after it: `attrition --format json run FILE` means
/// `attrition run --format json FILE`.
///
/// Without this, `run` is the default subcommand, so ArgumentParser reads the word `run` after
/// leading options as the script's file name. Options before another subcommand (`modules`,
/// `data`, …) are options of `run`, which that subcommand does not take: that is a usage error
/// naming them, rather than a confusing "unknown option" from the subcommand.
enum ArgumentOrder {
  /// A usage error found while reordering.
  struct Misplaced: Error, Equatable {
    /// The message, without the `Error: ` prefix.
    let message: String
  }

  /// Options that take no value; every other leading option takes the next argument as its value
  /// unless written `--name=value`.
  static let flags: Set<String> = [
    "-h", "--help", "--version", "--no-plugins", "--allow-plugins", "--allow-outside",
  ]

  /// Options every command that reads data or plugins takes: written before a subcommand, they
  /// are moved after it.
  static let globalOptions: Set<String> = ["--data-dir", "--plugin"]

  /// Whether `leading` holds only global options (with their values) and flags.
  static func isGlobal(_ leading: [String]) -> Bool {
    var index = 0
    while index < leading.count {
      let option = leading[index]
      let name = option.split(separator: "=", maxSplits: 1).first.map(String.init) ?? option
      if flags.contains(name) {
        index += 1
      } else if globalOptions.contains(name) {
        index += option.contains("=") ? 1 : 2
      } else {
        return false
      }
    }
    return index == leading.count
  }

  /// `arguments` (without the program name) with leading options moved after the subcommand that
  /// follows them, if any; unchanged when no subcommand follows the leading options, or when they
  /// include `-e`/`--expression` (whose later arguments are the script's `args`).
  static func normalized(_ arguments: [String], subcommands: Set<String>) throws(Misplaced) -> [String] {
    var index = 0
    var expression = false
    while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "-" {
      let option = arguments[index]
      if option == "--" { return arguments }
      let name = option.split(separator: "=", maxSplits: 1).first.map(String.init) ?? option
      if name == "-e" || name == "--expression" { expression = true }
      index += flags.contains(name) || option.contains("=") ? 1 : 2
    }
    guard index > 0, index < arguments.count, !expression, subcommands.contains(arguments[index]) else {
      return arguments
    }
    let leading = Array(arguments[..<index])
    let subcommand = arguments[index]
    if subcommand == "run" { return ["run"] + leading + arguments[(index + 1)...] }
    if leading.allSatisfy(flags.contains) { return [subcommand] + leading + arguments[(index + 1)...] }
    if isGlobal(leading) {
      // After the subcommand's own words (`data list`), before a `--`: where its options go.
      var rest = Array(arguments[(index + 1)...])
      let end = rest.firstIndex(of: "--") ?? rest.count
      rest.insert(contentsOf: leading, at: end)
      return [subcommand] + rest
    }
    throw Misplaced(
      message: "'\(leading.joined(separator: " "))' before '\(subcommand)': options before a subcommand "
        + "belong to 'run'; write 'attrition \(subcommand) [OPTIONS]' "
        + "(see 'attrition \(subcommand) --help')")
  }
}
