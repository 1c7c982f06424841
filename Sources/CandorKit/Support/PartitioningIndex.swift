extension RandomAccessCollection {
  /// The first index whose element satisfies `belongsInSecondPart`, found by binary search;
  /// the collection must hold all the elements that do not satisfy it before all that do
  /// (as positions in text order do for "starts at or after this point").
  func partitioningIndex(where belongsInSecondPart: (Element) -> Bool) -> Index {
    var low = startIndex
    var count = distance(from: startIndex, to: endIndex)
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if belongsInSecondPart(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
