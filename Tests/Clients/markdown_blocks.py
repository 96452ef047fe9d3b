"""Parse a Markdown file as CommonMark with GitHub's tables (markdown-it-py: CommonMark, tables, strikethrough) and print
its top-level blocks as JSON lines: {"block": "table"|"paragraph"|..., "rows": N, "text": ...}.
The Swift tests judge the list; this script only reads."""
import json
import sys

from markdown_it import MarkdownIt


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        # CommonMark with GitHub's tables and strikethrough (gfm-like without linkify, which needs a
        # package of its own and changes no block).
        tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(handle.read())
    depth = 0
    block = None
    for token in tokens:
        if token.nesting == 1:
            if depth == 0:
                block = {"block": token.type.removesuffix("_open"), "rows": 0, "text": ""}
            depth += 1
            if token.type == "tr_open" and block is not None:
                block["rows"] += 1
        elif token.nesting == -1:
            depth -= 1
            if depth == 0 and block is not None:
                print(json.dumps(block))
                block = None
        elif token.type == "inline" and block is not None:
            # The text as a reader sees it; emphasis and links are marked, so a test can tell.
            for child in token.children or []:
                if child.type in ("text", "code_inline"):
                    block["text"] += child.content
                elif child.type.endswith("_open"):
                    block["text"] += "<" + child.type.removesuffix("_open") + ">"
        elif depth == 0:
            print(json.dumps({"block": token.type, "rows": 0, "text": token.content}))


if __name__ == "__main__":
    main()
