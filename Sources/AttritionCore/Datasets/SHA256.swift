import AttritionData
import Foundation

/// SHA-256 (FIPS 180-4), computed incrementally so a file can be hashed while it streams in.
///
/// ```swift
/// var hash = SHA256()
/// hash.update(Array("abc".utf8))
/// hash.hexDigest()  // "ba7816bf…"
/// ```
public struct SHA256: Sendable {
  /// The digest length in bytes.
  public static let digestByteCount = 32

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
  /// Bytes received that do not yet fill a 64-byte block.
  private var pending: [UInt8] = []
  /// The message length so far, in bytes.
  public private(set) var byteCount: UInt64 = 0

  /// Creates a hash of the empty message, ready for ``update(_:)``.
  public init() {
    pending.reserveCapacity(64)
  }

  /// Appends bytes to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
    byteCount &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let taken = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: bytes[0..<taken])
      offset = taken
      guard pending.count == 64 else { return }
      pending.withUnsafeBytes { block in
        if let address = block.baseAddress { compress(address) }
      }
      pending.removeAll(keepingCapacity: true)
    }
    while bytes.count - offset >= 64 {
      compress(start + offset)
      offset += 64
    }
    if offset < bytes.count { pending.append(contentsOf: bytes[offset...]) }
  }

  /// Appends bytes to the message.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    let array = Array(bytes)
    array.withUnsafeBytes { update($0) }
  }

  /// Appends the bytes of `data` to the message.
  public mutating func update(data: Data) {
    data.withUnsafeBytes { update($0) }
  }

  /// The 32-byte digest of the message so far (the hash itself can still be updated).
  public func digest() -> [UInt8] {
    var copy = self
    let bitLength = byteCount &* 8
    var tail: [UInt8] = [0x80]
    let used = (pending.count + 1) % 64
    tail.append(contentsOf: repeatElement(0, count: used <= 56 ? 56 - used : 120 - used))
    for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> shift)) }
    tail.withUnsafeBytes { copy.update($0) }
    var result: [UInt8] = []
    result.reserveCapacity(SHA256.digestByteCount)
    for word in [
      copy.state.0, copy.state.1, copy.state.2, copy.state.3, copy.state.4, copy.state.5, copy.state.6, copy.state.7,
    ] {
      for shift in stride(from: 24, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: word >> shift)) }
    }
    return result
  }

  /// The digest as 64 lower-case hexadecimal digits, as `sha256sum` prints it.
  public func hexDigest() -> String {
    SHA256.hex(digest())
  }

  /// The hexadecimal digest of `bytes`.
  public static func hexDigest(of bytes: some Sequence<UInt8>) -> String {
    var hash = SHA256()
    hash.update(bytes)
    return hash.hexDigest()
  }

  /// The hexadecimal digest of a file, read in chunks so a large file never sits in memory whole.
  ///
  /// - Throws: the file system's error when the file cannot be opened or read.
  public static func hexDigest(ofFile path: String, chunkSize: Int = 1 << 20) throws -> String {
    // The regular-file check every reader of a data file makes: a FIFO or a link to /dev/zero
    // in the cache would otherwise be read for ever.
    let (descriptor, _) = try FileContents.openRegularFile(path)
    defer { close(descriptor) }
    var hash = SHA256()
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { throw DataError.unreadable(path: path, reason: String(cString: strerror(errno))) }
      if count == 0 { return hash.hexDigest() }
      chunk.withUnsafeBytes { hash.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
  }

  /// Bytes as lower-case hexadecimal digits.
  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Runs the compression function over one 64-byte block.
  ///
  /// Masking shifts (`&>>`, `&<<`) and no helper calls keep it fast in unoptimized builds too.
  private mutating func compress(_ block: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for index in 0..<16 {
        w[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
      }
      for index in 16..<64 {
        let x = w[index &- 15]
        let y = w[index &- 2]
        let s0 = (x &>> 7 | x &<< 25) ^ (x &>> 18 | x &<< 14) ^ (x &>> 3)
        let s1 = (y &>> 17 | y &<< 15) ^ (y &>> 19 | y &<< 13) ^ (y &>> 10)
        w[index] = w[index &- 16] &+ s0 &+ w[index &- 7] &+ s1
      }
      var (a, b, c, d) = (state.0, state.1, state.2, state.3)
      var (e, f, g, h) = (state.4, state.5, state.6, state.7)
      SHA256.roundConstants.withUnsafeBufferPointer { k in
        for index in 0..<64 {
          let sum1 = (e &>> 6 | e &<< 26) ^ (e &>> 11 | e &<< 21) ^ (e &>> 25 | e &<< 7)
          let choice = (e & f) ^ (~e & g)
          let temp1 = h &+ sum1 &+ choice &+ k[index] &+ w[index]
          let sum0 = (a &>> 2 | a &<< 30) ^ (a &>> 13 | a &<< 19) ^ (a &>> 22 | a &<< 10)
          let majority = (a & b) ^ (a & c) ^ (b & c)
          h = g
          g = f
          f = e
          e = d &+ temp1
          d = c
          c = b
          b = a
          a = temp1 &+ sum0 &+ majority
        }
      }
      state = (
        state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h
      )
    }
  }
}
