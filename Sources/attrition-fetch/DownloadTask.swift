import AttritionCore
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One running download: the URLSession delegate that checks the status, writes and hashes the
/// body, watches for stalls, and turns the outcome into a finished or failed ``DownloadReport``.
final class DownloadTask: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  // @unchecked: the mutable state is touched under `lock`, by the session's serial delegate
  // queue, the watchdog and, once `finished` is signalled, the waiting caller.

  private let url: String
  private let file: FileHandle
  private let expectedByteCount: Int64?
  private let idleTimeout: Double
  private let progress: (@Sendable (Int64, Int64?) -> Void)?
  private let lock = NSLock()
  private let finished = DispatchSemaphore(value: 0)
  private var hasher = SHA256()
  private var received: Int64 = 0
  private var contentLength: Int64?
  private var failure: DownloadError.Kind?
  private var lastActivity = DispatchTime.now()

  init(
    url: String, file: FileHandle, expectedByteCount: Int64?, idleTimeout: Double,
    progress: (@Sendable (Int64, Int64?) -> Void)?
  ) {
    self.url = url
    self.file = file
    self.expectedByteCount = expectedByteCount
    self.idleTimeout = idleTimeout
    self.progress = progress
  }

  /// Starts `task`, waits for it (at most `totalTimeout` seconds and a grace period), and returns
  /// what it received or why it failed.
  func run(_ task: URLSessionDataTask, totalTimeout: Double) -> DownloadReport {
    let watchdog = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "attrition.download.watchdog"))
    let interval = max(0.05, min(1, idleTimeout / 4))
    watchdog.schedule(deadline: .now() + interval, repeating: interval)
    watchdog.setEventHandler { [weak self, weak task] in
      guard let self, self.stalled() else { return }
      task?.cancel()
    }
    watchdog.resume()
    defer { watchdog.cancel() }
    task.resume()
    if finished.wait(timeout: .now() + totalTimeout + 5) == .timedOut {
      record(.timedOut(seconds: totalTimeout, received: currentCount()))
      task.cancel()
      _ = finished.wait(timeout: .now() + 5)
    }
    lock.lock()
    defer { lock.unlock() }
    if let failure { return .failed(failure) }
    return .finished(Downloader.Received(byteCount: received, sha256: hasher.hexDigest()))
  }

  // MARK: URLSessionDataDelegate

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    touch()
    if let http = response as? HTTPURLResponse, http.statusCode != 200 {
      record(.httpStatus(http.statusCode))
      completionHandler(.cancel)
      return
    }
    // A length announced for an encoded (compressed) body does not count the decoded bytes received.
    let encoding = (response as? HTTPURLResponse)?.allHeaderFields.first { key, _ in
      (key as? String)?.lowercased() == "content-encoding"
    }
    let encoded = encoding.map { ($0.value as? String)?.lowercased() != "identity" } ?? false
    lock.lock()
    contentLength = response.expectedContentLength >= 0 && !encoded ? response.expectedContentLength : nil
    lock.unlock()
    completionHandler(.allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    touch()
    lock.lock()
    guard failure == nil else {
      lock.unlock()
      return
    }
    do {
      try file.write(contentsOf: data)
    } catch {
      failure = .writeFailed(path: "the temporary file", reason: "\(error.localizedDescription)")
      lock.unlock()
      dataTask.cancel()
      return
    }
    hasher.update(data: data)
    received += Int64(data.count)
    let (count, total) = (received, contentLength ?? expectedByteCount)
    lock.unlock()
    progress?(count, total)
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
    lock.lock()
    if failure == nil {
      if let error {
        failure = DownloadTask.kind(of: error, received: received, expected: contentLength, idle: idleTimeout)
      } else if let contentLength, received != contentLength {
        failure = .connectionLost(received: received, expected: contentLength)
      }
    }
    lock.unlock()
    finished.signal()
  }

  // MARK: State

  private func touch() {
    lock.lock()
    lastActivity = .now()
    lock.unlock()
  }

  private func currentCount() -> Int64 {
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  /// Records the first failure; later ones (the cancellation it causes) are consequences.
  private func record(_ kind: DownloadError.Kind) {
    lock.lock()
    if failure == nil { failure = kind }
    lock.unlock()
  }

  /// Whether no data arrived for the idle timeout; if so, records the timeout.
  private func stalled() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let idle = Double(DispatchTime.now().uptimeNanoseconds - lastActivity.uptimeNanoseconds) / 1e9
    guard failure == nil, idle >= idleTimeout else { return false }
    failure = .timedOut(seconds: idleTimeout, received: received)
    return true
  }

  /// What a URLSession error means for the user.
  private static func kind(of error: any Error, received: Int64, expected: Int64?, idle: Double)
    -> DownloadError.Kind
  {
    guard let urlError = error as? URLError else { return .network(error.localizedDescription) }
    switch urlError.code {
    case .timedOut:
      return .timedOut(seconds: idle, received: received)
    case .networkConnectionLost:
      return .connectionLost(received: received, expected: expected)
    case .cannotConnectToHost:
      return .network("cannot connect to the server (connection refused)")
    case .cannotFindHost, .dnsLookupFailed:
      return .network("cannot resolve the host name")
    case .notConnectedToInternet:
      return .network("not connected to the internet")
    case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
      .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
      return .network("the secure (TLS) connection failed: \(urlError.localizedDescription)")
    case .httpTooManyRedirects:
      return .network("too many redirects")
    default:
      if received > 0 || expected != nil { return .connectionLost(received: received, expected: expected) }
      return .network(urlError.localizedDescription)
    }
  }
}
