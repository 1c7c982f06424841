// libzip, for reading and writing the ZIP container of DOCX files.
#include <zip.h>
