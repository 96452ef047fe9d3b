import Foundation

/// Fetches a URL over HTTP(S) into an open file, hashing the body with ``SHA256`` as it streams in.
///
/// Only status 200 is accepted; a body shorter than its `Content-Length` or longer than the
/// expected size, a compressed body, a connection that drops, a rate below 1 KiB/s over
/// ``idleTimeout`` seconds and a download longer than ``totalTimeout`` are errors. The caller owns the file and decides
/// what to keep: the downloader only writes to it.
///
/// The transfer itself runs in the helper executable `attrition-fetch` (found by
/// ``DownloadHelper``), which writes the body straight into the file and reports on a pipe in
/// ``DownloadReport`` lines. `attrition` thereby never loads libcurl or a TLS library, which would
/// otherwise cost every start-up about 10 ms (see Docs/Performance.md).
public struct Downloader: Sendable {
  /// The window, in seconds, over which a download must average 1 KiB/s (and the longest wait
  /// for a connection).
  public var idleTimeout: Double
  /// The longest a whole download may take, in seconds.
  public var totalTimeout: Double
  /// The helper that performs the transfer.
  public var helper: DownloadHelper

  /// What a finished download received.
  public struct Received: Equatable, Sendable {
    /// The body's length in bytes.
    public let byteCount: Int64
    /// The body's SHA-256 as hexadecimal digits.
    public let sha256: String

    /// Creates the record of a finished download.
    public init(byteCount: Int64, sha256: String) {
      self.byteCount = byteCount
      self.sha256 = sha256
    }
  }

  /// Creates a downloader.
  public init(idleTimeout: Double = 30, totalTimeout: Double = 600, helper: DownloadHelper = .located()) {
    self.idleTimeout = idleTimeout
    self.totalTimeout = totalTimeout
    self.helper = helper
  }

  /// Downloads `url` into `file`, reporting `(received, expected)` byte counts to `progress`
  /// (`expected` is the `Content-Length`, else `expectedByteCount`, else nil).
  ///
  /// - Throws: ``DownloadError`` on a non-200 status, a dropped connection, a timeout, a network
  ///   failure, a failed write, or a helper that is missing or stops without a result.
  public func fetch(
    _ url: String, into file: FileHandle, expectedByteCount: Int64? = nil,
    progress: (@Sendable (Int64, Int64?) -> Void)? = nil
  ) throws(DownloadError) -> Received {
    guard let address = URL(string: url), let scheme = address.scheme?.lowercased(),
      scheme == "http" || scheme == "https", address.host != nil
    else { throw DownloadError(.invalidURL, url: url) }
    let arguments = [url, "\(idleTimeout)", "\(totalTimeout)", expectedByteCount.map(String.init) ?? "-"]
    var outcome: DownloadReport?
    let ended: DownloadHelper.Ending
    do {
      // The helper enforces both timeouts; the parent's deadline only guards against a helper that hangs.
      ended = try helper.run(arguments, body: file.fileDescriptor, deadline: totalTimeout + 30) { line in
        switch DownloadReport(line: line) {
        case .progress(let received, let expected): progress?(received, expected)
        case let report?: outcome = report
        case nil: break
        }
      }
    } catch {
      throw DownloadError(.network(error.reason), url: url)
    }
    switch outcome {
    case .finished(let received)?: return received
    case .failed(let kind)?: throw DownloadError(kind, url: url)
    default:
      switch ended {
      case .timedOut: throw DownloadError(.timedOut(seconds: totalTimeout, received: 0), url: url)
      case .exited(let status):
        throw DownloadError(.network("the download helper '\(helper.path)' exited with status \(status)"), url: url)
      case .signalled(let signal):
        throw DownloadError(.network("the download helper '\(helper.path)' was stopped by signal \(signal)"), url: url)
      }
    }
  }
}
