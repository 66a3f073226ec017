package main

// A field tag "" is no tag (those assignments compile); other tags and embedded field
// names are part of a struct type, and the messages show the tags quoted.

type Int = int

func main() {
	var emptyTag struct {
		a int ""
	}
	var plain struct{ a int } = emptyTag
	emptyTag = plain
	var tagged struct {
		a int `json:"a"`
		b int "x\ty"
	}
	var untagged struct{ a, b int } = tagged
	var builtin struct{ int }
	var alias struct{ Int } = builtin
	var bytes struct{ byte }
	var uint8s struct{ uint8 } = bytes
	_, _, _ = untagged, alias, uint8s
}
