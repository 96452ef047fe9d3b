import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C, SIGTERM and SIGHUP as bytes on a pipe (the self-pipe pattern).
///
/// The handlers only write one byte (and SIGTERM's and SIGHUP's set a flag), which is safe in a
/// signal handler; whoever waits (the line reader between keys, the prompt loop while a
/// computation runs) polls the pipe next to its other descriptor and acts on the main thread: a
/// termination signal ends the session as Ctrl-D does, with the history written and no
/// temporary file left. The handlers are installed with `SA_RESTART`, so no other system call in
/// the process sees `EINTR` because of them.
final class InterruptPipe: @unchecked Sendable {
  // @unchecked: the descriptors are fixed at creation; the pipe itself is safe to share.

  /// The end the prompt loop polls.
  let readEnd: Int32
  private let writeEnd: Int32

  /// Creates the pipe and installs the SIGINT handler; nil when the system refuses a pipe.
  init?() {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return nil }
    readEnd = ends[0]
    writeEnd = ends[1]
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    interruptDescriptor = writeEnd
    terminationSignal = 0
    InterruptPipe.install(for: InterruptPipe.signals)
  }

  /// Puts the pipe's handler in place for `signals`.
  private static func install(for signals: [Int32]) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signal in
      let saved = errno
      if signal != SIGINT { terminationSignal = signal }
      var byte = UInt8(truncatingIfNeeded: signal)
      _ = write(interruptDescriptor, &byte, 1)
      errno = saved
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    for signal in signals { sigaction(signal, &action, nil) }
  }

  /// Takes SIGTERM and SIGHUP back from libedit while it reads a line.
  ///
  /// libedit's own handlers (`EL_SIGNAL`) pass a signal on with `kill(0, …)`, to the whole
  /// process group: a shell that started the REPL without job control would be ended with it.
  /// Ours only end the session; libedit puts its saved handlers (ours) back when the line is read.
  func claimTerminationSignals() {
    InterruptPipe.install(for: [SIGTERM, SIGHUP])
  }

  deinit {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    for signal in InterruptPipe.signals { sigaction(signal, &action, nil) }
    interruptDescriptor = -1
    close(readEnd)
    close(writeEnd)
  }

  /// The signals written to the pipe.
  private static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Whether SIGTERM or SIGHUP arrived: the session is to end.
  var terminationRequested: Bool { terminationSignal != 0 }

  /// Empties the pipe; returns how many signals were waiting.
  @discardableResult
  func drain() -> Int {
    var count = 0
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let read = Glibc.read(readEnd, &buffer, buffer.count)
      if read > 0 {
        count += read
      } else if read < 0, errno == EINTR {
        continue
      } else {
        return count
      }
    }
  }
}

/// Where the signal handler writes: a C handler cannot capture context.
private nonisolated(unsafe) var interruptDescriptor: Int32 = -1
/// The termination signal that arrived, or 0: a handler may only set a plain variable.
private nonisolated(unsafe) var terminationSignal: Int32 = 0
