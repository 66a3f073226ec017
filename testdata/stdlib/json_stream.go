// encoding/json's Encoder and Decoder over io streams (Decode in a loop, More, Token,
// UseNumber, DisallowUnknownFields, Buffered, InputOffset, SetIndent, SetEscapeHTML) and
// Valid, Compact, Indent, HTMLEscape.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"encoding/json"
)

type Msg struct {
	Name string
	Text string `json:"text"`
	N    int    `json:",omitempty"`
}

// oneByte reads one byte at a time, to exercise the Decoder's refills.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func decodeAll(input string, useNumber, strict bool) {
	dec := json.NewDecoder(oneByte{strings.NewReader(input)})
	if useNumber {
		dec.UseNumber()
	}
	if strict {
		dec.DisallowUnknownFields()
	}
	for {
		var v any
		if strict {
			var m Msg
			err := dec.Decode(&m)
			if err == io.EOF {
				fmt.Println("EOF")
				return
			}
			if err != nil {
				fmt.Println("error:", err)
				return
			}
			fmt.Printf("%+v\n", m)
			continue
		}
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("EOF at", dec.InputOffset())
			return
		}
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				fmt.Println("syntax error:", err, se.Offset)
			} else {
				fmt.Println("error:", err)
			}
			return
		}
		fmt.Printf("%T %v offset %d\n", v, v, dec.InputOffset())
	}
}

func tokens(input string) {
	dec := json.NewDecoder(strings.NewReader(input))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			fmt.Println("EOF")
			return
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%T: %v more=%v\n", t, t, dec.More())
	}
}

func main() {
	decodeAll(`{"a": 1} [2, 3]  "four" 5 6.5 true null {"b": {"c": []}}`+"\n", false, false)
	decodeAll(`1 2 3`, true, false)
	decodeAll(`{"Name": "n", "text": "t"} {"name": "m", "extra": 1}`, false, true)
	decodeAll(`[1, 2] {"a": tru}`, false, false)
	decodeAll(`{"a": 1`, false, false)
	decodeAll(`  `, false, false)
	decodeAll(`[1] ]`, false, false)
	decodeAll(`12345678901234567890123 1e999`, false, false)

	// a stream of messages inside one array, read element by element
	dec := json.NewDecoder(strings.NewReader(`[{"Name": "Ed", "text": "Knock knock."}, {"Name": "Sam", "text": "Who's there?"}] trailing`))
	t, err := dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var m Msg
		if err := dec.Decode(&m); err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%v: %v\n", m.Name, m.Text)
	}
	t, err = dec.Token()
	fmt.Println(t, err)
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("buffered %q\n", rest)

	tokens(`{"a": [1, "two", true, null, {"b": 2.5}], "c": {}} [] 7`)
	tokens(`[1 2]`)
	tokens(`{"a" 1}`)
	tokens(`{"a": 1 "b"}`)
	tokens(`]`)
	tokens(`{1}`)

	dec = json.NewDecoder(strings.NewReader(`[1, 2]`))
	dec.Token()
	var n int
	fmt.Println(dec.Decode(&n), n)
	fmt.Println(dec.Decode(&n), n)
	fmt.Println(dec.Decode(&n))
	dec = json.NewDecoder(strings.NewReader(`{"k": 1}`))
	dec.Token()
	fmt.Println(dec.Decode(&n))
	dec.Token()
	fmt.Println(dec.Decode(&n), n)

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": []int{1, 2}})
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": []int{1, 2}})
	enc.SetIndent("# ", "..")
	enc.Encode(Msg{"a", "b", 3})
	enc.Encode([]any{})
	fmt.Println(enc.Encode(make(chan int)))
	var buf bytes.Buffer
	enc = json.NewEncoder(&buf)
	for i := 0; i < 3; i++ {
		enc.Encode(i)
	}
	fmt.Printf("%q\n", buf.String())

	for _, src := range []string{` { "a" : [ 1 , 2 , { } , [ ] ] , "b" : "x y <>&\u2028" } `, `[1,2`, `{"a":1}x`, `  7  `, `[]`, `{"a": "\u003c"}`, "[\"<\u2028\u2029>\"]"} {
		var out bytes.Buffer
		out.WriteString("pre:")
		err := json.Compact(&out, []byte(src))
		fmt.Printf("compact %q %v\n", out.String(), err)
		out.Reset()
		out.WriteString("pre:")
		err = json.Indent(&out, []byte(src), ">", "  ")
		fmt.Printf("indent %q %v\n", out.String(), err)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Println("offset", se.Offset)
		}
		out.Reset()
		json.HTMLEscape(&out, []byte(src))
		fmt.Printf("escape %q valid %v\n", out.String(), json.Valid([]byte(src)))
	}
	var out bytes.Buffer
	err = json.Compact(&out, []byte(`{"a" 1}`))
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se), se.Offset)
}
