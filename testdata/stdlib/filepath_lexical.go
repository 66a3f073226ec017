// path/filepath's lexical functions on Unix: Clean, Join, Split, Base, Dir, Ext, IsAbs, Rel,
// Match (with its own ErrBadPattern), SplitList, VolumeName, ToSlash/FromSlash, HasPrefix.
package main

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
)

var paths = []string{
	"", ".", "..", "/", "//", "a", "a/", "/a", "a/b", "a//b", "a/./b", "a/../b", "../a", "/../a",
	"a/b/..", "a/b/../..", "a/b/../../..", "/a/b/c.d/", "x.tar.gz", ".hidden", "a.b/c", "a/b.",
	"abc/def/ghi/", "//a//b//", "./a/./b/.", "a/..b/c", "...",
}

func main() {
	for _, p := range paths {
		dir, file := filepath.Split(p)
		fmt.Printf("%q: Clean %q Split %q %q Base %q Dir %q Ext %q IsAbs %v Vol %q Slash %q %q\n",
			p, filepath.Clean(p), dir, file, filepath.Base(p), filepath.Dir(p), filepath.Ext(p),
			filepath.IsAbs(p), filepath.VolumeName(p), filepath.ToSlash(p), filepath.FromSlash(p))
	}
	fmt.Printf("%q %q %q %q %q\n", filepath.Join(), filepath.Join("", ""), filepath.Join("a", "", "b"),
		filepath.Join("/", "..", "x"), filepath.Join("a/", "/b/", "../c", "."))
	for _, base := range []string{"", ".", "/", "a", "a/b", "/a", "/a/b", "../a", "..", "a/../..", "a/b/c", "/x/y"} {
		for _, targ := range []string{".", "a", "a/b/c", "/", "/a", "/a/b/d", "..", "../a", "a/x", "b", "x/y/z"} {
			rel, err := filepath.Rel(base, targ)
			fmt.Printf("Rel(%q, %q) = %q %v\n", base, targ, rel, err)
		}
	}
	for _, m := range [][2]string{
		{"*", "abc"}, {"*", "a/b"}, {"a*/b", "abc/b"}, {"a?c", "abc"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"},
		{"[", "a"}, {"a[", "a"}, {"\\*", "*"}, {"[]a]", "]"}, {"[x-]", "x"}, {"*.go", "main.go"},
		{"a\\", "a"}, {"[a-", "a"}, {"", ""}, {"ab[", "x"},
	} {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Println("Match", m, ok, err, errors.Is(err, filepath.ErrBadPattern), err == path.ErrBadPattern)
	}
	fmt.Printf("%q %q %q %d\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin"), filepath.SplitList(":a::"),
		len(filepath.SplitList("")))
	fmt.Println(filepath.HasPrefix("/a/bc", "/a/b"), string(filepath.Separator), string(filepath.ListSeparator))
}
