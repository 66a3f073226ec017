// encoding/hex, encoding/base64 and encoding/binary (without Read/Write/Size): RFC 4648 vectors,
// every encoding variant, malformed input with gc's error offsets and partial results, streams
// through Encoder/Decoder in odd pieces, hex dumps, byte orders, varints at every boundary.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

func catch(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

// pieces is a Reader handing out its data a few bytes at a time.
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
	p.step = p.step%5 + 1
	return n, nil
}

func hexTests() {
	for _, s := range []string{"", "\x00", "Hello, Gophers!", "\xff\xfe\x80\x7f"} {
		enc := hex.EncodeToString([]byte(s))
		dec, err := hex.DecodeString(enc)
		fmt.Printf("hex %q -> %s -> %q %v (%d %d)\n", s, enc, dec, err, hex.EncodedLen(len(s)), hex.DecodedLen(len(enc)))
	}
	for _, s := range []string{"48656C6c6F", "4", "zz", "4g", "48656c6", "48656cx", "4865z", "\xff0", "é0", "0 1"} {
		dec, err := hex.DecodeString(s)
		fmt.Printf("hex decode %q: %q %v\n", s, dec, err)
	}
	dst := []byte("........")
	n, err := hex.Decode(dst, []byte("41424x"))
	fmt.Println("Decode", n, err, string(dst), errors.Is(err, hex.ErrLength))
	fmt.Println(hex.InvalidByteError('\n').Error(), hex.InvalidByteError(0x80), hex.InvalidByteError(0xe9))
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\x00\x01\x7f\x80")))
	fmt.Printf("%q\n", hex.Dump(nil))
	for _, size := range []int{1, 7, 8, 9, 15, 16, 17, 32} {
		var out strings.Builder
		d := hex.Dumper(&out)
		data := make([]byte, size)
		for i := range data {
			data[i] = byte('a' + i)
		}
		d.Write(data[:size/2])
		d.Write(data[size/2:])
		d.Close()
		d.Close()
		_, err := d.Write([]byte("x"))
		fmt.Printf("dumper %d:\n%s%v\n", size, out.String(), err)
	}
	var sink strings.Builder
	e := hex.NewEncoder(&sink)
	n, err = e.Write(bytes.Repeat([]byte{0xab, 0xcd, 0x01}, 400))
	fmt.Println("encoder", n, err, len(sink.String()), sink.String()[:12])
	for _, in := range []string{"616263646566", "61626", "6162zz63", "616z"} {
		r := hex.NewDecoder(&pieces{data: []byte(in), step: 3})
		var got []byte
		buf := make([]byte, 2)
		for {
			n, err := r.Read(buf)
			got = append(got, buf[:n]...)
			if err != nil {
				fmt.Printf("decoder %q: %q %v\n", in, got, err)
				break
			}
		}
	}
}

var encodings = []struct {
	name string
	enc  *base64.Encoding
}{
	{"Std", base64.StdEncoding},
	{"URL", base64.URLEncoding},
	{"RawStd", base64.RawStdEncoding},
	{"RawURL", base64.RawURLEncoding},
	{"StdStrict", base64.StdEncoding.Strict()},
	{"RawStrict", base64.RawStdEncoding.Strict()},
	{"Star", base64.StdEncoding.WithPadding('*')},
}

