import AttritionCore
import Foundation
import Testing

/// SHA-256 against the FIPS 180-4 examples, across block and padding boundaries, streamed in
/// pieces, and against `sha256sum` on a real dataset file.
@Suite("SHA256: FIPS 180-4 vectors, streaming, and sha256sum on real files")
struct SHA256Tests {
  @Test(
    "the FIPS 180-4 (and NIST CAVS) examples",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrst"
          + "nopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func fipsVectors(_ message: String, _ digest: String) {
    #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
  }

  @Test("one million 'a' (FIPS 180-4), fed in pieces of 1,000 bytes")
  func millionA() {
    var hash = SHA256()
    let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000)
    for _ in 0..<1_000 { hash.update(piece) }
    #expect(hash.byteCount == 1_000_000)
    #expect(hash.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("the digest is the same however the message is cut into pieces", arguments: [1, 3, 55, 63, 64, 65, 127, 1_000])
  func streamingMatchesOneShot(_ pieceSize: Int) {
    let message = (0..<1_500).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    var hash = SHA256()
    var start = 0
    while start < message.count {
      hash.update(message[start..<min(start + pieceSize, message.count)])
      start += pieceSize
    }
    #expect(hash.hexDigest() == SHA256.hexDigest(of: message))
  }

  @Test("a digest can be taken midway and the hash updated further")
  func digestDoesNotFinish() {
    var hash = SHA256()
    hash.update(Array("ab".utf8))
    _ = hash.digest()
    hash.update(Array("c".utf8))
    #expect(hash.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test(
    "messages around the padding boundaries match sha256sum",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")),
    arguments: [55, 56, 57, 63, 64, 65, 119, 120, 128])
  func paddingBoundaries(_ length: Int) throws {
    let message = [UInt8]((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 1) })
    let folder = try PublicDatasetFixtures.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("message.bin")
    try Data(message).write(to: file)
    #expect(SHA256.hexDigest(of: message) == (try PublicDatasetFixtures.sha256sum(file.path)))
    #expect(try SHA256.hexDigest(ofFile: file.path) == (try PublicDatasetFixtures.sha256sum(file.path)))
  }

  @Test(
    "a real dataset file: the streamed file digest equals sha256sum's and the pinned one",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")))
  func realDatasetFile() throws {
    let folder = try #require(PublicDatasetFixtures.datasets, PublicDatasetFixtures.missingDatasets)
    let name = "general-staff/russia_losses_equipment.json"
    let path = DataPath.file(name, in: folder)
    let streamed = try SHA256.hexDigest(ofFile: path, chunkSize: 4_099)
    #expect(streamed == (try PublicDatasetFixtures.sha256sum(path)))
    #expect(streamed == PublicDatasetCatalog.pinned.dataset(named: name)?.sha256)
  }
}
