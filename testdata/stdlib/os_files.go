// Package os over internal/syscall: the standard streams, files and
// directories in the working directory, *PathError texts and ErrNotExist,
// the environment, Getwd/Chdir, FileMode's text and Exit skipping defers.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

func main() {
	fmt.Println(len(os.Args) > 0)
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	io.Copy(os.Stdout, strings.NewReader("copied\n"))
	_, err := os.Open("/nonexistent/x")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	dir := "tmpdir_test"
	fmt.Println(os.MkdirAll(dir+"/a/b", 0755))
	fmt.Println(os.WriteFile(dir+"/a/b/f.txt", []byte("hello file\n"), 0644))
	data, err := os.ReadFile(dir + "/a/b/f.txt")
	fmt.Printf("%q %v\n", data, err)
	info, err := os.Stat(dir + "/a/b/f.txt")
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.IsDir(), err)
	age := time.Since(info.ModTime())
	fmt.Println(age > -time.Minute && age < time.Minute, info.ModTime().Location(), info.ModTime().Year() > 2000)
	info, _ = os.Stat(dir + "/a")
	fmt.Println(info.Name(), info.Mode(), info.IsDir())
	fmt.Println(os.Remove(dir + "/a"))
	fmt.Println(os.Remove(dir+"/a/b/f.txt"), os.Remove(dir+"/a/b"), os.Remove(dir+"/a"), os.Remove(dir))
	fmt.Println(os.Mkdir(dir, 0700), os.Mkdir(dir, 0700), os.Remove(dir))
	f, err := os.Create("created.txt")
	fmt.Println(err, f.Name())
	n, err := f.WriteString("abc")
	fmt.Println(n, err, f.Close(), f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	os.Remove("created.txt")
	fmt.Println(os.Setenv("MINIGO_X", "1"), os.Getenv("MINIGO_X"), os.Setenv("", "x"), os.Setenv("A=B", "x"))
	v, ok := os.LookupEnv("MINIGO_X")
	fmt.Println(v, ok)
	os.Unsetenv("MINIGO_X")
	v, ok = os.LookupEnv("MINIGO_X")
	fmt.Printf("%q %v\n", v, ok)
	wd, err := os.Getwd()
	fmt.Println(wd != "", err, os.Chdir("/nonexistent"))
	fmt.Println(os.Stdin.Name(), os.Stdout.Fd(), os.ModeDir|0755, os.FileMode(0644))
	defer fmt.Println("deferred: not printed")
	os.Exit(3)
}
