import Foundation

/// Where each session's transcript lives. `Session` is declared elsewhere and an extension cannot
/// add stored properties, so transcripts are kept here, keyed by session and dropped with it.
final class TranscriptStore: @unchecked Sendable {
  // @unchecked: every access to `transcripts` holds `lock`.
  private struct Slot {
    weak var session: Session?
    var transcript: SessionTranscript
  }

  static let shared = TranscriptStore()

  private let lock = NSLock()
  private var transcripts: [ObjectIdentifier: Slot] = [:]

  /// The transcript of a session (empty when nothing was recorded).
  func transcript(of session: Session) -> SessionTranscript {
    lock.lock()
    defer { lock.unlock() }
    return live(session)?.transcript ?? SessionTranscript()
  }

  /// Changes a session's transcript.
  func update(_ session: Session, _ change: (inout SessionTranscript) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    // A freed session's identifier can be reused by a new one: drop slots whose session is gone.
    transcripts = transcripts.filter { $0.value.session != nil }
    var slot = live(session) ?? Slot(session: session, transcript: SessionTranscript())
    change(&slot.transcript)
    transcripts[ObjectIdentifier(session)] = slot
  }

  private func live(_ session: Session) -> Slot? {
    guard let slot = transcripts[ObjectIdentifier(session)], slot.session === session else { return nil }
    return slot
  }
}
