/// Renders a ``JobPosting`` as an indented outline a person can check at a glance.
public enum PostingOutline {
  public static func render(_ posting: JobPosting) -> String {
    // FIXME: skeleton only.
    "JobPosting\n  title: \(posting.title ?? "—")\n"
  }
}
