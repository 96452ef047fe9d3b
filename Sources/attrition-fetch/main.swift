import AttritionCore
import CLibCurl
import Foundation

// attrition-fetch URL STALL_SECONDS DEADLINE_SECONDS EXPECTED_BYTES|-
//
// The download helper of `attrition data pull` (see DownloadHelper in AttritionCore): writes the
// body of URL to standard output and one DownloadReport line per event to descriptor 3. It is a
// separate executable so that only it, not `attrition`, links libcurl and a TLS library.

/// Writes one report line to descriptor 3.
func send(_ report: DownloadReport) {
  let line = Array((report.line + "\n").utf8)
  var offset = 0
  while offset < line.count {
    let written = line[offset...].withUnsafeBytes { write(3, $0.baseAddress, $0.count) }
    if written < 0 && errno == EINTR { continue }
    if written <= 0 { return }
    offset += written
  }
}

let arguments = CommandLine.arguments
guard arguments.count == 5, let stall = Double(arguments[2]), let deadline = Double(arguments[3]), stall > 0,
  deadline > 0
else {
  FileHandle.standardError.write(
    Data(
      "usage: attrition-fetch URL STALL_SECONDS DEADLINE_SECONDS EXPECTED_BYTES|- (run by 'attrition data pull')\n".utf8
    )
  )
  exit(2)
}
guard curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK else {
  send(.failed(.network("libcurl could not start")))
  exit(1)
}
let transfer = CurlTransfer(
  url: arguments[1], output: STDOUT_FILENO, limit: Int64(arguments[4]), stallSeconds: stall, deadlineSeconds: deadline
) { received, expected in
  send(.progress(received: received, expected: expected))
}
let outcome = transfer.run()
send(outcome)
if case .finished = outcome { exit(0) }
exit(1)
