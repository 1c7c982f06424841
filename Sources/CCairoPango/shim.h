// Cairo (PDF and image surfaces) with Pango text layout, for writing documents.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
