// text/template against gc: a table of templates executed on structs, maps, slices and methods,
// with gc's output and error texts (parse and execution errors).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
	Qty   int
}

func (i Item) Total() float64              { return i.Price * float64(i.Qty) }
func (i *Item) Label(prefix string) string { return prefix + ":" + i.Name }
func (i Item) Fail() (string, error)       { return "", errors.New("boom") }
func (i Item) Pair(a int, b string) string { return fmt.Sprint(a, b) }
func (i Item) Variadic(xs ...int) int      { return len(xs) }

type Order struct {
	ID     int
	Items  []Item
	Meta   map[string]string
	Counts map[int]int
	Owner  *Person
	Any    interface{}
	hidden int
	Flag   bool
	Ptr    *Item
}

type Person struct {
	First, Last string
}

func (p Person) String() string { return p.First + " " + p.Last }

var order = Order{
	ID: 7,
	Items: []Item{
		{"apple", 0.5, []string{"fruit", "red"}, 4},
		{"bread", 2.25, nil, 1},
		{"cheese", 7, []string{"dairy"}, 0},
	},
	Meta:   map[string]string{"b": "beta", "a": "alpha", "c": "gamma"},
	Counts: map[int]int{3: 30, 1: 10, 2: 20},
	Owner:  &Person{"Ada", "Lovelace"},
	Any:    42,
	Flag:   true,
}

var templates = []string{
	`plain text`,
	`{{.ID}} {{.Owner}} {{.Owner.First}} {{.Any}} {{.Flag}}`,
	`{{range .Items}}{{.Name}}={{.Price}}x{{.Qty}} {{end}}`,
	`{{range $i, $e := .Items}}{{$i}}:{{$e.Name}}{{if $e.Tags}}[{{join $e.Tags ","}}]{{end}} {{end}}`,
	`{{range $k, $v := .Meta}}{{$k}}={{$v}};{{end}} {{range .Counts}}{{.}},{{end}}`,
	`{{with .Owner}}{{.Last}}, {{.First}}{{else}}nobody{{end}} {{with .Ptr}}x{{else}}no ptr{{end}}`,
	`{{if eq .ID 7}}seven{{else if eq .ID 8}}eight{{else}}other{{end}}`,
	`{{if and .Flag (gt .ID 5) (not .Ptr)}}yes{{end}} {{or .Ptr "fallback"}} {{and 1 0 2}} {{or 0 "" 3}}`,
	`{{len .Items}} {{index .Items 1 | printf "%v"}} {{index .Meta "a"}} {{index .Counts 2}} {{(index .Items 0).Name}}`,
	`{{slice "abcdef" 1 3}} {{slice .Items 1 2}} {{len (slice .Items 1)}} {{cap (slice .Items 0 1 2)}} {{slice "abc" 0 1 2}}`,
	`{{printf "%05.1f|%-4s|%x" 3.14159 "ab" 255}} {{print 1 2 "a" "b" 3}} {{println "x" 1}}`,
	`{{html "<a href=\"x\">&'"}} {{js "it's \"q\" <b>"}} {{urlquery "a b&c=d/é"}}`,
	`{{range .Items}}{{if eq .Name "bread"}}{{continue}}{{end}}{{if eq .Name "cheese"}}{{break}}{{end}}{{.Name}}{{end}}`,
	`{{range .Items}}{{.Total}} {{.Label "L"}} {{.Pair 3 "x"}} {{.Variadic 1 2 3}} {{end}}`,
	`{{$x := 5}}{{$x}} {{$x = 6}}{{$x}} {{$y := .Items}}{{len $y}} {{$}}`,
	`{{- "trim" -}}   x   {{- 3 }}  {{/* comment */}} {{- /* c2 */ -}} end`,
	`{{define "row"}}<{{.Name}}>{{end}}{{range .Items}}{{template "row" .}}{{end}}`,
	`{{block "b" .ID}}block {{.}}{{end}}`,
	`{{range .Nothing}}x{{else}}empty{{end}}`,
	`{{range $i, $c := "abc"}}{{$i}}{{$c}}{{end}}`,
	`{{range 5}}x{{end}}`,
	`{{.Missing}}`,
	`{{.Meta.zzz}} {{.Meta.a}}`,
	`{{.Items.Name}}`,
	`{{.hidden}}`,
	`{{.Ptr.Name}}`,
	`{{index .Items 10}}`,
	`{{.Fail}}`,
	`{{(index .Items 0).Fail}}`,
	`{{nosuch 1}}`,
	`{{if}}x{{end}}`,
	`{{range .Items}}`,
	`{{end}}`,
	`{{.ID | printf "%d-%d" 1}}`,
	`{{.ID 1}}`,
	`{{eq .ID "x"}}`,
	`{{lt 1 2}} {{lt 1.5 1.2}} {{le "a" "b"}} {{ge 3 3}} {{ne 1 2}} {{eq 1 2 3 1}} {{lt .ID 10}}`,
	`{{$x}}`,
	`{{"unterminated}}`,
	`{{.ID}`,
	`{{3 | len}}`,
	`{{with $x := .Owner}}{{$x.First}}{{end}}`,
	`{{template "nosuch"}}`,
	`{{range .Items}}{{break}}{{end}}done`,
	`{{break}}`,
	`{{call .Any}}`,
	`{{.Items | len}} {{"abc" | len}} {{.Meta | len | printf "%03d"}}`,
	`{{0x1F}} {{1e3}} {{'a'}} {{-5}} {{1.5}} {{+3}}`,
	`{{printf "%T %T %T %T" 1 1.5 'x' "s"}}`,
	"line1\n{{.ID}}\nline3 {{.Items.Bad}}",
	`{{ .ID }} {{	.ID	}}`,
	`{{not 0}} {{not "x"}} {{not .Items}}`,
	`{{.Owner.First | printf "%s!"}} {{.Owner | print}}`,
}

