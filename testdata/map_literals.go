package main

import "fmt"

type Weekday int

type Element struct {
	Symbol string
	Mass   float64
}

// Big literals of constants (gc fills them from static tables) and small ones.
var romans = map[string]int{
	"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
	"XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18,
	"XIX": 19, "XX": 20, "XXX": 30, "XL": 40, "L": 50, "LX": 60, "XC": 90, "C": 100,
	"CD": 400, "D": 500, "CM": 900, "M": 1000,
}

var squares = map[int]int{
	0: 0, 1: 1, 2: 4, 3: 9, 4: 16, 5: 25, 6: 36, 7: 49, 8: 64, 9: 81, 10: 100, 11: 121,
	12: 144, 13: 169, 14: 196, 15: 225, 16: 256, 17: 289, 18: 324, 19: 361, 20: 400,
	21: 441, 22: 484, 23: 529, 24: 576, 25: 625, 26: 676, 27: 729, -1: 1, -2: 4,
}

var vowels = map[rune]bool{
	'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': false, 'A': true, 'E': true,
	'I': true, 'O': true, 'U': true, 'Y': false, 'à': true, 'é': true, 'è': true, 'ê': true,
	'ë': true, 'î': true, 'ï': true, 'ô': true, 'ö': true, 'ù': true, 'û': true, 'ü': true,
	'ÿ': false, 'æ': true, 'œ': true,
}

var halves = map[float64]float32{
	0.5: 0.25, 1.5: 0.75, 2.5: 1.25, 3.5: 1.75, 4.5: 2.25, 5.5: 2.75, 6.5: 3.25, 7.5: 3.75,
	8.5: 4.25, 9.5: 4.75, 10.5: 5.25, 11.5: 5.75, 12.5: 6.25, 13.5: 6.75, 14.5: 7.25,
	15.5: 7.75, 16.5: 8.25, 17.5: 8.75, 18.5: 9.25, 19.5: 9.75, 20.5: 10.25, 21.5: 10.75,
	22.5: 11.25, 23.5: 11.75, 24.5: 12.25, 25.5: 12.75, -0.5: -0.25,
}

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func main() {
	fmt.Println(len(romans), romans["XIV"], romans["CM"], romans["MM"])
	fmt.Println(len(squares), squares[27], squares[-2], squares[28])
	fmt.Println(len(vowels), vowels['é'], vowels['y'], vowels['z'])
	fmt.Println(len(halves), halves[25.5], halves[-0.5])
	fmt.Println(halves)

	names := map[Weekday]string{Sunday: "Sun", Monday: "Mon", Tuesday: "Tue"}
	fmt.Println(names, names[Monday])

	// a big literal that is not all constants is filled entry by entry
	base := 100
	mixed := map[int]int{
		1: base + 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12,
		13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, 19: 19, 20: 20, 21: 21, 22: 22,
		23: 23, 24: 24, 25: 25, 26: 26, 27: base + 27,
	}
	fmt.Println(len(mixed), mixed[1], mixed[27], mixed[13])

	// struct values, composite keys and pointer values, elided types
	table := map[string]Element{
		"H":  {"H", 1.008},
		"He": {Symbol: "He", Mass: 4.0026},
		"Li": {"Li", 6.94},
	}
	fmt.Println(table["He"].Mass, table)
	grid := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east", {0, 1}: "north"}
	fmt.Println(grid[[2]int{1, 0}], grid)
	refs := map[string]*Element{"c": {"C", 12.011}}
	fmt.Println(refs["c"].Symbol, *refs["c"])
	var anything = map[string]interface{}{"int": 1, "str": "s", "nil": nil, "list": []int{1}}
	fmt.Println(anything)

	// literals are fresh maps each time they are evaluated
	var made []map[string]int
	for i := 0; i < 3; i++ {
		m := map[string]int{"i": i}
		made = append(made, m)
	}
	made[0]["i"] = 99
	fmt.Println(made)
	romans["MM"] = 2000
	fmt.Println(len(romans), romans["MM"])
}
