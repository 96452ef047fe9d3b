import AttritionData
import AttritionSDK
import Testing

@Suite("CSV reader: RFC 4180 structure")
struct CSVReaderTests {
  @Test("quoted fields, doubled quotes, CRLF, a BOM, an embedded newline and no final newline")
  func quotedFieldsCRLFAndBOM() throws {
    let text =
      "\u{FEFF}city,note,count\r\n\"Kyiv, city\",\"said \"\"hold\"\"\",3\r\n\"Kharkiv\nregion\",,\r\nSumy,\"\",12"
    let table = try CSVReader().read(text)
    #expect(table.columnNames == ["city", "note", "count"])
    #expect(table.rowCount == 3)
    #expect(try table.required("city").strings == ["Kyiv, city", "Kharkiv\nregion", "Sumy"])
    #expect(try table.required("note").strings == ["said \"hold\"", nil, nil])
    #expect(try table.required("count").integers == [3, nil, 12])
  }

  @Test("line endings LF, CRLF and lone CR read the same", arguments: ["\n", "\r\n", "\r"])
  func lineEndings(_ newline: String) throws {
    let table = try CSVReader().read(["a,b", "1,x", "2,y"].joined(separator: newline) + newline)
    #expect(table.rowCount == 2)
    #expect(try table.required("a").integers == [1, 2])
    #expect(try table.required("b").strings == ["x", "y"])
  }

  @Test(
    "a final line with or without a line break, and blank trailing lines ignored", arguments: ["", "\n", "\n\n\r\n\n"])
  func finalLine(_ ending: String) throws {
    let table = try CSVReader().read("a,b\n1,2\n3,4" + ending)
    #expect(table.rowCount == 2)
    #expect(try table.required("b").integers == [2, 4])
  }

  @Test("blank lines inside a many-column file are skipped")
  func blankLinesSkipped() throws {
    let table = try CSVReader().read("\n\na,b\n1,2\n\n3,4\n")
    #expect(try table.required("a").integers == [1, 3])
  }

  @Test("in a one-column file a blank line is a missing cell, but trailing blank lines are not")
  func blankLinesInOneColumn() throws {
    let table = try CSVReader().read("value\n5\n\n7\n\n\n")
    #expect(try table.required("value").integers == [5, nil, 7])
  }

  @Test("empty and whitespace-only cells are missing")
  func emptyCellsAreNull() throws {
    let table = try CSVReader().read("a,b,c\n1,,x\n, ,\n")
    #expect(try table.required("a").integers == [1, nil])
    #expect(try table.required("b").strings == [nil, nil])
    #expect(try table.required("c").strings == ["x", nil])
  }

  @Test("a trailing delimiter makes one more, empty, field")
  func trailingDelimiter() throws {
    let table = try CSVReader().read("a,b,\n1,2,\n")
    #expect(table.columnNames == ["a", "b", "column3"])
    #expect(try table.required("column3").strings == [nil])
  }

  @Test("without a header the columns are column1, column2, …")
  func headerless() throws {
    let table = try CSVReader(options: CSVOptions(hasHeader: false)).read("1,x\n2,y\n")
    #expect(table.columnNames == ["column1", "column2"])
    #expect(try table.required("column1").integers == [1, 2])
  }

  @Test("repeated and empty header names are made unique")
  func uniqueHeaderNames() throws {
    let table = try CSVReader().read("a,a,,a_2,a\n1,2,3,4,5\n")
    #expect(table.columnNames == ["a", "a_2", "column3", "a_2_2", "a_3"])
  }

  @Test("a tab delimiter keeps commas inside fields")
  func tabDelimiter() throws {
    let table = try CSVReader(options: .tsv).read("day\tnote\n2024-01-01\thas, comma\n")
    #expect(try table.required("note").strings == ["has, comma"])
    #expect(try table.required("day").days == [day("2024-01-01")])
  }

  @Test("an empty text is a table without columns; a header alone gives empty columns")
  func emptyInputs() throws {
    #expect(try CSVReader().read("").columnNames.isEmpty)
    #expect(try CSVReader().read("\u{FEFF}").rowCount == 0)
    let headerOnly = try CSVReader().read("a,b\n")
    #expect(headerOnly.columnNames == ["a", "b"])
    #expect(headerOnly.rowCount == 0)
  }

  @Test("string columns share one dictionary entry per distinct text")
  func dictionaryEncoding() throws {
    let table = try CSVReader().read("c\nRussia\nUkraine\n\"Russia\"\nRussia\n")
    let column = try table.required("c")
    guard case .string(let strings) = column.data else {
      Issue.record("expected a string column, got \(column.data.typeName)")
      return
    }
    #expect(strings.dictionary == ["Russia", "Ukraine"])
    #expect(strings.codes == [0, 1, 0, 0])
  }

  @Test("a quoted cell with doubled quotes and an unquoted one with the same text share an entry")
  func escapedDictionaryKeys() throws {
    let table = try CSVReader().read("c\n\"a\"\"b\"\na\"b\n")
    guard case .string(let strings) = try table.required("c").data else {
      Issue.record("expected a string column")
      return
    }
    #expect(strings.dictionary == ["a\"b"])
    #expect(strings.codes == [0, 0])
  }
}

@Suite("CSV reader: errors")
struct CSVErrorTests {
  @Test("a ragged row names the file, the row and both counts")
  func raggedRow() throws {
    let error = try #require(csvError("a,b\n1,2\n3\n", file: "losses.csv"))
    #expect(error == .malformedCSV(file: "losses.csv", row: 3, line: 3, problem: .raggedRow(expected: 2, found: 1)))
    #expect(error.id.description == "input.ragged_row")
    #expect(error.description == "ragged row in 'losses.csv' at row 3: expected 2 fields, found 1")
  }

  @Test("after a quoted line break the row and the line differ, and both are named")
  func raggedRowAfterEmbeddedNewline() throws {
    let error = try #require(csvError("a,b\n\"x\ny\",2\n3,4,5\n"))
    #expect(error == .malformedCSV(file: "test.csv", row: 3, line: 4, problem: .raggedRow(expected: 2, found: 3)))
    #expect(error.description.contains("at row 3 (line 4)"))
  }

  @Test("an unterminated quote names the row where the quote opened")
  func unterminatedQuote() throws {
    let error = try #require(csvError("a,b\n1,\"open\n2,3\n"))
    #expect(error == .malformedCSV(file: "test.csv", row: 2, line: 2, problem: .unterminatedQuote))
    #expect(error.id.description == "input.unterminated_quote")
  }

  @Test("text after a closing quote is an error naming the field")
  func textAfterQuote() throws {
    let error = try #require(csvError("a,b\n1,\"x\"y\n"))
    #expect(error == .malformedCSV(file: "test.csv", row: 2, line: 2, problem: .textAfterQuote(field: 2, found: "y")))
  }

  @Test("a delimiter that cannot separate fields is refused", arguments: ["\"", "\n", "é"] as [Unicode.Scalar])
  func unsupportedDelimiter(_ delimiter: Unicode.Scalar) throws {
    let error = try #require(csvError("a\n", options: CSVOptions(delimiter: delimiter)))
    #expect(error.id.description == "input.unsupported_delimiter")
  }

  @Test("invalid UTF-8 is reported with its byte offset")
  func invalidUTF8() throws {
    var bytes = Array("name\nok\nbad".utf8)
    bytes.append(0xFF)
    do {
      _ = try CSVReader().read(bytes, file: "bytes.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error == .invalidUTF8(file: "bytes.csv", offset: 11, line: 3))
    }
  }
}