func main() {
	funcs := template.FuncMap{"join": strings.Join, "upper": strings.ToUpper, "cap": func(x []Item) int { return cap(x) }}
	for i, text := range templates {
		t, err := template.New(fmt.Sprintf("t%d", i)).Funcs(funcs).Parse(text)
		if err != nil {
			fmt.Printf("%d parse error: %v\n", i, err)
			continue
		}
		var b strings.Builder
		err = t.Execute(&b, order)
		fmt.Printf("%d %q", i, b.String())
		if err != nil {
			fmt.Printf(" error: %v", err)
		}
		fmt.Println()
	}
	m := map[string]interface{}{"name": "gopher", "n": 3, "list": []int{1, 2, 3}}
	for _, opt := range []string{"missingkey=default", "missingkey=zero", "missingkey=error"} {
		t := template.Must(template.New("opt").Option(opt).Parse(`{{.name}} {{.missing}} {{range .list}}{{.}}{{end}}`))
		err := t.Execute(os.Stdout, m)
		fmt.Println(" |", err)
	}
	set := template.Must(template.New("root").Parse(`{{define "a"}}A({{.}}){{end}}{{define "b"}}B{{template "a" .}}{{end}}root`))
	set.ExecuteTemplate(os.Stdout, "b", 5)
	fmt.Println(set.ExecuteTemplate(os.Stdout, "zz", 1))
	fmt.Println(set.Lookup("a") != nil, set.Lookup("zz") == nil, set.Name())
	clone, _ := set.Clone()
	template.Must(clone.Parse(`{{define "a"}}C{{end}}`))
	set.ExecuteTemplate(os.Stdout, "b", 1)
	clone.ExecuteTemplate(os.Stdout, "b", 1)
	fmt.Println()
	d := template.Must(template.New("d").Delims("<<", ">>").Parse(`<<.>> {{.}}`))
	d.Execute(os.Stdout, "x")
	fmt.Println()
	fmt.Println(template.HTMLEscapeString("<&>\"'"), template.JSEscapeString("a'b\n"), template.URLQueryEscaper("a b", 1))
	fmt.Println(template.IsTrue(0))
	fmt.Println(template.IsTrue([]int{1}))
	var ee template.ExecError
	err := template.Must(template.New("e").Parse("{{.X}}")).Execute(os.Stdout, 1)
	fmt.Println(errors.As(err, &ee), ee.Name)
}
