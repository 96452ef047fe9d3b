"""Parse an HTML file the way a browser does (html5lib, the WHATWG algorithm) and print every
element as JSON lines: {"tag": ..., "attributes": {...}, "text": ...}. The Swift tests judge the
list; this script only reads."""
import json
import sys

import html5lib


def main() -> None:
    with open(sys.argv[1], "rb") as handle:
        document = html5lib.parse(handle.read(), treebuilder="etree", namespaceHTMLElements=False)
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        tag = element.tag.split("}")[-1]
        print(json.dumps({"tag": tag, "attributes": dict(element.attrib), "text": element.text or ""}))


if __name__ == "__main__":
    main()
