import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Fetches a URL over HTTP(S) into an open file, hashing the body with ``SHA256`` as it streams in.
///
/// Only status 200 is accepted; a body shorter than its `Content-Length`, a connection that
/// drops, and a pause longer than ``idleTimeout`` are errors. The caller owns the file and decides
/// what to keep: the downloader only writes to it.
public struct Downloader: Sendable {
  /// The longest wait for the next bytes, in seconds.
  public var idleTimeout: Double
  /// The longest a whole download may take, in seconds.
  public var totalTimeout: Double

  /// What a finished download received.
  public struct Received: Equatable, Sendable {
    /// The body's length in bytes.
    public let byteCount: Int64
    /// The body's SHA-256 as hexadecimal digits.
    public let sha256: String
  }

  /// Creates a downloader.
  public init(idleTimeout: Double = 30, totalTimeout: Double = 600) {
    self.idleTimeout = idleTimeout
    self.totalTimeout = totalTimeout
  }

  /// Downloads `url` into `file`, reporting `(received, expected)` byte counts to `progress`
  /// (`expected` is the `Content-Length`, else `expectedByteCount`, else nil).
  ///
  /// - Throws: ``DownloadError`` on a non-200 status, a dropped connection, a timeout, a network
  ///   failure or a failed write.
  public func fetch(
    _ url: String, into file: FileHandle, expectedByteCount: Int64? = nil,
    progress: (@Sendable (Int64, Int64?) -> Void)? = nil
  ) throws(DownloadError) -> Received {
    guard let address = URL(string: url), let scheme = address.scheme?.lowercased(),
      scheme == "http" || scheme == "https", address.host != nil
    else { throw DownloadError(.invalidURL, url: url) }
    let configuration = URLSessionConfiguration.ephemeral
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.timeoutIntervalForRequest = idleTimeout + 5
    configuration.timeoutIntervalForResource = totalTimeout
    let task = DownloadTask(
      url: url, file: file, expectedByteCount: expectedByteCount, idleTimeout: idleTimeout, progress: progress)
    let queue = OperationQueue()
    queue.maxConcurrentOperationCount = 1
    let session = URLSession(configuration: configuration, delegate: task, delegateQueue: queue)
    defer { session.invalidateAndCancel() }
    var request = URLRequest(url: address)
    request.setValue("attrition", forHTTPHeaderField: "User-Agent")
    request.setValue("identity", forHTTPHeaderField: "Accept-Encoding")
    return try task.run(session.dataTask(with: request), totalTimeout: totalTimeout)
  }
}
