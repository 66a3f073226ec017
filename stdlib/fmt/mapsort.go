package fmt

import "reflect"

// sortedMap returns m's keys and values ordered as Go's fmt prints them:
// numbers by value (NaN first among floats), strings bytewise, false before
// true, pointers and channels by address, structs and arrays by their
// elements in order, interfaces nil first, then by dynamic type, then value.
// Keys equal in that order (NaNs) keep the map's own order.
func sortedMap(m reflect.Value) ([]reflect.Value, []reflect.Value) {
	if m.Kind() != reflect.Map {
		return nil, nil
	}
	var keys, values []reflect.Value
	iter := m.MapRange()
	for iter.Next() {
		keys = append(keys, iter.Key())
		values = append(values, iter.Value())
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	mergeSort(order, make([]int, len(order)), keys)
	sortedKeys := make([]reflect.Value, len(keys))
	sortedValues := make([]reflect.Value, len(keys))
	for i, from := range order {
		sortedKeys[i], sortedValues[i] = keys[from], values[from]
	}
	return sortedKeys, sortedValues
}

// mergeSort orders the indexes by their keys, stably (fmt does not import
// sort: a program that prints should not link it).
func mergeSort(order, scratch []int, keys []reflect.Value) {
	if len(order) < 2 {
		return
	}
	half := len(order) / 2
	mergeSort(order[:half], scratch[:half], keys)
	mergeSort(order[half:], scratch[half:], keys)
	copy(scratch, order)
	i, j, k := 0, half, 0
	for i < half && j < len(order) {
		if compareKeys(keys[scratch[j]], keys[scratch[i]]) < 0 {
			order[k] = scratch[j]
			j++
		} else {
			order[k] = scratch[i]
			i++
		}
		k++
	}
	k += copy(order[k:], scratch[i:half])
	copy(order[k:], scratch[j:])
}

func threeWay(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

// compareFloats orders NaN before every number.
func compareFloats(a, b float64) int {
	if c := threeWay(a < b, a > b); c != 0 || a == b {
		return c
	}
	aNaN, bNaN := a != a, b != b
	return threeWay(aNaN && !bNaN, !aNaN && bNaN)
}

func compareKeys(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1 // keys of one map always share a type
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, y := a.Int(), b.Int()
		return threeWay(x < y, x > y)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x, y := a.Uint(), b.Uint()
		return threeWay(x < y, x > y)
	case reflect.String:
		x, y := a.String(), b.String()
		return threeWay(x < y, x > y)
	case reflect.Float32, reflect.Float64:
		return compareFloats(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := compareFloats(real(x), real(y)); c != 0 {
			return c
		}
		return compareFloats(imag(x), imag(y))
	case reflect.Bool:
		x, y := a.Bool(), b.Bool()
		return threeWay(!x && y, x && !y)
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		x, y := a.Pointer(), b.Pointer()
		return threeWay(x < y, x > y)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return threeWay(a.IsNil() && !b.IsNil(), !a.IsNil() && b.IsNil())
		}
		x, y := a.Elem(), b.Elem()
		if c := compareKeys(reflect.ValueOf(x.Type()), reflect.ValueOf(y.Type())); c != 0 {
			return c
		}
		return compareKeys(x, y)
	}
	panic("bad type in compare: " + a.Type().String())
}
