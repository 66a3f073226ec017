// os's files and folders beyond open/read/write: Seek, ReadAt/WriteAt,
// File.Stat, Truncate, Chmod, Rename, Link/Symlink/Readlink, ReadDir (and
// File.ReadDir/Readdirnames in chunks), RemoveAll, MkdirTemp/CreateTemp,
// the errors' texts; io/fs over os.DirFS (ReadFile, ReadDir, Stat, Sub,
// Glob, WalkDir, ValidPath); path/filepath's Walk, WalkDir, Glob, Abs,
// EvalSymlinks and SkipDir. Everything happens in a temporary folder
// whose random name is never printed.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var root string

func rel(path string) string {
	if r, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(r, "..") {
		return "ROOT/" + r
	}
	return path
}

func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), root, "ROOT")
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	var err error
	root, err = os.MkdirTemp("", "minigo-os-dirs-*")
	check(err)
	defer os.RemoveAll(root)
	fmt.Println("temp under TempDir:", strings.HasPrefix(root, os.TempDir()))
	check(os.Chdir(root))

	seekAndAt()
	listings()
	renamesAndLinks()
	temps()
	walks()
	dirFS()
	removeAll()
}

func seekAndAt() {
	f, err := os.Create("data.txt")
	check(err)
	f.WriteString("0123456789abcdef")
	for _, c := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {4, io.SeekStart}, {2, io.SeekCurrent}, {-3, io.SeekEnd}, {-100, io.SeekStart}} {
		pos, err := f.Seek(c.off, c.whence)
		fmt.Println("seek", c.off, c.whence, "->", pos, show(err))
	}
	f.Seek(10, io.SeekStart)
	buf := make([]byte, 4)
	n, err := f.Read(buf)
	fmt.Printf("read after seek %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 2)
	fmt.Printf("readat 2: %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 14)
	fmt.Printf("readat 14: %d %q %v\n", n, buf[:n], err)
	_, err = f.ReadAt(buf, -1)
	fmt.Println("readat -1:", show(err))
	n, err = f.WriteAt([]byte("XY"), 20)
	fmt.Println("writeat 20:", n, err)
	info, err := f.Stat()
	fmt.Println("stat:", info.Name(), info.Size(), info.Mode().IsRegular(), info.IsDir(), err)
	check(f.Truncate(5))
	info, _ = f.Stat()
	fmt.Println("after truncate:", info.Size())
	check(f.Close())
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println("seek closed:", show(err))
	data, _ := os.ReadFile("data.txt")
	fmt.Printf("%q\n", data)

	a, err := os.OpenFile("append.txt", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0644)
	check(err)
	_, err = a.WriteAt([]byte("x"), 0)
	fmt.Println("writeat append:", show(err))
	a.Close()

	check(os.Truncate("data.txt", 2))
	check(os.Chmod("data.txt", 0600))
	info, _ = os.Stat("data.txt")
	fmt.Println("truncate+chmod:", info.Size(), info.Mode())
	fmt.Println("missing:", show(os.Truncate("missing.txt", 0)), "|", show(os.Chmod("missing.txt", 0600)))
}

func listings() {
	check(os.MkdirAll("list/sub", 0755))
	for _, name := range []string{"b.txt", "a.txt", "c.go", "A.md", "sub/inner.txt"} {
		check(os.WriteFile("list/"+name, []byte(name), 0644))
	}
	entries, err := os.ReadDir("list")
	fmt.Println("ReadDir:", len(entries), err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type(), info.Size(), info.Mode().Perm())
	}
	_, err = os.ReadDir("nope")
	fmt.Println("ReadDir missing:", show(err))
	_, err = os.ReadDir("list/a.txt")
	fmt.Println("ReadDir of a file:", show(err))

	dir, err := os.Open("list")
	check(err)
	var names []string
	for {
		chunk, err := dir.ReadDir(2)
		for _, e := range chunk {
			names = append(names, e.Name())
		}
		if err != nil {
			fmt.Println("chunks end with", err, len(chunk))
			break
		}
		if len(chunk) > 2 {
			fmt.Println("chunk too long")
		}
	}
	sort.Strings(names)
	fmt.Println("chunked:", names)
	rest, err := dir.ReadDir(-1)
	fmt.Println("after the end:", len(rest), err)
	dir.Close()

	dir, _ = os.Open("list")
	all, err := dir.Readdirnames(-1)
	sort.Strings(all)
	fmt.Println("Readdirnames:", all, err)
	dir.Close()
	dir, _ = os.Open("list")
	infos, err := dir.Readdir(0)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, info := range infos {
		fmt.Print(info.Name(), ":", info.Size(), " ")
	}
	fmt.Println(err)
	dir.Close()
}

