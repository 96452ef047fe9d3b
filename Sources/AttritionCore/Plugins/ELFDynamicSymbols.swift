import Foundation

/// The names a 64-bit little-endian ELF shared library defines in its dynamic symbol table, read
/// from the file without loading it.
///
/// `dlopen` runs a library's constructors before it returns, so a file that is not an Attrition
/// plugin would run its code before `dlsym` could tell. Reading `.dynsym` first refuses most such
/// files (any library without the plugin's entry points) without running a byte of them; a library
/// that has the entry points is still opened, constructors and all (Docs/Plugins.md says so).
struct ELFDynamicSymbols {
  /// Why the table could not be read.
  struct Unreadable: Error, Equatable {
    /// What was wrong, for a message.
    var reason: String
  }

  /// The defined symbols' names.
  let names: Set<String>

  /// Reads the table of the library at `path`.
  init(path: String) throws(Unreadable) {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
      throw Unreadable(reason: "it cannot be read")
    }
    let result = data.withUnsafeBytes { bytes in Result { () throws(Unreadable) in try Self.definedNames(in: bytes) } }
    names = try result.get()
  }

  private static func definedNames(in bytes: UnsafeRawBufferPointer) throws(Unreadable) -> Set<String> {
    guard bytes.count >= 64, bytes[4] == 2 else { throw Unreadable(reason: "it is not a 64-bit ELF file") }
    guard bytes[5] == 1 else { throw Unreadable(reason: "it is a big-endian ELF file") }
    let sectionTable = try integer(bytes, at: 0x28, size: 8)
    let sectionSize = try integer(bytes, at: 0x3A, size: 2)
    let sectionCount = try integer(bytes, at: 0x3C, size: 2)
    guard sectionSize >= 64, sectionCount > 0 else { throw Unreadable(reason: "it has no section headers") }
    func section(_ index: Int) throws(Unreadable) -> (type: Int, offset: Int, size: Int, link: Int, entry: Int) {
      let base = sectionTable + index * sectionSize
      return (
        try integer(bytes, at: base + 4, size: 4), try integer(bytes, at: base + 0x18, size: 8),
        try integer(bytes, at: base + 0x20, size: 8), try integer(bytes, at: base + 0x28, size: 4),
        try integer(bytes, at: base + 0x38, size: 8)
      )
    }
    var names = Set<String>()
    for index in 0..<sectionCount {
      let symbols = try section(index)
      // SHT_DYNSYM; each entry is an Elf64_Sym of 24 bytes.
      guard symbols.type == 11, symbols.entry >= 24 else { continue }
      guard symbols.link < sectionCount else { throw Unreadable(reason: "its symbol table names no string table") }
      let strings = try section(symbols.link)
      guard symbols.offset >= 0, symbols.size >= 0, symbols.offset <= bytes.count - symbols.size,
        strings.offset >= 0, strings.size >= 0, strings.offset <= bytes.count - strings.size
      else { throw Unreadable(reason: "its symbol table lies outside the file") }
      for entry in 0..<(symbols.size / symbols.entry) {
        let base = symbols.offset + entry * symbols.entry
        let nameOffset = try integer(bytes, at: base, size: 4)
        let sectionIndex = try integer(bytes, at: base + 6, size: 2)
        guard sectionIndex != 0, nameOffset < strings.size else { continue }
        let start = strings.offset + nameOffset
        var end = start
        while end < strings.offset + strings.size, bytes[end] != 0 { end += 1 }
        names.insert(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
      }
    }
    return names
  }

  /// A little-endian unsigned integer of `size` bytes at `offset`, checked against the file's end.
  private static func integer(_ bytes: UnsafeRawBufferPointer, at offset: Int, size: Int) throws(Unreadable) -> Int {
    guard offset >= 0, offset <= bytes.count - size else { throw Unreadable(reason: "it is cut short") }
    var value: UInt64 = 0
    for index in (0..<size).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
    guard value <= UInt64(Int.max >> 1) else { throw Unreadable(reason: "it holds an impossible offset") }
    return Int(value)
  }
}
