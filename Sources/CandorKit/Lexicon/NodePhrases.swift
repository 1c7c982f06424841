/// The phrases that end at each node of the phrase trie, in one array grouped by node
/// instead of one small array per node (thousands of allocations at every start-up).
///
/// Phrases are appended in any node order while the trie is built; ``group()`` then sorts
/// them by node, keeping each node's phrases in the order they were appended.
struct NodePhrases: Sendable {
  /// Every phrase, grouped by node once ``group()`` has run.
  private var list: [Phrase] = []
  /// The node of each phrase in `list` while building.
  private var nodes: [Int32] = []
  /// How many phrases end at each node.
  private var counts: [Int32] = []
  /// Where each node's phrases start in `list`, and one past the last; empty while building.
  private var starts: [Int32] = []

  init(capacity: Int) {
    list.reserveCapacity(capacity)
    nodes.reserveCapacity(capacity)
    counts.reserveCapacity(capacity)
  }

  /// The number of nodes.
  var count: Int { counts.count }

  /// Adds a node with no phrases; its number is the previous count.
  mutating func addNode() { counts.append(0) }

  /// Adds `phrase` to those ending at `node`, after the ones already there.
  mutating func append(_ phrase: Phrase, at node: Int) {
    list.append(phrase)
    nodes.append(Int32(node))
    counts[node] += 1
  }

  /// True when no phrase ends at `node`.
  func isEmpty(at node: Int) -> Bool { counts[node] == 0 }

  /// Sorts the phrases by node (a counting sort, stable) so ``subscript(_:)`` can slice them.
  mutating func group() {
    var starts = [Int32](repeating: 0, count: counts.count + 1)
    for node in counts.indices { starts[node + 1] = starts[node] + counts[node] }
    var next = starts
    var order = [Int32](repeating: 0, count: list.count)
    for (position, node) in nodes.enumerated() {
      order[Int(next[Int(node)])] = Int32(position)
      next[Int(node)] += 1
    }
    list = order.map { [list] in list[Int($0)] }
    nodes = []
    self.starts = starts
  }

  /// The phrases ending at `node`, in the order they were added (after ``group()``).
  subscript(node: Int) -> ArraySlice<Phrase> {
    list[Int(starts[node])..<Int(starts[node + 1])]
  }
}
