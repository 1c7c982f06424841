// libxml2, for reading the WordprocessingML inside DOCX files.
//
// Debian builds libxml2 with ICU, whose headers clash with the ICU that Foundation carries.
// Candor never touches libxml2's encoding handlers, so the ICU parts are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
