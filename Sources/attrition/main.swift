import ArgumentParser
import AttritionCore
import AttritionData
import Foundation

// A write past the file-size limit (ulimit -f) must fail with EFBIG, which every writer reports
// and recovers from, rather than kill the process with SIGXFSZ and leave a temporary file behind.
signal(SIGXFSZ, SIG_IGN)

// A run ended by a signal removes the temporary file of a save it was making, then ends as the
// signal would have ended it. The REPL installs its own handlers (it ends as at Ctrl-D).
for terminating in [SIGINT, SIGTERM, SIGHUP] {
  signal(terminating) { received in
    AtomicFile.removeInFlight()
    signal(received, SIG_DFL)
    raise(received)
  }
}

/// Ends the process with `status`, or with 1 and a message when output to standard output was lost.
func finish(_ status: Int32) -> Never {
  if let failure = StandardStream.output.failure {
    StandardStream.error.writeLine("attrition: error: cannot write to standard output: \(failure)")
    exit(max(status, 1))
  }
  exit(status)
}

// Usage errors exit with 2 (ArgumentParser's default is 64); script errors with 1.
let arguments = Array(CommandLine.arguments.dropFirst())
let subcommands = AttritionCommand.subcommandNames
// The common command lines skip ArgumentParser's reflection, a fifth of start-up (FastArguments).
if let settings = FastArguments.settings(for: arguments, subcommands: subcommands) {
  finish(settings.run())
}
do {
  let ordered = try ArgumentOrder.normalized(arguments, subcommands: subcommands)
  var command = try AttritionCommand.parseAsRoot(ordered)
  try command.run()
  finish(0)
} catch let error as ArgumentOrder.Misplaced {
  FileHandle.standardError.write(Data(("Error: \(error.message)\n").utf8))
  exit(2)
} catch {
  let code = AttritionCommand.exitCode(for: error)
  if code == .validationFailure {
    FileHandle.standardError.write(Data((AttritionCommand.fullMessage(for: error) + "\n").utf8))
    exit(2)
  }
  if let code = error as? ExitCode { finish(code.rawValue) }
  AttritionCommand.exit(withError: error)
}
