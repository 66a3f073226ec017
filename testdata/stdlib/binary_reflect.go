// encoding/binary's Read, Write and Size over structs, arrays, slices and pointers, in both byte
// orders, with gc's errors.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   int8
	_       [3]byte
	Count   int32
	Ratio   float32
	Scale   float64
	Ok      bool
	Pairs   [2]struct{ A, B uint8 }
	Big     uint64
	Neg     int64
}

type Bad struct {
	N int
}

type Hidden struct {
	A uint8
	b uint8
}

func show(label string, data interface{}, order binary.ByteOrder) {
	var buf bytes.Buffer
	err := binary.Write(&buf, order, data)
	fmt.Printf("%s size=%d err=%v % x\n", label, binary.Size(data), err, buf.Bytes())
}

func main() {
	h := Header{Magic: [4]byte{'M', 'G', 'O', 1}, Version: 0x0102, Flags: -2, Count: -100000, Ratio: 1.5, Scale: -0.1,
		Ok: true, Big: 1<<63 + 5, Neg: -1}
	h.Pairs[0].A, h.Pairs[1].B = 7, 9
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		show("header", h, order)
		show("ptr", &h, order)
		show("u16s", []uint16{1, 0x203, 0xffff}, order)
		show("f64", 3.25, order)
		show("bools", []bool{true, false, true}, order)
		show("int", 5, order)
		show("bad", Bad{1}, order)
		show("ints", []int{1}, order)
		show("hidden", Hidden{1, 2}, order)

		var buf bytes.Buffer
		binary.Write(&buf, order, h)
		var back Header
		err := binary.Read(bytes.NewReader(buf.Bytes()), order, &back)
		fmt.Println(err, back == h, back.Flags, back.Count, back.Ratio, back.Scale, back.Big, back.Neg, back.Pairs)
		words := make([]int32, 3)
		fmt.Println(binary.Read(bytes.NewReader([]byte{1, 0, 0, 0, 2, 0, 0, 0, 255, 255, 255, 255}), order, words), words)
		var x uint32
		fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2}), order, &x), x)
		fmt.Println(binary.Read(bytes.NewReader(nil), order, &x) == io.EOF)
		fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4}), order, x))
		var n int
		fmt.Println(binary.Read(bytes.NewReader([]byte{1, 2, 3, 4, 5, 6, 7, 8}), order, &n))
		var flag bool
		fmt.Println(binary.Read(bytes.NewReader([]byte{7}), order, &flag), flag)
		var arr [2]float64
		binary.Write(&buf, order, [2]float64{1e300, -2})
		fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()[binary.Size(h):]), order, &arr), arr)
	}
	fmt.Println(binary.Size(struct{ A, B int16 }{}), binary.Size([]struct{ X [3]uint32 }{{}, {}}), binary.Size("s"))
}
