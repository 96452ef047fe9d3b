import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, for download tests: each request's path
/// is answered as the test's `route` says — a whole body, a status, a body cut off mid-way, or a
/// body that stalls. It binds to the loopback address only and stops (closing every connection)
/// when ``stop()`` is called.
final class PublicDatasetLoopbackServer: @unchecked Sendable {
  // @unchecked: `requests` and `connections` are touched under `lock`.

  /// How to answer one request.
  enum Reply: Sendable {
    /// 200 with this body and its Content-Length.
    case body(Data)
    /// This status with a short text body.
    case status(Int)
    /// 200 announcing the whole body's length, then only its first `sent` bytes, then a close.
    case cutOff(Data, sent: Int)
    /// 200 announcing the whole body's length, then its first `sent` bytes, then nothing until stopped.
    case stall(Data, sent: Int)
    /// 200 announcing `announced` bytes (none: no Content-Length), then `count` bytes of `x`
    /// (or fewer, once the client hangs up).
    case oversized(announced: Int?, count: Int)
    /// 200 with this body and `Content-Encoding: gzip`.
    case encoded(Data, encoding: String)
    /// A redirect (302) to `location`.
    case redirect(String)
    /// 200 announcing the body's length, then a byte every `interval` seconds until stopped.
    case trickle(Data, interval: Double)
  }

  /// The port it listens on.
  let port: UInt16
  /// The base URL to put before `OWNER/REPO/COMMIT/PATH`.
  var baseURL: String { "http://127.0.0.1:\(port)/" }

  private let listener: Int32
  private let route: @Sendable (String) -> Reply
  private let lock = NSLock()
  private let stopped = DispatchSemaphore(value: 0)
  private let acceptLoopDone = DispatchSemaphore(value: 0)
  private var paths: [String] = []
  private var connections: Set<Int32> = []
  private var isStopped = false

  /// The request paths served so far, in order.
  var requests: [String] {
    lock.lock()
    defer { lock.unlock() }
    return paths
  }

  /// Starts listening on 127.0.0.1 at a port the system picks.
  init(route: @escaping @Sendable (String) -> Reply) throws {
    self.route = route
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw PublicDatasetLoopbackServer.failure("socket") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(descriptor, generic, length) == 0 && listen(descriptor, 16) == 0
          && getsockname(descriptor, generic, &length) == 0
      }
    }
    guard bound else {
      close(descriptor)
      throw PublicDatasetLoopbackServer.failure("bind to 127.0.0.1")
    }
    listener = descriptor
    port = UInt16(bigEndian: address.sin_port)
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  /// Stops accepting, closes every connection, and waits (at most 5 s) for the accept loop to end.
  func stop() {
    lock.lock()
    guard !isStopped else {
      lock.unlock()
      return
    }
    isStopped = true
    let open = connections
    lock.unlock()
    for _ in 0..<64 { stopped.signal() }
    shutdown(listener, Int32(SHUT_RDWR))
    for connection in open { shutdown(connection, Int32(SHUT_RDWR)) }
    _ = acceptLoopDone.wait(timeout: .now() + 5)
    close(listener)
  }

  deinit { stop() }

  private func acceptLoop() {
    defer { acceptLoopDone.signal() }
    while true {
      let connection = accept(listener, nil, nil)
      lock.lock()
      let stopping = isStopped
      if connection >= 0, !stopping { connections.insert(connection) }
      lock.unlock()
      if stopping || connection < 0 {
        if connection >= 0 { close(connection) }
        if stopping || (errno != EINTR && errno != ECONNABORTED) { return }
        continue
      }
      Thread.detachNewThread { [self] in
        serve(connection)
        lock.lock()
        connections.remove(connection)
        lock.unlock()
        close(connection)
      }
    }
  }

  private func serve(_ connection: Int32) {
    guard let path = readRequestPath(connection) else { return }
    lock.lock()
    paths.append(path)
    lock.unlock()
    switch route(path) {
    case .body(let body):
      transmit(connection, header(200, length: body.count))
      transmit(connection, body)
    case .status(let status):
      let body = Data("status \(status)\n".utf8)
      transmit(connection, header(status, length: body.count))
      transmit(connection, body)
    case .cutOff(let body, let sent):
      transmit(connection, header(200, length: body.count))
      transmit(connection, body.prefix(sent))
      shutdown(connection, Int32(SHUT_RDWR))
    case .stall(let body, let sent):
      transmit(connection, header(200, length: body.count))
      transmit(connection, body.prefix(sent))
      _ = stopped.wait(timeout: .now() + 30)
    case .oversized(let announced, let count):
      transmit(connection, header(200, length: announced))
      let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 16)
      var sent = 0
      while sent < count, transmit(connection, block.prefix(count - sent)) { sent += block.count }
    case .encoded(let body, let encoding):
      transmit(connection, header(200, length: body.count, extra: "Content-Encoding: \(encoding)\r\n"))
      transmit(connection, body)
    case .redirect(let location):
      transmit(connection, header(302, length: 0, extra: "Location: \(location)\r\n"))
    case .trickle(let body, let interval):
      transmit(connection, header(200, length: body.count))
      for byte in body where stopped.wait(timeout: .now() + interval) == .timedOut {
        guard transmit(connection, Data([byte])) else { return }
      }
    }
  }

  /// Reads the request head (up to 64 KiB) and returns the path of its request line.
  private func readRequestPath(_ connection: Int32) -> String? {
    var head = Data()
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while head.count < 65_536, head.range(of: Data("\r\n\r\n".utf8)) == nil {
      let count = recv(connection, &buffer, buffer.count, 0)
      guard count > 0 else { return nil }
      head.append(contentsOf: buffer[0..<count])
    }
    let requestLine = String(decoding: head, as: UTF8.self).split(separator: "\r\n").first ?? ""
    let parts = requestLine.split(separator: " ")
    guard parts.count >= 2 else { return nil }
    return String(parts[1])
  }

  private func header(_ status: Int, length: Int?, extra: String = "") -> Data {
    let reason = status == 200 ? "OK" : status == 404 ? "Not Found" : status == 302 ? "Found" : "Error"
    let text =
      "HTTP/1.1 \(status) \(reason)\r\nContent-Type: application/octet-stream\r\n"
      + (length.map { "Content-Length: \($0)\r\n" } ?? "") + extra + "Connection: close\r\n\r\n"
    return Data(text.utf8)
  }

  /// Sends all of `data`; false once the client has gone.
  @discardableResult
  private func transmit(_ connection: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
      guard let start = bytes.baseAddress else { return true }
      var offset = 0
      while offset < bytes.count {
        let sent = send(connection, start + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
        if sent <= 0 { return false }
        offset += sent
      }
      return true
    }
  }

  private static func failure(_ what: String) -> any Error {
    NSError(
      domain: "PublicDatasetLoopbackServer", code: Int(errno),
      userInfo: [NSLocalizedDescriptionKey: "\(what) failed: \(String(cString: strerror(errno)))"])
  }
}
