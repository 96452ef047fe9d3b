public import AttritionSDK

/// Why a download failed; an error of the `data` phase. Every message names the URL, and a failed
/// download never leaves a partial or unverified file behind.
public struct DownloadError: DiagnosticConvertible, Equatable, Sendable {
  /// What went wrong.
  public var kind: Kind
  /// The URL being fetched.
  public var url: String
  /// The file the download was for, which was not written (or left as it was).
  public var destination: String?

  /// Creates a download error.
  public init(_ kind: Kind, url: String, destination: String? = nil) {
    self.kind = kind
    self.url = url
    self.destination = destination
  }

  /// The kinds of download errors, in alphabetical order.
  public enum Kind: Equatable, Sendable {
    /// The server sent (or announced) more than the pinned size; the transfer was stopped.
    case bodyTooLarge(limit: Int64, received: Int64)
    /// The bytes received do not have the pinned SHA-256.
    case checksumMismatch(expected: String, found: String, byteCount: Int64)
    /// The file already at the destination is a device, a pipe or a socket (or a link to one):
    /// reading it could block for ever, so nothing is read or replaced.
    case cachedFileNotRegular(path: String)
    /// The server sent a compressed (`Content-Encoding`) body, which is refused.
    case compressedBody(encoding: String)
    /// The connection closed before the whole body arrived.
    case connectionLost(received: Int64, expected: Int64?)
    /// The download was not finished within the total deadline.
    case deadlineExceeded(seconds: Double, received: Int64)
    /// The server answered with a status other than 200.
    case httpStatus(Int)
    /// The URL (or the base URL it was built from) is not an http or https URL.
    case invalidURL
    /// Any other network failure, with the system's explanation.
    case network(String)
    /// A redirect led to a URL that is not http or https (`file://`, `ftp://`); it was not followed.
    case redirectRefused(target: String)
    /// No data arrived for `seconds`.
    case timedOut(seconds: Double, received: Int64)
    /// Data came slower than `minimumRate` bytes a second over the stall window; `seconds` is
    /// how long the download ran.
    case tooSlow(received: Int64, seconds: Double, minimumRate: Int64)
    /// A file could not be created, written or renamed.
    case writeFailed(path: String, reason: String)
  }

  /// The diagnostic, in the `data` phase.
  public var diagnostic: Diagnostic {
    let link = "'\(url)'"
    let name: String
    let message: String
    var notes: [String] = []
    switch kind {
    case .bodyTooLarge(let limit, let received):
      name = "too_large"
      message =
        "cannot download \(link): the server sent more than the pinned \(DownloadError.bytes(limit)) "
        + "(at least \(DownloadError.count(received)) bytes arrived), so the download was stopped"
      notes.append("the pinned file has that size exactly; the server does not serve it")
    case .cachedFileNotRegular(let path):
      name = "not_regular_file"
      message =
        "cannot pull \(link) into '\(path)': that path is not a regular file but a device, a pipe or a socket "
        + "(or a link to one), so it was neither read nor replaced"
      notes.append("remove it, then pull again")
    case .compressedBody(let encoding):
      name = "compressed_body"
      message =
        "cannot download \(link): the server sent a '\(encoding)'-encoded body, although the request asked "
        + "for none (identity); compressed answers are refused"
    case .deadlineExceeded(let seconds, let received):
      name = "deadline"
      message =
        "cannot download \(link): not finished within the deadline of \(DownloadError.seconds(seconds)) "
        + "(\(DownloadError.bytes(received)) received)"
      notes.append("a longer deadline: 'attrition data pull --deadline SECONDS'")
    case .redirectRefused(let target):
      name = "redirect_refused"
      message =
        "cannot download \(link): the server redirected to '\(target)', which is not an http or https URL; "
        + "the redirect was not followed"
    case .tooSlow(let received, let seconds, let rate):
      name = "too_slow"
      message =
        "cannot download \(link): data came slower than \(DownloadError.bytes(rate)) a second for too long "
        + "(\(DownloadError.bytes(received)) in \(DownloadError.seconds(seconds.rounded())))"
      notes.append("a longer window for slow links: 'attrition data pull --timeout SECONDS'")
    case .checksumMismatch(let expected, let found, let byteCount):
      name = "checksum_mismatch"
      message = "checksum mismatch for \(link): expected SHA-256 \(expected), got \(found)"
      notes.append("received \(DownloadError.bytes(byteCount)); the server does not serve the pinned file")
    case .connectionLost(let received, let expected):
      name = "connection_lost"
      let amount =
        expected.map { "\(DownloadError.count(received)) of \(DownloadError.bytes($0))" }
        ?? DownloadError.bytes(received)
      message = "cannot download \(link): the connection closed after \(amount)"
    case .httpStatus(let status):
      name = "http_status"
      message = "cannot download \(link): the server answered HTTP \(status) (\(DownloadError.reason(status)))"
    case .invalidURL:
      name = "invalid_url"
      message = "cannot download \(link): not an http or https URL"
      notes.append("a base URL set in ATTRITION_DATASETS_BASE_URL must start with 'http://' or 'https://'")
    case .network(let reason):
      name = "network"
      message = "cannot download \(link): \(reason)"
    case .timedOut(let seconds, let received):
      name = "timeout"
      message =
        "cannot download \(link): timed out after \(DownloadError.seconds(seconds)) without data "
        + "(\(DownloadError.bytes(received)) received)"
    case .writeFailed(let path, let reason):
      name = "write_failed"
      message = "cannot write '\(path)' while downloading \(link): \(reason)"
    }
    if let destination { notes.append("the download was discarded: nothing was written to '\(destination)'") }
    return Diagnostic(id: DiagnosticID(phase: "data", name: name), message: message, notes: notes)
  }

  /// `1,024 bytes`.
  static func bytes(_ count: Int64) -> String {
    count == 1 ? "1 byte" : "\(DownloadError.count(count)) bytes"
  }

  /// `706,073`.
  static func count(_ value: Int64) -> String {
    let digits = String(value.magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return (value < 0 ? "-" : "") + grouped
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 301, 302, 307, 308: "redirected too often"
    case 400: "bad request"
    case 401: "unauthorized"
    case 403: "forbidden"
    case 404: "not found"
    case 410: "gone"
    case 429: "too many requests"
    case 500: "internal server error"
    case 502: "bad gateway"
    case 503: "service unavailable"
    case 504: "gateway timeout"
    default: status >= 500 ? "server error" : "unexpected status"
    }
  }
}
