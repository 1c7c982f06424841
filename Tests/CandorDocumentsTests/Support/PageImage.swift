import Foundation

/// A page rendered by `pdftoppm -gray` as a greyscale bitmap, for checking where ink lands.
struct PageImage {
  var width: Int
  var height: Int
  var pixels: [UInt8]
  /// Pixels per PDF point.
  var scale: Double

  /// Renders every page of `pdf` at `dpi` and reads the bitmaps back.
  static func render(_ pdf: URL, dpi: Int = 72) throws -> [PageImage] {
    let folder = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let prefix = folder.appendingPathComponent("page").path
    let result = try ExternalTool.run("pdftoppm", ["-gray", "-r", "\(dpi)", pdf.path, prefix])
    guard result.status == 0 else { throw ExternalTool.ToolMissing(name: "pdftoppm output") }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".pgm") }.sorted()
    return try files.map {
      try PageImage(pgm: Data(contentsOf: folder.appendingPathComponent($0)), dpi: dpi)
    }
  }

  /// Reads a binary PGM (P5) file with 8-bit samples.
  init(pgm data: Data, dpi: Int) throws {
    let bytes = [UInt8](data)
    var fields: [String] = []
    var index = 0
    while fields.count < 4 {
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
      let start = index
      while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A { index += 1 }
      fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
    }
    index += 1
    guard fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]) else {
      throw ExternalTool.ToolMissing(name: "a PGM reader for \(fields)")
    }
    self.width = width
    self.height = height
    self.pixels = Array(bytes[index..<index + width * height])
    self.scale = Double(dpi) / 72
  }

  /// The bounding box of dark pixels, in PDF points, or nil for a blank page.
  var inkBox: (x0: Double, y0: Double, x1: Double, y1: Double)? {
    var minX = width
    var minY = height
    var maxX = -1
    var maxY = -1
    for y in 0..<height {
      for x in 0..<width where pixels[y * width + x] < 160 {
        minX = min(minX, x)
        maxX = max(maxX, x)
        minY = min(minY, y)
        maxY = max(maxY, y)
      }
    }
    guard maxX >= 0 else { return nil }
    return (
      Double(minX) / scale, Double(minY) / scale, Double(maxX + 1) / scale,
      Double(maxY + 1) / scale
    )
  }
}
