/// A dictionary from byte strings to dense codes 0, 1, 2, … in order of first appearance.
///
/// The bytes of each distinct key are copied once into one arena, and lookups hash the bytes with
/// a fast multiplicative mix, so encoding a text column costs no `String` and no allocation per cell.
struct ByteDictionary {
  /// The distinct keys' bytes, back to back.
  private(set) var arena: [UInt8] = []
  /// Where each key starts in ``arena``; one more entry than keys, the last being the arena's end.
  private(set) var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  private var slots: [Int32]
  private var mask: Int

  /// An empty dictionary sized for about `capacity` keys.
  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  /// The number of distinct keys.
  var count: Int { hashes.count }

  /// The bytes of key `code`.
  func withKey<Result>(_ code: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    arena.withUnsafeBufferPointer { buffer in
      body(UnsafeBufferPointer(rebasing: buffer[starts[code]..<starts[code + 1]]))
    }
  }

  /// Every key decoded as text, in code order.
  func strings() -> [String] {
    arena.withUnsafeBufferPointer { buffer in
      (0..<count).map {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[starts[$0]..<starts[$0 + 1]]), as: UTF8.self)
      }
    }
  }

  /// The code of `key`, adding it when new.
  @inline(__always)
  mutating func code(for key: UnsafeBufferPointer<UInt8>) -> Int32 {
    code(for: key, hash: ByteDictionary.hash(key))
  }

  /// The codes in this dictionary of every key of `other`, in `other`'s code order, adding the
  /// new ones; the keys' hashes are taken from `other` rather than computed again.
  mutating func merge(_ other: ByteDictionary) -> [Int32] {
    other.arena.withUnsafeBufferPointer { keys in
      (0..<other.count).map { code in
        let key = UnsafeBufferPointer(rebasing: keys[other.starts[code]..<other.starts[code + 1]])
        return self.code(for: key, hash: other.hashes[code])
      }
    }
  }

  /// The code of `key`, whose hash is `hash`, adding it when new.
  @inline(__always)
  private mutating func code(for key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let code = slots[slot]
      if code < 0 { break }
      if hashes[Int(code)] == hash, equals(Int(code), key) { return code }
      slot = (slot + 1) & mask
    }
    let code = Int32(hashes.count)
    slots[slot] = code
    hashes.append(hash)
    arena.append(contentsOf: key)
    starts.append(arena.count)
    if hashes.count * 2 > mask { grow() }
    return code
  }

  @inline(__always)
  private func equals(_ code: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[code]
    guard starts[code + 1] - start == key.count else { return false }
    guard let keyBase = key.baseAddress else { return true }
    return arena.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memcmpBytes(base + start, keyBase, key.count)
    }
  }

  private mutating func grow() {
    let size = (mask + 1) * 2
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
    for (code, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(code)
    }
  }

  /// A 64-bit hash of bytes: 8-byte words folded with a multiply-xorshift mix.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
    guard let base = key.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= key.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < key.count {
      tail |= UInt64(base[index]) << shift
      shift += 8
      index += 1
    }
    hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    hash ^= hash >> 29
    return hash
  }
}

/// Whether `count` bytes at two addresses are equal.
@inline(__always)
func memcmpBytes(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  var index = 0
  while index + 8 <= count {
    if UnsafeRawPointer(left).loadUnaligned(fromByteOffset: index, as: UInt64.self)
      != UnsafeRawPointer(right).loadUnaligned(fromByteOffset: index, as: UInt64.self)
    {
      return false
    }
    index += 8
  }
  while index < count {
    if left[index] != right[index] { return false }
    index += 1
  }
  return true
}
