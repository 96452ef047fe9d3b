import AttritionCore
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

// attrition-fetch URL IDLE_SECONDS TOTAL_SECONDS EXPECTED_BYTES|-
//
// The download helper of `attrition data pull` (see DownloadHelper in AttritionCore): writes the
// body of URL to standard output and one DownloadReport line per event to descriptor 3. It is a
// separate executable so that only it, not `attrition`, links FoundationNetworking.

let reports = FileHandle(fileDescriptor: 3, closeOnDealloc: false)

/// Writes one report line to descriptor 3.
func send(_ report: DownloadReport) {
  try? reports.write(contentsOf: Data((report.line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count == 5, let idleTimeout = Double(arguments[2]), let totalTimeout = Double(arguments[3]) else {
  FileHandle.standardError.write(
    Data("usage: attrition-fetch URL IDLE_SECONDS TOTAL_SECONDS EXPECTED_BYTES|- (run by 'attrition data pull')\n".utf8)
  )
  exit(2)
}
let url = arguments[1]
guard let address = URL(string: url) else {
  send(.failed(.invalidURL))
  exit(1)
}
let configuration = URLSessionConfiguration.ephemeral
configuration.urlCache = nil
configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
configuration.timeoutIntervalForRequest = idleTimeout + 5
configuration.timeoutIntervalForResource = totalTimeout
let task = DownloadTask(
  url: url, file: FileHandle.standardOutput, expectedByteCount: Int64(arguments[4]), idleTimeout: idleTimeout
) { received, expected in
  send(.progress(received: received, expected: expected))
}
let queue = OperationQueue()
queue.maxConcurrentOperationCount = 1
let session = URLSession(configuration: configuration, delegate: task, delegateQueue: queue)
var request = URLRequest(url: address)
request.setValue("attrition", forHTTPHeaderField: "User-Agent")
request.setValue("identity", forHTTPHeaderField: "Accept-Encoding")
let outcome = task.run(session.dataTask(with: request), totalTimeout: totalTimeout)
session.invalidateAndCancel()
send(outcome)
if case .finished = outcome { exit(0) }
exit(1)
