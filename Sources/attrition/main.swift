import ArgumentParser
import Foundation

// Usage errors exit with 2 (ArgumentParser's default is 64); script errors with 1.
do {
  let subcommands = AttritionCommand.configuration.subcommands.map { $0._commandName }
  let arguments = try ArgumentOrder.normalized(Array(CommandLine.arguments.dropFirst()), subcommands: subcommands)
  var command = try AttritionCommand.parseAsRoot(arguments)
  try command.run()
} catch let error as ArgumentOrder.Misplaced {
  FileHandle.standardError.write(Data(("Error: \(error.message)\n").utf8))
  exit(2)
} catch {
  let code = AttritionCommand.exitCode(for: error)
  if code == .validationFailure {
    FileHandle.standardError.write(Data((AttritionCommand.fullMessage(for: error) + "\n").utf8))
    exit(2)
  }
  AttritionCommand.exit(withError: error)
}
