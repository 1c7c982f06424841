/// Phrase patterns for words that are confused with a real word of similar sound, and the
/// word meant. `*` marks the wrong word, so a finding quotes and replaces only that word.
enum ConfusedWords {
  private static let comparatives =
    "more|less|fewer|better|worse|rather|other|larger|smaller|faster|slower|higher|lower|"
    + "greater|bigger|earlier|later|longer|shorter|stronger|easier|harder|cheaper|older|"
    + "younger|sooner|quicker|safer|wider|deeper|simpler|clearer|broader|richer|heavier|"
    + "lighter|tighter|newer"

  /// Words that make "roll" the verb or the bread: "roll out", "egg roll", "on a roll".
  private static let rollVerbs =
    "<a|egg|drum|bank|pay|honor|honour|spring|sushi|bread|cinnamon|toilet|paper|and|to|will|"
    + "can|would|could|should|we|i|they|you|n *roll|rolls "
    + "!out|back|over|call|calls|up|model|models|forward|into|outs|backs|it|them|and"

  private static let yourVerbs =
    "*your going|planning|trying|hoping|looking|seeking|hiring|building|growing|expanding|"
    + "moving|doing|working|launching|scaling to|for|a|an|the|on|into|through|out"

  private static let yourNouns =
    "*=you're team|mission|company|product|products|posting|role|platform|work|customers|"
    + "clients|users|organization|organisation|job|website|site|approach|values|culture|"
    + "commitment|focus|recent|own|position|application|growth|goal|goals|vision|blog|article|"
    + "research|team's|company's"

  private static let itsNouns =
    "own|mission|users|customers|clients|members|employees|products|founding|history|"
    + "reputation|roots|goals|purpose|platform|stock|staff|services|team|teams"

  private static let effectAfter =
    "will|would|could|can|may|might|not|directly|negatively|"
    + "positively|adversely|greatly|significantly|strongly|also|it"
  private static let effectCauses =
    "!change|changes|a|an|real|lasting|meaningful|positive|"
    + "genuine|reform|transformation|of|on"

  private static let complementSubjects =
    "skills|skill|experience|experiences|background|backgrounds|strengths|abilities|expertise|"
    + "knowledge|set|talents|tools|approach|perfectly|nicely|naturally|well|would|will|which|"
    + "that|and"

  static let pairs: [(String, String)] = [
    (rollVerbs, "role"), ("a *roll in|as|at|where|that|with", "role"),
    ("more|less|fewer ~2 *then", "than"), ("\(comparatives) *then", "than"),
    ("since|until|till *than", "then"),
    ("back *than !#num", "then"), ("and *than i|we|they|he|she|it", "then"),
    (yourVerbs, "you're"),
    (
      "*your not|probably|already|also|clearly|currently|definitely|certainly|absolutely|sure",
      "you're"
    ),
    ("*your welcome $", "you're"),
    // "under you GAAP": "US" said back as the reader's "you" by a careless rewrite.
    (
      "under|per|following *you GAAP|GAAS|IFRS|federal|tax|taxes|law|laws|"
        + "regulations|standards|customs|citizenship|citizens|patent|patents|dollars", "US"
    ),
    (yourNouns, "your"),
    ("\(effectAfter) *effect \(effectCauses)", "affect"),
    ("\(effectAfter) *effects \(effectCauses)", "affects"),
    ("negatively|positively|directly|adversely|badly|deeply|greatly *effected", "affected"),
    ("*affect on|upon", "effect on"), ("*affects on|upon", "effects on"),
    (
      "an|positive|negative|lasting|big|huge|direct|measurable|significant|noticeable|"
        + "immediate|ripple|net|side|knock|domino|snowball *affect", "effect"
    ),
    (
      "positive|negative|lasting|big|huge|direct|measurable|significant|noticeable|immediate|"
        + "ripple|net|side|knock|domino|snowball *affects", "effects"
    ),
    ("in|take|took|takes|taking|into *affect", "effect"),
    (
      "*=it's way !too|more|better|less|beyond|off|past|above|faster|bigger|ahead|easier",
      "its"
    ),
    ("*=it's \(itsNouns)", "its"),
    (
      "*its a|an|not|been|also|always|never|just|what|how|why|because|my|our|this|where|when|"
        + "who|no", "it's"
    ),
    ("*its going|time|worth to|well|noting|mentioning|saying", "it's"),
    (
      "to|not|never|will|would|could|might|may|can|cannot|did|do|does|should|must|i|we|they|"
        + "you *loose", "lose"
    ),
    ("*loose sight|track|focus|touch|money|customers|momentum|interest|patience|out", "lose"),
    ("*loosing", "losing"),
    ("*lose coupling|coupled", "loose"), ("tie|tied|tying|ties up? *lose ends", "loose"),
    ("\(complementSubjects) *compliment", "complement"),
    ("\(complementSubjects) *compliments", "complements"),
    ("\(complementSubjects) *complimented", "complemented"),
    ("\(complementSubjects) *complimenting", "complementing"),
    ("*compliment each other", "complement"), ("*compliments each other", "complements"),
    (
      "*complimentary skills|skill|strengths|experience|expertise|roles|background|backgrounds|"
        + "tools|approach|approaches|perspectives|perspective|talents", "complementary"
    ),
    ("*complement|complements from|on", "compliment"),
    ("*complemented me|him|her|us|them|my|our on?", "complimented"),
    ("could|would|should|must|might *of", "have"),
    ("*their are|is", "there"), ("*alot", "a lot"),
    (
      "am|m|are|re|is|s|was|were|be|been|so|very|really|truly|most|particularly|especially|"
        + "equally|genuinely *exited to|about|for|by", "excited"
    ),
  ]
}