func renamesAndLinks() {
	check(os.WriteFile("old.txt", []byte("old"), 0644))
	fmt.Println("rename:", show(os.Rename("old.txt", "new.txt")))
	fmt.Println("rename again:", show(os.Rename("old.txt", "new.txt")))
	fmt.Println("onto a folder:", show(os.Rename("new.txt", "list")))
	fmt.Println("to itself:", show(os.Rename("new.txt", "new.txt")))
	var linkErr *os.LinkError
	err := os.Rename("old.txt", "x.txt")
	fmt.Println("LinkError:", errors.As(err, &linkErr), linkErr.Op, linkErr.Old, linkErr.New, os.IsNotExist(err))
	check(os.Symlink("new.txt", "link.txt"))
	target, err := os.Readlink("link.txt")
	fmt.Println("readlink:", target, err)
	linfo, _ := os.Lstat("link.txt")
	sinfo, _ := os.Stat("link.txt")
	fmt.Println("lstat/stat:", linfo.Mode()&os.ModeSymlink != 0, sinfo.Mode().IsRegular(), sinfo.Size())
	_, err = os.Readlink("new.txt")
	fmt.Println("readlink of a file:", show(err))
	fmt.Println("symlink exists:", show(os.Symlink("x", "link.txt")))
	check(os.Link("new.txt", "hard.txt"))
	h, _ := os.Stat("hard.txt")
	n, _ := os.Stat("new.txt")
	fmt.Println("SameFile:", os.SameFile(h, n), os.SameFile(h, linfo))
	check(os.MkdirAll("real/deep", 0755))
	check(os.Symlink("real", "alias"))
	check(os.Symlink(root+"/real/deep", "absalias"))
	for _, p := range []string{"alias/deep", "absalias/../deep", "alias/./deep/..", "link.txt", "missing/x", "new.txt/x"} {
		got, err := filepath.EvalSymlinks(p)
		fmt.Println("EvalSymlinks", p, "->", rel(got), show(err))
	}
}

func temps() {
	f, err := os.CreateTemp(".", "tmp-*.txt")
	check(err)
	name := f.Name()
	fmt.Println("CreateTemp:", strings.HasPrefix(name, "./tmp-"), strings.HasSuffix(name, ".txt"))
	f.Close()
	os.Remove(name)
	_, err = os.CreateTemp("", "bad/pattern")
	fmt.Println(show(err))
	_, err = os.MkdirTemp("", "bad/pattern*")
	fmt.Println(show(err))
	_, err = os.MkdirTemp("no-such-dir", "x")
	fmt.Println(show(err))
	_, err = os.CreateTemp("no-such-dir", "x*y")
	random := strings.TrimSuffix(strings.TrimPrefix(show(err), "open no-such-dir/x"), "y: no such file or directory")
	fmt.Println("CreateTemp in a missing folder:", strings.Trim(random, "0123456789") == "" && random != "")
	d, err := os.MkdirTemp(".", "prefix")
	info, _ := os.Stat(d)
	fmt.Println("MkdirTemp:", strings.HasPrefix(d, "./prefix"), info.IsDir(), info.Mode().Perm(), err)
	os.Remove(d)
}

func walks() {
	check(os.MkdirAll("tree/a/aa", 0755))
	check(os.MkdirAll("tree/b", 0755))
	check(os.MkdirAll("tree/skip/deep", 0755))
	for _, f := range []string{"tree/a/1.txt", "tree/a/aa/2.txt", "tree/b/3.go", "tree/skip/4.txt", "tree/skip/deep/5.txt", "tree/top.txt"} {
		check(os.WriteFile(f, []byte(f), 0644))
	}
	err := filepath.WalkDir("tree", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("WalkDir", path, d.IsDir(), err)
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		if d.Name() == "1.txt" {
			return filepath.SkipDir // skips the rest of tree/a
		}
		return nil
	})
	fmt.Println("WalkDir done:", err)
	err = filepath.Walk("tree", func(path string, info fs.FileInfo, err error) error {
		fmt.Println("Walk", path, info.Size() > 0, info.IsDir(), err)
		if info.Name() == "b" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("Walk done:", err)
	stop := errors.New("stop here")
	err = filepath.Walk("tree", func(path string, info fs.FileInfo, err error) error {
		if strings.HasSuffix(path, "2.txt") {
			return stop
		}
		return nil
	})
	fmt.Println("Walk stopped:", err == stop)
	err = filepath.WalkDir("no-tree", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("WalkDir missing root:", path, d == nil, show(err))
		return err
	})
	fmt.Println("->", show(err))
	for _, pattern := range []string{"tree/*", "tree/*/*.txt", "tree/[ab]/*", "tree/?/aa", "nothing*", "tree/top.txt", "tree/[", "*/*/aa/*"} {
		m, err := filepath.Glob(pattern)
		fmt.Println("Glob", pattern, m, err)
	}
	abs, err := filepath.Abs("tree/a/../b")
	fmt.Println("Abs:", rel(abs), err)
	abs, _ = filepath.Abs("/x/../y/")
	fmt.Println("Abs:", abs)
}

