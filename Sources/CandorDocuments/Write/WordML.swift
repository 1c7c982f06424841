import CandorKit

/// The XML parts of a DOCX package (WordprocessingML), built from a document and a style.
enum WordML {
  static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let package = "http://schemas.openxmlformats.org/package/2006"
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  static func contentTypes() -> String {
    let office = "application/vnd.openxmlformats-officedocument"
    let overrides = [
      ("/word/document.xml", "\(office).wordprocessingml.document.main+xml"),
      ("/word/styles.xml", "\(office).wordprocessingml.styles+xml"),
      ("/word/numbering.xml", "\(office).wordprocessingml.numbering+xml"),
      ("/word/settings.xml", "\(office).wordprocessingml.settings+xml"),
      ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
      ("/docProps/app.xml", "\(office).extended-properties+xml"),
    ].map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }
    return declaration + "<Types xmlns=\"\(package)/content-types\">"
      + "<Default Extension=\"rels\" "
      + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + overrides.joined() + "</Types>"
  }

  static func packageRelationships() -> String {
    relationshipList([
      ("\(relationships)/officeDocument", "word/document.xml"),
      ("\(package)/relationships/metadata/core-properties", "docProps/core.xml"),
      ("\(relationships)/extended-properties", "docProps/app.xml"),
    ])
  }

  static func documentRelationships() -> String {
    relationshipList([
      ("\(relationships)/styles", "styles.xml"),
      ("\(relationships)/numbering", "numbering.xml"),
      ("\(relationships)/settings", "settings.xml"),
    ])
  }

  static func relationshipList(_ items: [(type: String, target: String)]) -> String {
    let rows = items.enumerated().map {
      "<Relationship Id=\"rId\($0.offset + 1)\" Type=\"\($0.element.type)\" "
        + "Target=\"\($0.element.target)\"/>"
    }
    return declaration + "<Relationships xmlns=\"\(package)/relationships\">" + rows.joined()
      + "</Relationships>"
  }

  static func coreProperties(_ document: Document) -> String {
    let creator = document.author.map { "<dc:creator>\(escape($0))</dc:creator>" } ?? ""
    return declaration
      + "<cp:coreProperties xmlns:cp=\"\(package)/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      + "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<dc:title>\(escape(document.title))</dc:title>\(creator)</cp:coreProperties>"
  }

  static func appProperties() -> String {
    declaration
      + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      + "extended-properties\"><Application>Candor</Application></Properties>"
  }

  static func settings() -> String {
    declaration + "<w:settings xmlns:w=\"\(main)\"><w:defaultTabStop w:val=\"720\"/>"
      + "<w:characterSpacingControl w:val=\"doNotCompress\"/></w:settings>"
  }

  static func numbering() -> String {
    declaration + "<w:numbering xmlns:w=\"\(main)\">"
      + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
      + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
      + "<w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/>"
      + "<w:pPr><w:ind w:left=\"280\" w:hanging=\"280\"/></w:pPr></w:lvl></w:abstractNum>"
      + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
  }

  /// Escapes text for element content and attribute values, dropping characters XML 1.0
  /// does not allow.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        if value >= 0x20 && value != 0xFFFE && value != 0xFFFF {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
