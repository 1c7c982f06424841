extension Resume.Work {
  /// True for time away listed among the jobs ("Career break (family caregiving)", "Parental
  /// leave"): no employer or title, and a description that names a break. A break is no
  /// job: it adds no years of experience and ends no role.
  var isBreak: Bool {
    guard name == nil, position == nil, let description else { return false }
    let label = description.prefix { !"(,:;—–".contains($0) }
    return EmployerName.isBreak(label.trimmingSpaces())
  }
}
