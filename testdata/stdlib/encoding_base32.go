// encoding/base32: RFC 4648 vectors in Std and Hex alphabets, padded and not, malformed input
// with gc's offsets and partial results, the stream encoder and decoder in odd pieces, panics.
package main

import (
	"bytes"
	"encoding/base32"
	"fmt"
	"io"
	"strings"
)

type pieces struct {
	data []byte
	step int
}

func (p *pieces) Read(b []byte) (int, error) {
	if len(p.data) == 0 {
		return 0, io.EOF
	}
	n := p.step
	if n > len(b) {
		n = len(b)
	}
	if n > len(p.data) {
		n = len(p.data)
	}
	copy(b, p.data[:n])
	p.data = p.data[n:]
	p.step = p.step%6 + 1
	return n, nil
}

func catch(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover()) }()
	f()
}

var encodings = []struct {
	name string
	enc  *base32.Encoding
}{
	{"Std", base32.StdEncoding},
	{"Hex", base32.HexEncoding},
	{"RawStd", base32.StdEncoding.WithPadding(base32.NoPadding)},
	{"Star", base32.HexEncoding.WithPadding('*')},
}

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\xfc\xfb\xfa", "sure."} {
		fmt.Printf("%q:", s)
		for _, e := range encodings {
			enc := e.enc.EncodeToString([]byte(s))
			dec, err := e.enc.DecodeString(enc)
			fmt.Printf(" %s=%s", e.name, enc)
			if string(dec) != s || err != nil {
				fmt.Printf("(BAD %q %v)", dec, err)
			}
		}
		fmt.Println()
	}
	bad := []string{
		"", "MY======", "MY=====", "MY", "M", "MZXQ====", "MZXW6===", "MZXW6YQ=", "MZXW6YTB",
		"MZXW6YTBOI======", "MZXW6YTBOI=====", "MZ=W6YTB", "MZXW6YT=", "M=======", "MZX=====",
		"MZXW6Y==", "MY======MY======", "MY==\n====", "MZXW6YTB\r\nOI======", "MZXW!YTB",
		"1ZXW6YTB", "MZXW6YTBOI", "MZXW6YTBO", "MY======x", "MY=x====", "\xff\xff", "MY\xff",
		"CO======", "co======", "MZXW6YTBOJUWU23MNU======", "========",
	}
	for _, s := range bad {
		fmt.Printf("%q:", s)
		for _, e := range encodings {
			dst := bytes.Repeat([]byte{'.'}, e.enc.DecodedLen(len(s))+2)
			n, err := e.enc.Decode(dst, []byte(s))
			fmt.Printf(" %s(%d %q %v)", e.name, n, dst, err)
		}
		fmt.Println()
	}
	fmt.Println(base32.StdEncoding.EncodedLen(11), encodings[2].enc.EncodedLen(11), base32.StdEncoding.DecodedLen(24), encodings[2].enc.DecodedLen(18))
	fmt.Println(base32.CorruptInputError(3).Error())
	short := make([]byte, 5)
	catch("short dst", func() { base32.StdEncoding.Encode(short, []byte("abc")) })
	fmt.Printf("short dst %q\n", short)
	shortRaw := make([]byte, 3)
	catch("short raw dst", func() { encodings[2].enc.Encode(shortRaw, []byte("abcdef")) })
	fmt.Printf("short raw dst %q\n", shortRaw)
	catch("short alphabet", func() { base32.NewEncoding("ABC") })
	catch("padding in alphabet", func() { base32.StdEncoding.WithPadding('A') })
	catch("invalid padding", func() { base32.StdEncoding.WithPadding('\r') })
	catch("Encode into short dst", func() { base32.StdEncoding.Encode(make([]byte, 3), []byte("abcdef")) })

	msg := []byte(strings.Repeat("base32 streams, piece by piece. ", 70))
	for _, e := range encodings {
		var out bytes.Buffer
		w := base32.NewEncoder(e.enc, &out)
		for i, step := 0, 1; i < len(msg); i, step = i+step, step%9+1 {
			end := i + step
			if end > len(msg) {
				end = len(msg)
			}
			w.Write(msg[i:end])
		}
		err := w.Close()
		whole := e.enc.EncodeToString(msg)
		wrapped := ""
		for i := 0; i < len(whole); i += 60 {
			end := i + 60
			if end > len(whole) {
				end = len(whole)
			}
			wrapped += whole[i:end] + "\n"
		}
		dec, rerr := io.ReadAll(base32.NewDecoder(e.enc, &pieces{data: []byte(wrapped), step: 2}))
		fmt.Println("stream", e.name, out.String() == whole, err, bytes.Equal(dec, msg), rerr)
	}
	for _, in := range []string{"MZXW6YTBOI======", "MZXW6YTBOI", "MZXW6YTB", "MZXW6", "MZXW6YT!", "MY======MY======", "MZXW6YTBOI======\n\n"} {
		for _, e := range []*base32.Encoding{base32.StdEncoding, encodings[2].enc} {
			r := base32.NewDecoder(e, &pieces{data: []byte(in), step: 1})
			var got []byte
			buf := make([]byte, 3)
			for i := 0; i < 30; i++ {
				n, err := r.Read(buf)
				got = append(got, buf[:n]...)
				if err != nil {
					fmt.Printf("decoder %q: %q %v\n", in, got, err)
					break
				}
			}
		}
	}
}
