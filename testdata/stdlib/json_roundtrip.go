// encoding/json round trips of generated nested values, and the corners of method lookup
// (pointer-receiver marshalers on addressable and unaddressable values), cycles, embedded
// pointers to unexported structs, merging into existing maps, slices and interfaces.
package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"reflect"
	"strings"

	"encoding/json"
)

// gen makes a random JSON-able value of at most depth levels.
func gen(r *rand.Rand, depth int) any {
	k := r.Intn(8)
	if depth == 0 {
		k = r.Intn(5)
	}
	switch k {
	case 0:
		return nil
	case 1:
		return r.Intn(2) == 1
	case 2:
		return float64(r.Int63n(2000000)-1000000) / float64(int64(1)<<uint(r.Intn(40)))
	case 3:
		return r.NormFloat64() * float64(int64(1)<<uint(r.Intn(62)))
	case 4:
		var b strings.Builder
		alphabet := []rune("aZ09 \"\\/<>&\n\t\u00e9\u2028\U0001F600\x01")
		for i := r.Intn(12); i > 0; i-- {
			b.WriteRune(alphabet[r.Intn(len(alphabet))])
		}
		return b.String()
	case 5, 6:
		m := map[string]any{}
		for i := r.Intn(5); i > 0; i-- {
			m[fmt.Sprint("k", r.Intn(100))] = gen(r, depth-1)
		}
		return m
	}
	s := []any{}
	for i := r.Intn(5); i > 0; i-- {
		s = append(s, gen(r, depth-1))
	}
	return s
}

type Node struct {
	Name string
	Next *Node `json:",omitempty"`
}

type Temp int

func (t *Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%d C"`, int(*t))), nil }

type Box struct {
	T  Temp
	TS []Temp
	TA [2]Temp
	TM map[string]Temp
}

type Tiny uint8

func (t *Tiny) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("t", int(*t))), nil }

type Blob []byte

type inner struct{ X, Y int }

type HasEmbeddedPtr struct {
	*inner
	Z int
}

type Shape struct {
	Kind  string
	Sides int
}

func main() {
	r := rand.New(rand.NewSource(7))
	same := 0
	for i := 0; i < 300; i++ {
		v := gen(r, 4)
		b, err := json.Marshal(v)
		if err != nil {
			fmt.Println("marshal:", err)
			continue
		}
		var back any
		if err := json.Unmarshal(b, &back); err != nil {
			fmt.Println("unmarshal:", err)
			continue
		}
		b2, _ := json.Marshal(back)
		if bytes.Equal(b, b2) && reflect.DeepEqual(v, back) {
			same++
		} else {
			fmt.Printf("differs: %s\n   then: %s\n", b, b2)
		}
		if i%50 == 0 {
			fmt.Printf("%s\n", b)
			ind, _ := json.MarshalIndent(back, "", " ")
			var compact bytes.Buffer
			json.Compact(&compact, ind)
			fmt.Println(bytes.Equal(compact.Bytes(), b2), len(ind))
		}
	}
	fmt.Println("round trips:", same)

	n := &Node{Name: "a"}
	n.Next = &Node{Name: "b", Next: n}
	_, err := json.Marshal(n)
	fmt.Println(err)
	_, err = json.Marshal(&Node{Name: "x", Next: &Node{Name: "y"}})
	fmt.Println(err)

	box := Box{T: 1, TS: []Temp{2, 3}, TA: [2]Temp{4, 5}, TM: map[string]Temp{"m": 6}}
	b, _ := json.Marshal(box)
	fmt.Println(string(b))
	b, _ = json.Marshal(&box)
	fmt.Println(string(b))
	b, _ = json.Marshal([]Tiny{1, 2})
	fmt.Println(string(b))
	b, _ = json.Marshal(Blob("blob"))
	fmt.Println(string(b))
	var blob Blob
	fmt.Println(json.Unmarshal([]byte(`"YmxvYg=="`), &blob), string(blob))

	var h HasEmbeddedPtr
	fmt.Println(json.Unmarshal([]byte(`{"X": 1, "Z": 2}`), &h), h.Z)
	b, _ = json.Marshal(HasEmbeddedPtr{&inner{1, 2}, 3})
	fmt.Println(string(b))

	m := map[string]int{"keep": 1, "over": 2}
	fmt.Println(json.Unmarshal([]byte(`{"over": 20, "new": 30}`), &m), m)

	shape := &Shape{Kind: "square", Sides: 4}
	var into any = shape
	fmt.Println(json.Unmarshal([]byte(`{"sides": 5}`), &into), *shape)
	into = Shape{Kind: "value"}
	fmt.Println(json.Unmarshal([]byte(`{"sides": 6}`), &into))
	fmt.Printf("%#v\n", into)

	shapes := []Shape{{"a", 1}, {"b", 2}, {"c", 3}}
	fmt.Println(json.Unmarshal([]byte(`[{"sides": 10}, {"kind": "B"}]`), &shapes), shapes, len(shapes), cap(shapes))

	var grid [][]float64
	fmt.Println(json.Unmarshal([]byte(`[[1, 2.5], [], [-3e2]]`), &grid), grid)

	type Named struct {
		ID    int               `json:"id"`
		Attrs map[string]string `json:"attrs,omitempty"`
		Kids  []*Named          `json:"kids,omitempty"`
	}
	tree := Named{ID: 1, Attrs: map[string]string{"b": "2", "a": "1"}, Kids: []*Named{{ID: 2}, {ID: 3, Kids: []*Named{{ID: 4}}}}}
	b, _ = json.Marshal(tree)
	fmt.Println(string(b))
	var tree2 Named
	fmt.Println(json.Unmarshal(b, &tree2), reflect.DeepEqual(tree, tree2))
}
