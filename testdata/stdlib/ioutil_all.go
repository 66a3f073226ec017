// io/ioutil's wrappers over io and os, in a temporary folder.
package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "ioutil-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, name := range []string{"c", "a", "b"} {
		fmt.Println(ioutil.WriteFile(dir+"/"+name, []byte(strings.Repeat(name, 3)), 0640))
	}
	infos, err := ioutil.ReadDir(dir)
	for _, info := range infos {
		fmt.Println(info.Name(), info.Size(), info.Mode())
	}
	fmt.Println(err)
	data, err := ioutil.ReadFile(dir + "/b")
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadDir(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	f, err := ioutil.TempFile(dir, "f*.tmp")
	fmt.Println(err, strings.HasSuffix(f.Name(), ".tmp"))
	f.WriteString("temp")
	f.Close()
	all, err := ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("reader")))
	fmt.Printf("%q %v\n", all, err)
	n, err := ioutil.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
}
