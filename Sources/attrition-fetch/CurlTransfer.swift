import AttritionCore
import CLibCurl
import Foundation

/// One download through libcurl's easy interface, blocking in `curl_easy_perform` (which waits in
/// `poll`, so a stalled server costs no CPU): the body to a descriptor, hashed as it arrives, and
/// the outcome as a ``DownloadReport``.
///
/// Every limit is libcurl's or checked in its callbacks: the pinned size caps the body (a byte
/// over it stops the transfer), a compressed answer is refused at its headers (the request asks
/// for `identity` and libcurl decodes nothing), a transfer slower than ``minimumRate`` over the
/// stall window or longer than the deadline ends, and only http and https are spoken, redirects
/// included.
final class CurlTransfer {
  /// The slowest a download may be, in bytes per second, averaged over the stall window.
  static let minimumRate = 1_024
  /// How many redirects are followed.
  static let redirectLimit = 5

  private let url: String
  private let output: Int32
  private let limit: Int64?
  private let stallSeconds: Double
  private let deadlineSeconds: Double
  private let progress: (Int64, Int64?) -> Void
  private var hasher = SHA256()
  private var received: Int64 = 0
  private var announcedLength: Int64?
  private var location: String?
  private var failure: DownloadError.Kind?
  private var lastProgress = 0 as Int64

  /// A transfer of `url` into `output`, of at most `limit` bytes when given.
  init(
    url: String, output: Int32, limit: Int64?, stallSeconds: Double, deadlineSeconds: Double,
    progress: @escaping (Int64, Int64?) -> Void
  ) {
    self.url = url
    self.output = output
    self.limit = limit
    self.stallSeconds = stallSeconds
    self.deadlineSeconds = deadlineSeconds
    self.progress = progress
  }

  /// Runs the transfer to its end.
  func run() -> DownloadReport {
    guard let handle = curl_easy_init() else { return .failed(.network("libcurl could not start")) }
    defer { curl_easy_cleanup(handle) }
    let started = Date()
    let context = Unmanaged.passUnretained(self).toOpaque()
    var headers: UnsafeMutablePointer<curl_slist>?
    headers = curl_slist_append(headers, "Accept-Encoding: identity")
    defer { curl_slist_free_all(headers) }
    attrition_curl_set_string(handle, CURLOPT_URL, url)
    attrition_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
    attrition_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
    attrition_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
    attrition_curl_set_long(handle, CURLOPT_MAXREDIRS, CurlTransfer.redirectLimit)
    attrition_curl_set_string(handle, CURLOPT_USERAGENT, "attrition")
    attrition_curl_set_pointer(handle, CURLOPT_HTTPHEADER, headers)
    attrition_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
    attrition_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(stallSeconds * 1000))
    attrition_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(deadlineSeconds * 1000))
    attrition_curl_set_long(handle, CURLOPT_LOW_SPEED_LIMIT, CurlTransfer.minimumRate)
    attrition_curl_set_long(handle, CURLOPT_LOW_SPEED_TIME, max(1, Int(stallSeconds.rounded(.up))))
    if let limit { attrition_curl_set_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limit)) }
    attrition_curl_set_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
      guard let data, let context else { return 0 }
      let line = String(decoding: UnsafeRawBufferPointer(start: data, count: size * count), as: UTF8.self)
      return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().header(line) ? size * count : 0
    }
    attrition_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
    attrition_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
      guard let data, let context else { return 0 }
      let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
      let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
      return transfer.body(bytes, status: attrition_curl_response_code(transfer.currentHandle)) ? size * count : 0
    }
    attrition_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
    currentHandle = handle
    let code = curl_easy_perform(handle)
    let elapsed = Date().timeIntervalSince(started)
    if let failure { return .failed(failure) }
    if code != CURLE_OK { return .failed(kind(of: code, elapsed: elapsed)) }
    let status = attrition_curl_response_code(handle)
    guard status == 200 else { return .failed(.httpStatus(status)) }
    if let announcedLength, received != announcedLength {
      return .failed(.connectionLost(received: received, expected: announcedLength))
    }
    return .finished(Downloader.Received(byteCount: received, sha256: hasher.hexDigest()))
  }

  private var currentHandle: UnsafeMutableRawPointer?

  /// One header line of a response (each redirect's too): the status line starts afresh.
  private func header(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.hasPrefix("HTTP/") {
      announcedLength = nil
      location = nil
      return true
    }
    guard let colon = trimmed.firstIndex(of: ":") else { return true }
    let name = trimmed[..<colon].lowercased()
    let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    switch name {
    case "content-length":
      announcedLength = Int64(value)
    case "location":
      location = value
    case "content-encoding" where value.lowercased() != "identity":
      failure = .compressedBody(encoding: value)
      return false
    default:
      break
    }
    return true
  }

  /// Body bytes: refused past the limit, written whole, hashed.
  private func body(_ bytes: UnsafeRawBufferPointer, status: Int) -> Bool {
    // The body of an error page is not the file, and libcurl calls this for it too.
    guard status == 200 else {
      failure = .httpStatus(status)
      return false
    }
    if let limit, received + Int64(bytes.count) > limit {
      failure = .bodyTooLarge(limit: limit, received: received + Int64(bytes.count))
      return false
    }
    guard let start = bytes.baseAddress else { return true }
    var offset = 0
    while offset < bytes.count {
      let written = write(output, start + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        failure = .writeFailed(path: "the temporary file", reason: String(cString: strerror(errno)))
        return false
      }
      offset += written
    }
    hasher.update(bytes)
    received += Int64(bytes.count)
    if received - lastProgress >= 1 << 16 || received == announcedLength {
      lastProgress = received
      progress(received, announcedLength ?? limit)
    }
    return true
  }

  /// What a libcurl failure means for the user.
  private func kind(of code: CURLcode, elapsed: Double) -> DownloadError.Kind {
    switch code {
    case CURLE_OPERATION_TIMEDOUT:
      if elapsed >= deadlineSeconds - 0.5 { return .deadlineExceeded(seconds: deadlineSeconds, received: received) }
      if received == 0 && announcedLength == nil && elapsed < stallSeconds + 1 {
        return .timedOut(seconds: stallSeconds, received: 0)
      }
      return .tooSlow(received: received, seconds: elapsed, minimumRate: Int64(CurlTransfer.minimumRate))
    case CURLE_FILESIZE_EXCEEDED:
      return .bodyTooLarge(limit: limit ?? 0, received: announcedLength ?? received)
    case CURLE_UNSUPPORTED_PROTOCOL:
      if let location { return .redirectRefused(target: location) }
      return .invalidURL
    case CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_GOT_NOTHING:
      return .connectionLost(received: received, expected: announcedLength)
    case CURLE_COULDNT_CONNECT:
      return .network("cannot connect to the server (connection refused)")
    case CURLE_COULDNT_RESOLVE_HOST:
      return .network("cannot resolve the host name")
    case CURLE_TOO_MANY_REDIRECTS:
      return .network("more than \(CurlTransfer.redirectLimit) redirects")
    case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE:
      return .network("the secure (TLS) connection failed: \(String(cString: curl_easy_strerror(code)))")
    default:
      return .network(String(cString: curl_easy_strerror(code)))
    }
  }
}
