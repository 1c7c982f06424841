/// Job-title nouns in Spanish, Portuguese, French and German, in both genders
/// ("Enfermera", "Médico", "Técnica", "Infirmière", "Lehrerin"), so that titles in
/// resumes and postings written in those languages are recognised as titles. One list
/// serves both readers: ``RoleWords`` compares accent-folded words, ``PostingRoleWords``
/// lowercased ones, so each gets the spelling it compares.
enum RoleNounsAbroad {
  /// The nouns lowercased, with accents and without (people drop them: "tecnica").
  static let lowercased: Set<String> = Set(words).union(folded)

  /// The nouns lowercased and accent-folded ("medico", "tecnica").
  static let folded: Set<String> = Set(words.map { TextFolding.fold($0) })

  private static let words: [String] = spanish + portuguese + french + german

  private static let spanish = [
    "enfermera", "enfermero", "médico", "médica", "doctora", "cirujano", "cirujana",
    "odontólogo", "odontóloga", "farmacéutico", "farmacéutica", "psicólogo", "psicóloga",
    "fisioterapeuta", "terapeuta", "nutricionista", "obstetra", "biólogo", "bióloga",
    "técnico", "técnica", "tecnólogo", "tecnóloga", "auxiliar", "cajero", "cajera",
    "recepcionista", "secretario", "secretaria", "contador", "contadora", "contable",
    "administrador", "administradora", "administrativo", "administrativa", "abogado",
    "abogada", "asesor", "asesora", "agente", "representante", "operario", "operaria",
    "operador", "operadora", "conductor", "conductora", "chofer", "chófer", "repartidor",
    "repartidora", "almacenero", "almacenera", "almacenista", "camarero", "camarera",
    "mesero", "mesera", "cocinero", "cocinera", "panadero", "panadera", "electricista",
    "mecánico", "soldador", "soldadora", "carpintero", "maestro", "maestra", "profesor",
    "profesora", "docente", "educador", "educadora", "tutora", "instructora", "investigador",
    "investigadora", "científico", "científica", "arquitecto", "arquitecta", "diseñador",
    "diseñadora", "programador", "programadora", "desarrollador", "desarrolladora",
    "ingeniero", "ingeniera", "analista", "consultor", "consultora", "gerente", "directora",
    "subdirector", "subdirectora", "coordinador", "coordinadora", "supervisora", "jefe",
    "jefa", "encargado", "encargada", "responsable", "especialista", "asistente", "ayudante",
    "practicante", "becario", "becaria", "pasante", "vendedor", "vendedora", "dependiente",
    "dependienta", "promotor", "promotora", "ejecutivo", "ejecutiva", "redactor",
    "redactora", "editora", "periodista", "traductor", "traductora", "intérprete",
    "fotógrafo", "fotógrafa", "cuidador", "cuidadora", "conserje", "vigilante", "auditora",
    "economista", "bibliotecario", "bibliotecaria",
  ]

  private static let portuguese = [
    "enfermeiro", "enfermeira", "desenvolvedor", "desenvolvedora", "engenheiro",
    "engenheira", "coordenador", "coordenadora", "assistente", "estagiário", "estagiária",
    "advogado", "advogada", "vendedor",
  ]

  private static let french = [
    "infirmier", "infirmière", "développeur", "développeuse", "ingénieur", "ingénieure",
    "analyste", "gestionnaire", "enseignant", "enseignante", "professeur", "technicien",
    "technicienne", "comptable", "vendeur", "vendeuse", "conseiller", "conseillère",
    "assistante", "chargé", "chargée", "stagiaire", "directrice", "directeur",
  ]

  private static let german = [
    "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "pfleger", "pflegerin",
    "pflegefachkraft", "krankenschwester", "lehrer", "lehrerin", "berater", "beraterin",
    "verkäufer", "verkäuferin", "buchhalter", "buchhalterin", "techniker", "technikerin",
    "arzt", "ärztin", "leiter", "leiterin", "referent", "referentin", "sachbearbeiter",
    "sachbearbeiterin", "praktikant", "praktikantin", "werkstudent", "werkstudentin",
  ]
}
