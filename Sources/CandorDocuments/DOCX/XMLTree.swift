import CXML2
import Foundation

/// A parsed XML part, read through libxml2 without network access or entity expansion.
final class XMLTree {
  typealias Node = UnsafeMutablePointer<xmlNode>

  private let document: xmlDocPtr
  let root: Node

  /// Parses `data`; nil when it is not well-formed XML.
  init?(_ data: Data) {
    XMLTree.initialise
    let options =
      Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue)
      | Int32(XML_PARSE_NOERROR.rawValue)
    let parsed = data.withUnsafeBytes { bytes in
      xmlReadMemory(
        bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), "part.xml",
        nil, options)
    }
    guard let parsed, let root = xmlDocGetRootElement(parsed) else {
      if let parsed { xmlFreeDoc(parsed) }
      return nil
    }
    document = parsed
    self.root = root
  }

  deinit { xmlFreeDoc(document) }

  /// libxml2's global set-up, done once before any parse.
  private static let initialise: Void = xmlInitParser()

  /// The element's name without its namespace prefix.
  static func name(_ node: Node) -> String {
    node.pointee.name.map { String(cString: $0) } ?? ""
  }

  /// The element's child elements, in order.
  static func children(_ node: Node) -> [Node] {
    var result: [Node] = []
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
      child = current.pointee.next
    }
    return result
  }

  static func child(_ node: Node, _ name: String) -> Node? {
    children(node).first { self.name($0) == name }
  }

  /// An attribute's value by local name, whatever its namespace.
  static func attribute(_ node: Node, _ name: String) -> String? {
    var property = node.pointee.properties
    while let current = property {
      if let raw = current.pointee.name, String(cString: raw) == name {
        return current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
      }
      property = current.pointee.next
    }
    return nil
  }

  /// The text inside the element, with no markup.
  static func text(_ node: Node) -> String {
    var result = ""
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
        let content = current.pointee.content
      {
        result += String(cString: content)
      }
      child = current.pointee.next
    }
    return result
  }
}
