import AttritionCore
import AttritionLanguage
import AttritionSDK
import Foundation

/// Decides what Tab completes, from the text before the cursor and what the session knows:
/// keywords, functions, modules, datasets and variables; a module's functions after `module.`;
/// a table's columns after `t.` and in a pipeline on `t`; units after a number; meta-commands
/// after `:` and their arguments; file paths in the string of `load(…)` or `import` and after
/// `:load`, `:plugin`, `:run` and `:save`.
struct Completer {
  /// The session whose names are completed.
  let session: Session

  /// The words that start a pipeline stage.
  static let stageWords = ["where", "select", "sort", "limit", "group"]

  /// The completion for the input so far; `text` ends at the cursor and holds earlier lines of
  /// a continued input.
  func complete(_ text: String) -> Completion {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = String(lines.last ?? "")
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    if lines.count == 1, trimmed.hasPrefix(":") {
      return command(String(trimmed.dropFirst()))
    }
    return code(text)
  }

  // MARK: Code

  /// Completion inside an expression or statement.
  func code(_ text: String) -> Completion {
    let line = String(text.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
    switch Completer.lineState(line) {
    case .comment: return .none
    case .string(let start):
      let characters = Array(line)
      let content = String(characters[(start + 1)...])
      let head = String(characters[..<start]).trimmingTrailingSpaces
      let isLoad =
        head.hasSuffix("(") && Completer.trailingName(of: String(head.dropLast()).trimmingTrailingSpaces) == "load"
      let isImport = head.drop { $0 == " " || $0 == "\t" } == "import"
      guard isLoad || isImport else { return .none }
      return paths(content, closing: "\"")
    case .quotedName(let start): return quotedName(in: text, line: line, start: start)
    case .code: break
    }
    let word = Completer.trailingName(of: line)
    if let first = word.first, first.isNumber { return .none }
    let before = String(line.dropLast(word.count))
    if before.hasSuffix("."), !before.hasSuffix("..") {
      let base = Completer.trailingName(of: String(before.dropLast()))
      guard let first = base.first, !first.isNumber else { return .none }
      return Completion.matching(word, among: members(of: base))
    }
    let prefixText = String(text.dropLast(word.count))
    let tokens = Completer.statementTokens(prefixText)
    let previous = tokens.last?.kind
    if case .number? = previous, tokens.last?.range.end.offset ?? 0 < prefixText.unicodeScalars.count {
      return Completion.matching(word, among: units() + keywords(["and", "or", "to"]))
    }
    if case .keyword(.to)? = previous { return Completion.matching(word, among: units()) }
    if let pipeline = Completer.pipelineSource(tokens) {
      if previous == .symbol(.pipe) { return Completion.matching(word, among: keywords(Completer.stageWords)) }
      // Columns first: a stage is mostly about them, and `ta` should become `tank`, not `table(`.
      let columns = Completion.matching(word, among: columnCandidates(of: pipeline) + stageArguments(tokens))
      return columns.candidates.isEmpty ? Completion.matching(word, among: general()) : columns
    }
    return Completion.matching(word, among: general())
  }

  /// Inside an unclosed `` `…`` name: the columns it may be, after `base.` or in a pipeline
  /// stage; never functions or keywords, which are not written in backticks.
  func quotedName(in text: String, line: String, start: Int) -> Completion {
    let characters = Array(line)
    let typed = String(characters[(start + 1)...])
    let head = String(characters[..<start])
    let names: [String]
    if head.hasSuffix("."), !head.hasSuffix("..") {
      let base = Completer.trailingName(of: String(head.dropLast()))
      guard let first = base.first, !first.isNumber else { return .none }
      names = memberNames(of: base)
    } else if let pipeline = Completer.pipelineSource(Completer.statementTokens(String(text.dropLast(typed.count + 1))))
    {
      names = columnNames(of: pipeline)
    } else {
      return .none
    }
    let candidates = names.filter { $0.hasPrefix(typed) }.map { Completion.Candidate(text: "`\($0)`") }
    // The candidates replace the opening backtick too.
    var completion = Completion.matching("`" + typed, among: candidates)
    completion.wordLength = typed.unicodeScalars.count + 1
    return completion
  }

  /// Keywords, functions, modules, datasets and variables.
  func general() -> [Completion.Candidate] {
    var candidates: [Completion.Candidate] = []
    for name in session.evaluator.globalNames {
      var suffix = ""
      if case .function? = session.evaluator.global(name) { suffix = "(" }
      candidates.append(Completion.Candidate(text: name, suffix: suffix))
    }
    candidates += keywords(Keyword.allCases.map(\.rawValue))
    candidates += (Evaluator.builtinFunctions.map(\.name) + session.functionNames).map {
      Completion.Candidate(text: $0, suffix: "(")
    }
    candidates += session.moduleNames.map { Completion.Candidate(text: $0, suffix: ".") }
    candidates += session.datasetNames.map { Completion.Candidate(text: $0) }
    return candidates
  }

  /// What follows `base.`: a module's functions, a table's or dataset's columns, a period's
  /// fields, a list's count.
  func members(of base: String) -> [Completion.Candidate] {
    if let value = session.evaluator.global(base) {
      switch value {
      case .table(let table): return table.columnNames.map { Completion.Candidate(text: Completer.spelled($0)) }
      case .period: return ["start", "end", "days"].map { Completion.Candidate(text: $0) }
      case .list: return [Completion.Candidate(text: "count")]
      default: return []
      }
    }
    if session.moduleNames.contains(base) {
      return session.functionNames(inModule: base).map { Completion.Candidate(text: $0, suffix: "(") }
    }
    return columnCandidates(of: base)
  }

  /// The columns of the table a name holds (a variable or a dataset), read if need be.
  func columnCandidates(of name: String) -> [Completion.Candidate] {
    columnNames(of: name).map { Completion.Candidate(text: Completer.spelled($0)) }
  }

  /// The column names, as they are, of the table a name holds (a variable or a dataset).
  func columnNames(of name: String) -> [String] {
    let table: Table?
    if case .table(let bound)? = session.evaluator.global(name) {
      table = bound
    } else if session.evaluator.global(name) != nil {
      return []
    } else {
      table = (try? session.table(named: name)) ?? nil
    }
    return table?.columnNames ?? []
  }

  /// The columns after `base.` that may be written in backticks: a table's, not a module's functions.
  func memberNames(of base: String) -> [String] {
    session.moduleNames.contains(base) && session.evaluator.global(base) == nil ? [] : columnNames(of: base)
  }

  /// Words a stage takes besides columns: directions after `sort`, aggregates after `group`.
  func stageArguments(_ tokens: [Token]) -> [Completion.Candidate] {
    let stage = tokens.last { $0.kind == .symbol(.pipe) }.flatMap { pipe in
      tokens.first { $0.range.start.offset > pipe.range.start.offset }
    }
    guard case .identifier(let word)? = stage?.kind else { return [] }
    switch word {
    case "sort": return keywords(["asc", "desc"])
    case "group":
      return ["sum", "mean", "min", "max", "count"].map { Completion.Candidate(text: $0, suffix: "(") }
        + keywords(["by", "as"])
    default: return []
    }
  }

  func units() -> [Completion.Candidate] {
    Unit.catalog.keys.map { Completion.Candidate(text: $0, suffix: " ") }
  }

  func keywords(_ words: [String]) -> [Completion.Candidate] {
    words.map { Completion.Candidate(text: $0, suffix: " ") }
  }

  // MARK: Meta-commands

  /// Completion after `:` — the command's name, then its argument.
  func command(_ body: String) -> Completion {
    guard let space = body.firstIndex(of: " ") else {
      let names = MetaCommand.usage.map { command in
        Completion.Candidate(text: ":" + command.name, suffix: command.usage.contains(" ") ? " " : "")
      }
      return Completion.matching(":" + body, among: names)
    }
    let name = String(body[..<space])
    let argument = String(body[space...].drop { $0 == " " })
    switch name {
    case "help", "h", "?": return Completion.matching(argument, among: helpTopics())
    case "describe":
      let tables = session.evaluator.globalNames.filter {
        if case .table? = session.evaluator.global($0) { return true }
        return false
      }
      return Completion.matching(
        argument, among: (session.datasetNames + tables).map { Completion.Candidate(text: $0) })
    case "load", "plugin", "run", "save":
      guard !argument.contains(" as ") else { return .none }
      if argument.hasPrefix("\"") {
        let completion = paths(String(argument.dropFirst()), closing: "\"")
        return Completion(
          wordLength: completion.wordLength + 1,
          candidates: completion.candidates.map { candidate in
            var quoted = candidate
            quoted.text = "\"" + candidate.text
            return quoted
          })
      }
      return paths(argument, closing: "")
    case "format": return Completion.matching(argument, among: OutputFormat.allCases.map { .init(text: $0.rawValue) })
    case "timer": return Completion.matching(argument, among: [.init(text: "on"), .init(text: "off")])
    case "explain": return code(argument)
    default: return .none
    }
  }

  /// Modules, `module.function` names and the built-in functions.
  func helpTopics() -> [Completion.Candidate] {
    var topics = session.moduleNames.map { Completion.Candidate(text: $0) }
    for module in session.moduleNames {
      topics += session.functionNames(inModule: module).map { Completion.Candidate(text: "\(module).\($0)") }
    }
    topics += (Evaluator.builtinFunctions.map(\.name) + session.functionNames).map { Completion.Candidate(text: $0) }
    return topics
  }

  // MARK: Paths

  /// The entries of the folder a partly typed path names that continue it. A folder gets `/`, a
  /// file gets `closing` (the string's closing quote); hidden entries only when asked for.
  func paths(_ typed: String, closing: String) -> Completion {
    let folderPart = typed.lastIndex(of: "/").map { String(typed[...$0]) } ?? ""
    let prefix = String(typed.dropFirst(folderPart.count))
    var folder = folderPart
    if folder.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      folder = home + folder.dropFirst()
    }
    if !folder.hasPrefix("/") { folder = session.currentDirectory + "/" + folder }
    let fileManager = FileManager.default
    guard let names = try? fileManager.contentsOfDirectory(atPath: folder) else {
      return Completion(wordLength: typed.unicodeScalars.count, candidates: [])
    }
    var candidates: [Completion.Candidate] = []
    // A folder of a million files must not freeze the prompt: look at the first 10,000.
    for name in names.prefix(10_000) where name.hasPrefix(prefix) && (prefix.hasPrefix(".") || !name.hasPrefix(".")) {
      var isDirectory: ObjCBool = false
      _ = fileManager.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory)
      candidates.append(
        isDirectory.boolValue
          ? Completion.Candidate(text: folderPart + name, suffix: "/", display: name + "/")
          : Completion.Candidate(text: folderPart + name, suffix: closing, display: name))
    }
    return Completion.matching(typed, among: candidates)
  }

  // MARK: Reading the text

  /// Where the end of a line stands: in code, in a string (from its opening quote), or in a comment.
  enum LineState: Equatable {
    case code
    case string(start: Int)
    /// In a name in backticks that is not closed yet, from its opening backtick.
    case quotedName(start: Int)
    case comment
  }

  static func lineState(_ line: String) -> LineState {
    var state = LineState.code
    var escaped = false
    var quotedNameStart: Int?
    for (offset, character) in line.enumerated() {
      switch state {
      case .string:
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          state = .code
        }
      case .code:
        if quotedNameStart != nil {
          if character == "`" { quotedNameStart = nil }
        } else if character == "\"" {
          state = .string(start: offset)
        } else if character == "`" {
          quotedNameStart = offset
        } else if character == "#" {
          return .comment
        }
      case .quotedName, .comment: return state
      }
    }
    if state == .code, let quotedNameStart { return .quotedName(start: quotedNameStart) }
    return state
  }

  /// The name at the end of the text (letters, digits, `_`, `²`, `³`).
  static func trailingName(of text: String) -> String {
    String(text.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "²" || $0 == "³" }.reversed())
  }

  /// The tokens of the statement the cursor is in: after the last `;` or line break that ends a
  /// statement (a break after an operator or before `|` does not).
  static func statementTokens(_ text: String) -> [Token] {
    let tokens = Lexer.tokenize(text).tokens.filter { $0.kind != .end }
    var start = 0
    for (index, token) in tokens.enumerated() {
      if token.kind == .symbol(.semicolon) { start = index + 1 }
      guard token.kind == .newline else { continue }
      let previous = tokens[..<index].last { $0.kind != .newline }?.kind
      let next = tokens[(index + 1)...].first { $0.kind != .newline }?.kind
      let continued: Bool =
        switch previous {
        case .symbol(let symbol)?: InputCompleteness.continuingSymbols.contains(symbol)
        case .keyword(let keyword)?: InputCompleteness.continuingKeywords.contains(keyword)
        default: false
        }
      if !continued && next != .symbol(.pipe) { start = index + 1 }
    }
    return Array(tokens[min(start, tokens.count)...]).filter { $0.kind != .newline }
  }

  /// The name a pipeline starts from, when the statement is one on a plain name (`t | …`,
  /// `let u = t | …`).
  static func pipelineSource(_ tokens: [Token]) -> String? {
    var tokens = tokens[...]
    if tokens.first?.kind == .keyword(.let), tokens.dropFirst(2).first?.kind == .symbol(.assign) {
      tokens = tokens.dropFirst(3)
    }
    var depth = 0
    guard
      let pipe = tokens.firstIndex(where: { token in
        if token.kind == .symbol(.leftParen) || token.kind == .symbol(.leftBracket) { depth += 1 }
        if token.kind == .symbol(.rightParen) || token.kind == .symbol(.rightBracket) { depth -= 1 }
        return depth == 0 && token.kind == .symbol(.pipe)
      })
    else { return nil }
    let source = tokens[..<pipe]
    guard source.count == 1, case .identifier(let name)? = source.first?.kind else { return nil }
    return name
  }

  /// A name as it must be written: in backticks when it holds characters a name cannot.
  static func spelled(_ name: String) -> String {
    let plain = name.enumerated().allSatisfy { offset, character in
      character.isLetter || character == "_"
        || (offset > 0 && (character.isNumber || character == "²" || character == "³"))
    }
    return plain && Keyword(rawValue: name) == nil ? name : "`\(name)`"
  }
}

extension String {
  /// The string without spaces and tabs at its end.
  fileprivate var trimmingTrailingSpaces: String {
    String(reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
