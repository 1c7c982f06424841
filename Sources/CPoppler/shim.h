// poppler-glib, for reading the text layer of PDF files.
#include <poppler.h>
