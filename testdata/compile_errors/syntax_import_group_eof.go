// A file cut short inside an import group. The go command reads the imports
// first, and its reader puts the end of the file one column past the final
// newline, on that newline's line.
package main

import (
	"errors"