func dirFS() {
	fsys := os.DirFS("tree")
	data, err := fs.ReadFile(fsys, "a/aa/2.txt")
	fmt.Printf("fs.ReadFile %q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "missing")
	fmt.Println("missing:", show(err), errors.Is(err, fs.ErrNotExist))
	_, err = fsys.Open("../escape")
	fmt.Println("invalid:", show(err), errors.Is(err, fs.ErrInvalid))
	entries, err := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		fmt.Print(e.Name(), " ", e.IsDir(), "; ")
	}
	fmt.Println(err)
	info, err := fs.Stat(fsys, "b/3.go")
	fmt.Println("fs.Stat", info.Name(), info.Size(), err)
	sub, err := fs.Sub(fsys, "skip")
	check(err)
	fs.WalkDir(sub, ".", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("sub walk", path, d.Name(), d.IsDir())
		return nil
	})
	_, err = fs.ReadFile(sub, "nope.txt")
	fmt.Println("sub error:", show(err))
	_, err = fs.Sub(fsys, "/abs")
	fmt.Println(show(err))
	for _, pattern := range []string{"*", "*/*.txt", "a/*/*", "[", "top.txt", "none"} {
		m, err := fs.Glob(fsys, pattern)
		fmt.Println("fs.Glob", pattern, m, err)
	}
	m, err := fs.Glob(sub, "*")
	fmt.Println("sub glob", m, err)
	for _, p := range []string{".", "a", "a/b", "", "/a", "a/", "a//b", "./a", "a/..", "..", "a/.b", "x/./y"} {
		fmt.Print(p, "=", fs.ValidPath(p), " ")
	}
	fmt.Println()
	fmt.Println(fs.ModeDir|0755, fs.FileMode(0644), os.ModeSymlink|os.ModeSetuid|0700, fs.ModeNamedPipe.Type())
}

func removeAll() {
	fmt.Println("RemoveAll:", show(os.RemoveAll("tree")))
	_, err := os.Stat("tree")
	fmt.Println("gone:", os.IsNotExist(err))
	fmt.Println("RemoveAll missing:", show(os.RemoveAll("tree")), show(os.RemoveAll("")))
	fmt.Println("RemoveAll dot:", show(os.RemoveAll("list/.")))
	fmt.Println("RemoveAll file:", show(os.RemoveAll("new.txt")))
	fmt.Println("Remove non-empty:", show(os.Remove("list")))
	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()
}

func init() {
	os.Setenv("A", "alpha")
	os.Setenv("B_2", "beta")
	for _, s := range []string{"$A-${B_2}", "$$ $1 ${A}x $Ax", "${} ${A", "cost: 5$", "$", "${*}", "plain"} {
		fmt.Printf("Expand %q -> %q\n", s, os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$x/${y}", func(name string) string { return "<" + name + ">" }))
	os.Setenv("XDG_CACHE_HOME", "/cache/here")
	os.Setenv("HOME", "/home/me")
	os.Unsetenv("XDG_CONFIG_HOME")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.NewSyscallError("x", nil) == nil, os.NewSyscallError("open", os.ErrNotExist), os.IsTimeout(os.ErrNotExist))
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	host, err := os.Hostname()
	fmt.Println("Hostname:", host != "", err)
	exe, err := os.Executable()
	fmt.Println("Executable:", strings.HasPrefix(exe, "/"), err)
	fmt.Println("pids:", os.Getpid() > 1, os.Getppid() > 0, os.Getuid() >= 0, os.Getpagesize())
}
