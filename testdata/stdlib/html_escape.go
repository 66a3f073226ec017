// html: EscapeString, UnescapeString over named references (with and without semicolons,
// legacy prefixes, two-rune ones), numeric references in every form and range, malformed input,
// and round trips.
package main

import (
	"fmt"
	"html"
)

func main() {
	for _, s := range []string{"", "plain", `<a href="x">Tom & Jerry's</a>`, "&&<<>>''\"\"", "é & ü"} {
		e := html.EscapeString(s)
		fmt.Printf("%q -> %q -> %q\n", s, e, html.UnescapeString(e))
	}
	inputs := []string{
		"&amp;", "&amp", "&AMP;", "&lt;b&gt;", "&aacute;&Aacute;", "&notit;", "&notin;", "&not;", "&noti",
		"&copy2021", "&copy;2021", "&nbsp;x", "&NotEqualTilde;", "&nLt;", "&acE;", "&ThickSpace;",
		"&#65;", "&#65", "&#x41;", "&#X41", "&#x;", "&#;", "&#", "&#x", "&#1", "&#1a", "&#12a", "&#xg",
		"&#x1g", "&#0;", "&#128;", "&#x9F;", "&#x9D;", "&#xD800;", "&#x10FFFF;", "&#x110000;",
		"&#99999999999;", "&#x7fffffff;", "&#xffffffff1;", "&", "&;", "& ", "&&amp;", "a&b", "&unknown;",
		"&ampx", "&ampere;", "&lt", "&LT", "&Lt;", "&lang;", "&langle;", "&zwj;&zwnj;", "&fjlig;",
		"text &amp; more &lt;tags&gt; and &#x263A; &#9731;", "&amp;amp;", "&Aacute", "&aacutex",
		"&frac12;&frac14", "&#38;#38;", "&#x26;lt;", "x&", "&#x0041;", "&#0000065;",
	}
	for _, s := range inputs {
		fmt.Printf("%q -> %q\n", s, html.UnescapeString(s))
	}
}