func base64Tests() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xbf", "sure."} {
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
		"", "Zg==", "Zg=", "Zg", "Z", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zh==", "Zm9=", "Zm8=",
		"Zg==Zg==", "Zg==\n", "Zg=\n=", "Zg\r\n==", "Z===", "====", "=", "Zm9vYmFy\n",
		"Zm9v\nYmFy", "Zm9vYm!y", "Zm9vYmFyZm9vYmFy", "Zm9vYmFyZm9vYmF!", "!m9vYmFyZm9vYmFy",
		"Zm9vYmFyZm9vYg", "Zm9vYmFyZm9vYh", "Zm9vYmFyZm9vY", "YWJj-_8=", "YWJj+/8=", "Zg==x",
		"Zm9vYmFyZm9vYmF=", "Zm9vYmFyZm9v=mFy", "\n\n", "Zg*=", "Zg**",
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
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16), base64.RawURLEncoding.DecodedLen(15))
	fmt.Println(base64.CorruptInputError(12).Error())
	custom := base64.NewEncoding("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").WithPadding(base64.NoPadding)
	fmt.Println("custom", custom.EncodeToString([]byte("crypt text")))
	catch("short alphabet", func() { base64.NewEncoding("abc") })
	catch("newline alphabet", func() { base64.NewEncoding("\n" + strings.Repeat("x", 63)) })
	catch("padding in alphabet", func() { base64.StdEncoding.WithPadding('A') })
	catch("newline padding", func() { base64.StdEncoding.WithPadding('\n') })
	catch("big padding", func() { base64.StdEncoding.WithPadding(0x100) })

	msg := []byte(strings.Repeat("streaming base64 through pieces! ", 60))
	for _, e := range encodings[:4] {
		var out bytes.Buffer
		w := base64.NewEncoder(e.enc, &out)
		for i, step := 0, 1; i < len(msg); i, step = i+step, step%7+1 {
			end := i + step
			if end > len(msg) {
				end = len(msg)
			}
			w.Write(msg[i:end])
		}
		err := w.Close()
		whole := e.enc.EncodeToString(msg)
		// Wrap the text in lines, as MIME does; the decoder drops the newlines.
		wrapped := ""
		for i := 0; i < len(whole); i += 76 {
			end := i + 76
			if end > len(whole) {
				end = len(whole)
			}
			wrapped += whole[i:end] + "\r\n"
		}
		dec, rerr := io.ReadAll(base64.NewDecoder(e.enc, &pieces{data: []byte(wrapped), step: 2}))
		fmt.Println("stream", e.name, out.String() == whole, err, bytes.Equal(dec, msg), rerr)
	}
	for _, in := range []string{"Zm9vYmFy", "Zm9vYmE", "Zm9vYm!y", "Zm9vY", "Zm9v\nYmE="} {
		for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
			r := base64.NewDecoder(e, &pieces{data: []byte(in), step: 1})
			var got []byte
			buf := make([]byte, 4)
			for i := 0; i < 20; i++ {
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

func binaryTests() {
	b := make([]byte, 8)
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		order.PutUint16(b, 0x0102)
		fmt.Println(order, b[:2], order.Uint16(b))
		order.PutUint32(b, 0x01020304)
		fmt.Println(order, b[:4], order.Uint32(b))
		order.PutUint64(b, 0x0102030405060708)
		fmt.Println(order, b, order.Uint64(b))
		fmt.Println(order.Uint16([]byte{0xff, 0}), order.Uint32([]byte{0, 0, 0, 0x80}), order.Uint64([]byte{1, 2, 3, 4, 5, 6, 7, 0xff}))
		catch("Uint16 short", func() { order.Uint16([]byte{1}) })
		catch("Uint32 short", func() { order.Uint32([]byte{1, 2}) })
		catch("PutUint64 short", func() { order.PutUint64(make([]byte, 7), 1) })
	}
	for _, order := range []binary.AppendByteOrder{binary.LittleEndian, binary.BigEndian} {
		out := order.AppendUint16([]byte{9}, 0xabcd)
		out = order.AppendUint32(out, 0xdeadbeef)
		out = order.AppendUint64(out, 1<<63|5)
		fmt.Println(order.String(), out)
	}
	fmt.Printf("%v %s %#v\n", binary.LittleEndian, binary.BigEndian, binary.BigEndian)
	buf := make([]byte, binary.MaxVarintLen64)
	for _, x := range []uint64{0, 1, 127, 128, 255, 300, 16383, 16384, 1<<32 - 1, 1 << 56, 1<<63 - 1, 1 << 63, 1<<64 - 1} {
		n := binary.PutUvarint(buf, x)
		y, m := binary.Uvarint(buf[:n])
		app := binary.AppendUvarint([]byte{7}, x)
		r, err := binary.ReadUvarint(bytes.NewReader(buf[:n]))
		fmt.Println("uvarint", x, buf[:n], y, m, bytes.Equal(app[1:], buf[:n]), r, err)
	}
	for _, x := range []int64{0, -1, 1, -64, 63, 64, -65, 1<<31 - 1, -1 << 31, 1<<63 - 1, -1 << 63} {
		n := binary.PutVarint(buf, x)
		y, m := binary.Varint(buf[:n])
		app := binary.AppendVarint(nil, x)
		r, err := binary.ReadVarint(bufio.NewReader(bytes.NewReader(buf[:n])))
		fmt.Println("varint", x, buf[:n], y, m, bytes.Equal(app, buf[:n]), r, err)
	}
	malformed := [][]byte{
		nil, {0x80}, {0xff, 0xff}, {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x81},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x81, 0x00},
		{0x81, 0x00, 0x05},
	}
	for _, m := range malformed {
		u, n := binary.Uvarint(m)
		v, k := binary.Varint(m)
		r, err := binary.ReadUvarint(bytes.NewReader(m))
		s, err2 := binary.ReadVarint(bytes.NewReader(m))
		fmt.Println("malformed", m, u, n, v, k, r, err, s, err2)
	}
	catch("PutUvarint short", func() { binary.PutUvarint(make([]byte, 2), 1<<20) })
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
}

func main() {
	hexTests()
	base64Tests()
	binaryTests()
}
