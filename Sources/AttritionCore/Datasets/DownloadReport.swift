/// One line of the report the download helper (`attrition-fetch`) writes to its parent, one event a
/// line, fields separated by tabs: progress, then either the finished body's size and SHA-256 or
/// the failure.
///
/// The helper is a separate executable so that `attrition` itself never links libcurl and a TLS
/// library: loading them would cost about 10 ms of every start-up.
public enum DownloadReport: Equatable, Sendable {
  /// `received` bytes so far, of `expected` when known.
  case progress(received: Int64, expected: Int64?)
  /// The whole body arrived.
  case finished(Downloader.Received)
  /// The download failed.
  case failed(DownloadError.Kind)

  /// The report as one line, without the line feed.
  public var line: String {
    func text(_ value: String) -> String {
      String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
    func optional(_ value: Int64?) -> String { value.map(String.init) ?? "-" }
    let fields: [String]
    switch self {
    case .progress(let received, let expected): fields = ["progress", "\(received)", optional(expected)]
    case .finished(let received): fields = ["finished", "\(received.byteCount)", received.sha256]
    case .failed(let kind):
      switch kind {
      case .bodyTooLarge(let limit, let received): fields = ["too_large", "\(limit)", "\(received)"]
      case .compressedBody(let encoding): fields = ["compressed_body", text(encoding)]
      case .cachedFileNotRegular(let path): fields = ["not_regular_file", text(path)]
      case .deadlineExceeded(let seconds, let received): fields = ["deadline", "\(seconds)", "\(received)"]
      case .redirectRefused(let target): fields = ["redirect_refused", text(target)]
      case .tooSlow(let received, let seconds, let rate):
        fields = ["too_slow", "\(received)", "\(seconds)", "\(rate)"]
      case .checksumMismatch(let expected, let found, let byteCount):
        fields = ["checksum_mismatch", expected, found, "\(byteCount)"]
      case .connectionLost(let received, let expected): fields = ["connection_lost", "\(received)", optional(expected)]
      case .httpStatus(let status): fields = ["http_status", "\(status)"]
      case .invalidURL: fields = ["invalid_url"]
      case .network(let reason): fields = ["network", text(reason)]
      case .timedOut(let seconds, let received): fields = ["timeout", "\(seconds)", "\(received)"]
      case .writeFailed(let path, let reason): fields = ["write_failed", text(path), text(reason)]
      }
    }
    return fields.joined(separator: "\t")
  }

  /// Parses a line written by ``line``; nil when it is not a report.
  public init?(line: some StringProtocol) {
    let fields = String(line).split(separator: Character("\t"), omittingEmptySubsequences: false).map(String.init)
    guard let tag = fields.first else { return nil }
    func number(_ index: Int) -> Int64? { index < fields.count ? Int64(fields[index]) : nil }
    func optional(_ index: Int) -> Int64?? {
      guard index < fields.count else { return nil }
      return fields[index] == "-" ? .some(nil) : Int64(fields[index]).map { .some($0) }
    }
    switch (tag, fields.count) {
    case ("progress", 3):
      guard let received = number(1), let expected = optional(2) else { return nil }
      self = .progress(received: received, expected: expected)
    case ("finished", 3):
      guard let count = number(1) else { return nil }
      self = .finished(Downloader.Received(byteCount: count, sha256: fields[2]))
    case ("checksum_mismatch", 4):
      guard let count = number(3) else { return nil }
      self = .failed(.checksumMismatch(expected: fields[1], found: fields[2], byteCount: count))
    case ("connection_lost", 3):
      guard let received = number(1), let expected = optional(2) else { return nil }
      self = .failed(.connectionLost(received: received, expected: expected))
    case ("http_status", 2):
      guard let status = Int(fields[1]) else { return nil }
      self = .failed(.httpStatus(status))
    case ("invalid_url", 1): self = .failed(.invalidURL)
    case ("network", 2): self = .failed(.network(fields[1]))
    case ("timeout", 3):
      guard let seconds = Double(fields[1]), let received = number(2) else { return nil }
      self = .failed(.timedOut(seconds: seconds, received: received))
    case ("write_failed", 3): self = .failed(.writeFailed(path: fields[1], reason: fields[2]))
    case ("too_large", 3):
      guard let limit = number(1), let received = number(2) else { return nil }
      self = .failed(.bodyTooLarge(limit: limit, received: received))
    case ("compressed_body", 2): self = .failed(.compressedBody(encoding: fields[1]))
    case ("not_regular_file", 2): self = .failed(.cachedFileNotRegular(path: fields[1]))
    case ("deadline", 3):
      guard let seconds = Double(fields[1]), let received = number(2) else { return nil }
      self = .failed(.deadlineExceeded(seconds: seconds, received: received))
    case ("redirect_refused", 2): self = .failed(.redirectRefused(target: fields[1]))
    case ("too_slow", 4):
      guard let received = number(1), let seconds = Double(fields[2]), let rate = number(3) else { return nil }
      self = .failed(.tooSlow(received: received, seconds: seconds, minimumRate: rate))
    default: return nil
    }
  }
}
