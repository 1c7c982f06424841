/// Lexicon terms that name a kind of tool ("spreadsheets", "ticketing systems") with the
/// named products of that kind: a resume naming Excel grounds a letter's "spreadsheets".
// FIXME: this belongs in the lexicon data, as a field of each generic term.
enum GenericTools {
  static let products: [String: [String]] = [
    "spreadsheets": [
      "Excel", "Google Sheets", "Apple iWork", "VBA", "pivot tables", "VLOOKUP", "Power Query",
      "Power Pivot",
    ],
    "presentation software": ["PowerPoint", "Google Slides", "Keynote", "Apple iWork"],
    "applicant tracking systems": [
      "Workday", "Greenhouse", "Lever", "iCIMS", "Taleo", "BambooHR", "SuccessFactors",
    ],
    "electronic health records": [
      "Epic", "Cerner", "Meditech", "athenahealth", "eClinicalWorks", "Allscripts",
    ],
    "ticketing systems": [
      "Jira", "ServiceNow", "Zendesk", "Freshdesk", "Jira Service Management", "BMC Remedy",
    ],
    "learning management systems": [
      "Canvas", "Moodle", "Blackboard", "Google Classroom", "Schoology",
    ],
    "content management systems": [
      "WordPress", "Drupal", "Joomla", "Contentful", "Webflow", "Squarespace", "Wix",
    ],
    "relational databases": [
      "PostgreSQL", "MySQL", "Oracle Database", "Microsoft SQL Server", "SQLite", "MariaDB",
    ],
    "project management software": [
      "Jira", "Asana", "Trello", "monday.com", "Microsoft Project", "Smartsheet", "Basecamp",
      "ClickUp", "Wrike",
    ],
  ]
}
