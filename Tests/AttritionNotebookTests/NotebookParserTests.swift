import AttritionNotebook
import AttritionSDK
import Testing

/// Reading notebooks: code blocks, their recorded outputs, and everything else kept as prose.
@Suite("Notebook parser")
struct NotebookParserTests {
  @Test("atn blocks are code; an output block after one (blank lines between) is its recorded output")
  func codeAndOutput() throws {
    let notebook = try NotebookParser.parse(
      "# Title\n\nText.\n\n```atn\n1 + 1\n```\n\n```output\n2\n```\n\nMore.\n\n```atn\n3\n```\n")
    let code = notebook.codeBlocks
    #expect(code.count == 2)
    #expect(code[0].source == "1 + 1" && code[0].firstLine == 6)
    #expect(code[0].recorded?.text == "2")
    #expect(code[0].recorded?.lines == 8...10)
    #expect(code[1].recorded == nil)
    #expect(notebook.title == "Title")
    let prose = notebook.blocks.compactMap { block -> String? in
      if case .prose(let text, _) = block { return text }
      return nil
    }
    #expect(prose == ["# Title\n\nText.\n", "\nMore.\n"])
  }

  @Test("other fences, longer fences and tildes are prose; an output block alone is prose too")
  func otherFences() throws {
    let text = "```swift\nlet x = 1\n```\n~~~~atn\n1\n````\n~~~~\n````output\nnot after code\n````\n"
    let notebook = try NotebookParser.parse(text)
    #expect(notebook.codeBlocks.map(\.source) == ["1\n````"])
    #expect(notebook.codeBlocks.first?.recorded?.text == "not after code")
    let plain = try NotebookParser.parse("```output\nalone\n```\n")
    #expect(plain.codeBlocks.isEmpty)
  }

  @Test("a fence never closed is an error naming its line", arguments: ["```atn\n1 + 1\n", "Text\n\n~~~\nx\n```\n"])
  func unterminated(text: String) {
    #expect(throws: NotebookError.self) { try NotebookParser.parse(text) }
    do {
      _ = try NotebookParser.parse(text)
    } catch {
      #expect(error.diagnostic.id.description == "notebook.unterminated_fence")
      #expect(error.diagnostic.range?.start.line == (text.hasPrefix("```") ? 1 : 3))
    }
  }

  @Test("CRLF line endings read like LF")
  func crlf() throws {
    let notebook = try NotebookParser.parse("```atn\r\n1\r\n```\r\n")
    #expect(notebook.codeBlocks.first?.source == "1")
  }
}
