import Foundation

/// Which URLs a brief's prose may keep: links to the web and within the page, and images that are
/// inlined from the notebook's own folder or, when asked for, fetched by the reader's browser.
struct ProseURLPolicy {
  /// What happens to one URL.
  enum Answer: Equatable {
    /// The URL to write (for a local image, a `data:` URL of its bytes).
    case keep(String)
    /// Left out, for this reason.
    case drop(String)
  }

  /// The folder relative image paths are read from: the notebook's. Nil: none are read.
  var folder: String?
  /// Whether an image on another server stays as a link the reader's browser fetches.
  var allowsRemoteImages = false
  /// The largest image file inlined.
  static let largestImage = 5 << 20
  /// The media types of the image files that are inlined, by extension.
  static let imageTypes = [
    "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
    "svg": "image/svg+xml",
  ]

  /// A link's target: `http`, `https` and `mailto` URLs, and those within the page or beside it.
  func link(_ url: String) -> Answer {
    let scheme = Self.scheme(of: url)
    switch scheme {
    case nil, "http", "https", "mailto": return .keep(url)
    default: return .drop("'\(Self.shown(url))' is a \(scheme ?? "")-URL, which a brief does not link to")
    }
  }

  /// An image's source.
  func image(_ url: String) -> Answer {
    let scheme = Self.scheme(of: url)
    let remote = scheme == "http" || scheme == "https" || Self.cleaned(url).hasPrefix("//")
    if remote {
      return allowsRemoteImages
        ? .keep(url)
        : .drop("'\(Self.shown(url))' is on another server and was not fetched (--allow-remote-images keeps it)")
    }
    if scheme == "data" {
      let lowered = Self.cleaned(url).lowercased()
      let raster = ["data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;"]
      return raster.contains { lowered.hasPrefix($0) } ? .keep(url) : .drop("a data-URL that is not a raster image")
    }
    if let scheme { return .drop("'\(Self.shown(url))' is a \(scheme)-URL") }
    return localImage(url)
  }

  /// A relative image path read from the notebook's folder tree and inlined.
  private func localImage(_ url: String) -> Answer {
    guard let folder else { return .drop("'\(Self.shown(url))' is a local file, and no folder was given") }
    let path = (url.removingPercentEncoding ?? url).split(separator: "?").first.map(String.init) ?? url
    guard !path.hasPrefix("/") else { return .drop("'\(Self.shown(url))' is outside the notebook's folder") }
    let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    let file = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: root, isDirectory: true))
      .standardizedFileURL.resolvingSymlinksInPath().path
    guard file.hasPrefix(root + "/") else { return .drop("'\(Self.shown(url))' is outside the notebook's folder") }
    guard let type = Self.imageTypes[(file as NSString).pathExtension.lowercased()] else {
      return .drop("'\(Self.shown(url))' is not a PNG, JPEG, GIF, WebP or SVG file")
    }
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
      attributes[.type] as? FileAttributeType == .typeRegular
    else { return .drop("'\(Self.shown(url))' is not a readable file") }
    guard let size = attributes[.size] as? Int, size <= Self.largestImage else {
      return .drop("'\(Self.shown(url))' is larger than \(Self.largestImage >> 20) MiB")
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      return .drop("'\(Self.shown(url))' cannot be read")
    }
    return .keep("data:\(type);base64,\(data.base64EncodedString())")
  }

  /// The URL's scheme in lower case, as a browser finds it (spaces and controls at the start,
  /// tabs and line breaks anywhere, ignored), or nil for a relative URL.
  static func scheme(of url: String) -> String? {
    let cleaned = cleaned(url)
    guard let colon = cleaned.firstIndex(of: ":") else { return nil }
    let candidate = cleaned[..<colon]
    guard let first = candidate.first, first.isASCII, first.isLetter,
      candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
    else { return nil }
    return candidate.lowercased()
  }

  /// The URL without the characters a browser drops from it before reading the scheme.
  static func cleaned(_ url: String) -> String {
    let scalars = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
    return String(String.UnicodeScalarView(scalars))
  }

  /// The URL for a message: at most 80 characters.
  static func shown(_ url: String) -> String {
    url.count <= 80 ? url : String(url.prefix(77)) + "…"
  }
}
