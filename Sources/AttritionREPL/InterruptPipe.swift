import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C as bytes on a pipe (the self-pipe pattern).
///
/// The SIGINT handler only writes one byte, which is safe in a signal handler; whoever waits (the
/// line reader between keys, the prompt loop while a computation runs) polls the pipe next to
/// its other descriptor and acts on the main thread. The handler is installed with `SA_RESTART`,
/// so no other system call in the process sees `EINTR` because of Ctrl-C.
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
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      let saved = errno
      var byte: UInt8 = 3
      _ = write(interruptDescriptor, &byte, 1)
      errno = saved
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(SIGINT, &action, nil)
  }

  deinit {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigaction(SIGINT, &action, nil)
    interruptDescriptor = -1
    close(readEnd)
    close(writeEnd)
  }

  /// Empties the pipe; returns how many interrupts were waiting.
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
