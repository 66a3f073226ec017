// An import path that is not valid, followed by an import spec the go
// command's reader cannot read: the invalid path is what go build reports.
package main

import (
	"fm t"
	0x1
)

func main() {}
