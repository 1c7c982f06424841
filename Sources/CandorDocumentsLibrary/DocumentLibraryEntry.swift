import CandorDocuments
import CandorKit
import Foundation

/// The one entry point `candor` calls after loading this library with `dlopen`: it takes a
/// JSON ``DocumentRequest`` of `count` bytes and returns a JSON ``DocumentReply`` in memory
/// from `malloc`, whose size it stores in `replyCount`; the caller frees it.
@_cdecl("candor_documents_handle")
public func candorDocumentsHandle(
  _ request: UnsafePointer<UInt8>, _ count: Int, _ replyCount: UnsafeMutablePointer<Int>
) -> UnsafeMutableRawPointer? {
  let reply = DocumentLibraryEntry.reply(to: Data(bytes: request, count: count))
  guard let bytes = try? JSONEncoder().encode(reply),
    let buffer = malloc(max(bytes.count, 1))
  else { return nil }
  bytes.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: bytes.count)
  replyCount.pointee = bytes.count
  return buffer
}

/// Answers requests made through ``candorDocumentsHandle(_:_:_:)``.
enum DocumentLibraryEntry {
  static func reply(to request: Data) -> DocumentReply {
    do {
      switch try JSONDecoder().decode(DocumentRequest.self, from: request) {
      case .read(let data, let name):
        return .file(try DocumentReader.read(data: data, name: name))
      case .render(let document, let format, let style):
        return .bytes(try DocumentRenderer.render(document, as: format, style: style))
      }
    } catch let error as CandorError {
      return .unreadable(error)
    } catch {
      return .unwritable("\(error)")
    }
  }
}
