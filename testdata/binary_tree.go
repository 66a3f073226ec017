// A binary search tree with pointers: insert, search, traversals, height, min/max and deletion.
package main

import "fmt"

type Tree struct {
	Key         int
	Count       int
	Left, Right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func contains(t *Tree, k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		} else if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func inorder(t *Tree, out []int) []int {
	if t == nil {
		return out
	}
	out = inorder(t.Left, out)
	out = append(out, t.Key)
	return inorder(t.Right, out)
}

func preorder(t *Tree) string {
	if t == nil {
		return "."
	}
	return fmt.Sprintf("(%d %s %s)", t.Key, preorder(t.Left), preorder(t.Right))
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func minNode(t *Tree) *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func remove(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	if k < t.Key {
		t.Left = remove(t.Left, k)
	} else if k > t.Key {
		t.Right = remove(t.Right, k)
	} else {
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := minNode(t.Right)
		t.Key, t.Count = m.Key, m.Count
		t.Right = remove(t.Right, m.Key)
	}
	return t
}

func printInts(label string, xs []int) {
	fmt.Print(label, ":")
	for _, x := range xs {
		fmt.Print(" ", x)
	}
	fmt.Println()
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20} {
		root = insert(root, k)
	}
	printInts("inorder", inorder(root, nil))
	fmt.Println(preorder(root))
	fmt.Println("height", height(root), "min", minNode(root).Key)
	fmt.Println(contains(root, 65), contains(root, 66))
	root = remove(root, 50)
	root = remove(root, 20)
	root = remove(root, 99)
	fmt.Println(preorder(root))
	var chain *Tree
	for i := 0; i < 200; i++ {
		chain = insert(chain, i)
	}
	fmt.Println("chain height", height(chain))
	var balanced *Tree
	keys := []int{8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15}
	for _, k := range keys {
		balanced = insert(balanced, k)
	}
	fmt.Println("balanced height", height(balanced), "root count", balanced.Count)
	printInts("balanced", inorder(balanced, make([]int, 0, 15)))
}
