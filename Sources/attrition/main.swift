import ArgumentParser
import Foundation

// Usage errors exit with 2 (ArgumentParser's default is 64); script errors with 1.
do {
  var command = try AttritionCommand.parseAsRoot()
  try command.run()
} catch {
  let code = AttritionCommand.exitCode(for: error)
  if code == .validationFailure {
    FileHandle.standardError.write(Data((AttritionCommand.fullMessage(for: error) + "\n").utf8))
    exit(2)
  }
  AttritionCommand.exit(withError: error)
}
