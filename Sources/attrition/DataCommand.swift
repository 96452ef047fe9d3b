import ArgumentParser
import AttritionCore
import Foundation

/// `attrition data list|pull|path`: the public datasets, each pinned to a commit with its SHA-256.
struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data",
    abstract: "List, pull and locate the public datasets (General Staff, Oryx, DeepState, NZZ).",
    discussion: """
      A dataset is named by its path under a data directory, e.g. general-staff/russia_losses_equipment.json; \
      its group is the first component (general-staff, oryx, deepstate, nzz). Scripts read one with \
      load(dataset: NAME), searching each --data-dir, then ATTRITION_DATA (colon-separated), then the cache \
      ($XDG_CACHE_HOME/attrition/datasets, by default ~/.cache/attrition/datasets).
      """,
    subcommands: [List.self, Pull.self, Path.self]
  )

  /// `attrition data list [NAME|GROUP] [--data-dir DIR]… [--verify]`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the public datasets: size and place when present on the data path, and licence.")

    @Argument(help: ArgumentHelp("A dataset or group to list; all of them when left out.", valueName: "name-or-group"))
    var name: String?

    @Option(
      name: .customLong("data-dir"),
      help: ArgumentHelp("A directory to search before ATTRITION_DATA and the cache.", valueName: "dir"))
    var dataDirectories: [String] = []

    @Flag(help: "Also check the SHA-256 of each file found.")
    var verify = false

    func run() throws {
      let session = Session()
      let datasets: [PublicDataset]
      do {
        datasets = try name.map(PublicDatasetCatalog.pinned.select) ?? PublicDatasetCatalog.pinned.datasets
      } catch {
        session.report(error.diagnostic, file: nil)
        throw ExitCode(2)
      }
      let listing = PublicDatasetListing(
        datasets: datasets, dataPath: DataPath(dataDirectories: dataDirectories), verifies: verify)
      StandardStream.output.writeLine(try listing.render(with: session.renderer))
    }
  }

  /// `attrition data pull NAME|GROUP… | --all [--cache DIR] [--timeout SECONDS] [--deadline SECONDS]`.
  struct Pull: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Download public datasets over HTTPS into the cache, verifying each SHA-256.",
      discussion: """
        Files already present with the right checksum are not downloaded again. A download goes to a \
        temporary file that is renamed into place only once its checksum matches, and a sidecar \
        NAME.retrieved records when and from where it came. ATTRITION_DATASETS_BASE_URL replaces \
        https://raw.githubusercontent.com/ (for a mirror). A body larger than the pinned size, a compressed \
        answer, a redirect away from http(s), a rate under 1 KiB/s over --timeout seconds and a download \
        longer than --deadline end it with a message. Exit status 1 when any download fails.
        """)

    @Argument(
      help: ArgumentHelp(
        "Datasets or groups to pull, e.g. general-staff or oryx/daily_count.csv.", valueName: "name-or-group"))
    var names: [String] = []

    @Flag(help: "Pull every public dataset.")
    var all = false

    @Option(
      name: [.customLong("cache"), .customLong("data-dir")],
      help: ArgumentHelp("The directory to pull into, instead of the cache.", valueName: "dir"))
    var directory: String?

    @Option(
      help: ArgumentHelp(
        "The window in seconds over which a download must average 1 KiB/s (and the longest wait to connect).",
        valueName: "seconds"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("The longest a download may take in all, in seconds.", valueName: "seconds"))
    var deadline: Double = 600

    func validate() throws {
      if all && !names.isEmpty { throw ValidationError("give dataset names or --all, not both") }
      if !all && names.isEmpty { throw ValidationError("name a dataset or group to pull, or give --all") }
      if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
      if !(deadline > 0) { throw ValidationError("--deadline must be a positive number of seconds") }
    }

    func run() throws {
      let session = Session()
      let catalog = PublicDatasetCatalog.pinned
      var datasets: [PublicDataset] = all ? catalog.datasets : []
      do throws(PublicDatasetError) {
        for name in names {
          let selected = try catalog.select(name)
          if selected.count == 1, let only = selected.first, !only.isPullable {
            throw PublicDatasetError.notPullable(only)
          }
          datasets += selected.filter { !datasets.contains($0) }
        }
      } catch {
        session.report(error.diagnostic, file: nil)
        throw ExitCode(2)
      }
      for dataset in datasets where !dataset.isPullable {
        StandardStream.output.writeLine(
          "skipped \(dataset.name): \(dataset.derivation ?? "a derived file"), no single file to download")
      }
      datasets.removeAll { !$0.isPullable }
      let baseURL = PublicDatasetPuller.baseURL()
      guard let scheme = URL(string: baseURL)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
        session.report(DownloadError(.invalidURL, url: baseURL).diagnostic, file: nil)
        throw ExitCode(1)
      }
      let destination = directory.map(DataCommand.absolute) ?? DataPath().cache
      let puller = PublicDatasetPuller(
        destination: destination, baseURL: baseURL, downloader: Downloader(idleTimeout: timeout, totalTimeout: deadline)
      )
      var failures = 0
      for dataset in datasets {
        do {
          switch try puller.pull(dataset, progress: DownloadProgress.onTerminal(label: dataset.name)) {
          case .pulled(let path, let record, let replaced):
            let size = NumberFormat.exact(Double(record.byteCount))
            StandardStream.output.writeLine(
              "pulled \(dataset.name): \(size) bytes, SHA-256 verified, licence \(dataset.licence) → \(path)"
                + (replaced ? " (replaced a file with a wrong checksum)" : ""))
          case .upToDate(let path):
            StandardStream.output.writeLine("up to date \(dataset.name): \(path)")
          }
        } catch {
          session.report(error.diagnostic, file: nil)
          failures += 1
        }
      }
      if failures > 0 {
        Session.writeStandardError("attrition: \(failures) of \(datasets.count) datasets not pulled")
        throw ExitCode(1)
      }
    }
  }

  /// `attrition data path [--data-dir DIR]… [--cache]`.
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the directories searched for datasets, in order, or only the cache with --cache.")

    @Option(
      name: .customLong("data-dir"),
      help: ArgumentHelp("A directory to search before ATTRITION_DATA and the cache.", valueName: "dir"))
    var dataDirectories: [String] = []

    @Flag(help: "Print only the cache directory that 'data pull' fills.")
    var cache = false

    func run() throws {
      let dataPath = DataPath(dataDirectories: dataDirectories)
      if cache {
        StandardStream.output.writeLine(dataPath.cache)
        return
      }
      for directory in dataPath.directories {
        StandardStream.output.writeLine("\(directory.path)\t\(directory.origin.rawValue)")
      }
    }
  }

  /// A path made absolute against the working directory.
  static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
  }
}
