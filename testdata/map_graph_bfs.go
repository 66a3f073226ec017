package main

import "fmt"

// Breadth-first search over graphs stored as adjacency maps.

type Graph struct {
	adj map[string]map[string]bool
}

func NewGraph() *Graph {
	return &Graph{adj: map[string]map[string]bool{}}
}

func (g *Graph) AddEdge(a, b string) {
	if g.adj[a] == nil {
		g.adj[a] = map[string]bool{}
	}
	if g.adj[b] == nil {
		g.adj[b] = map[string]bool{}
	}
	g.adj[a][b] = true
	g.adj[b][a] = true
}

func sorted(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// BFS returns the distance of every reachable node and each node's parent on a
// shortest path (neighbours visited in sorted order, so parents are deterministic).
func (g *Graph) BFS(start string) (map[string]int, map[string]string) {
	dist := map[string]int{start: 0}
	parent := map[string]string{}
	queue := []string{start}
	for len(queue) > 0 {
		node := queue[0]
		queue = queue[1:]
		for _, next := range sorted(g.adj[node]) {
			if _, seen := dist[next]; seen {
				continue
			}
			dist[next] = dist[node] + 1
			parent[next] = node
			queue = append(queue, next)
		}
	}
	return dist, parent
}

func path(parent map[string]string, start, end string) []string {
	var reversed []string
	for node := end; ; node = parent[node] {
		reversed = append(reversed, node)
		if node == start {
			break
		}
		if _, ok := parent[node]; !ok {
			return nil
		}
	}
	out := make([]string, len(reversed))
	for i, n := range reversed {
		out[len(reversed)-1-i] = n
	}
	return out
}

type cell struct{ row, col int }

// shortest path through a maze on a grid, with the visited set as a map of structs
func maze(rows []string) int {
	var start, goal cell
	for r, line := range rows {
		for c := 0; c < len(line); c++ {
			switch line[c] {
			case 'S':
				start = cell{r, c}
			case 'G':
				goal = cell{r, c}
			}
		}
	}
	dist := map[cell]int{start: 0}
	queue := []cell{start}
	moves := [4]cell{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	for len(queue) > 0 {
		at := queue[0]
		queue = queue[1:]
		if at == goal {
			return dist[at]
		}
		for _, m := range moves {
			n := cell{at.row + m.row, at.col + m.col}
			if n.row < 0 || n.row >= len(rows) || n.col < 0 || n.col >= len(rows[n.row]) {
				continue
			}
			if rows[n.row][n.col] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[at] + 1
				queue = append(queue, n)
			}
		}
	}
	return -1
}

func main() {
	g := NewGraph()
	edges := [][2]string{
		{"amsterdam", "berlin"}, {"berlin", "prague"}, {"prague", "vienna"},
		{"vienna", "budapest"}, {"berlin", "warsaw"}, {"warsaw", "vilnius"},
		{"amsterdam", "brussels"}, {"brussels", "paris"}, {"paris", "lyon"},
		{"lyon", "milan"}, {"milan", "vienna"}, {"paris", "london"},
		{"oslo", "stockholm"},
	}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(len(g.adj), "cities")
	fmt.Println(sorted(g.adj["berlin"]), len(g.adj["paris"]))
	dist, parent := g.BFS("amsterdam")
	fmt.Println(dist)
	fmt.Println(path(parent, "amsterdam", "budapest"))
	fmt.Println(path(parent, "amsterdam", "london"))
	fmt.Println(path(parent, "amsterdam", "oslo"), dist["oslo"])
	_, reachable := dist["stockholm"]
	fmt.Println("stockholm reachable:", reachable)

	// degree histogram
	degrees := map[int][]string{}
	for city, neighbours := range g.adj {
		degrees[len(neighbours)] = append(degrees[len(neighbours)], city)
	}
	for d := 1; d <= 4; d++ {
		fmt.Println(d, sorted(toSet(degrees[d])))
	}

	fmt.Println(maze([]string{
		"S..#......",
		".#.#.####.",
		".#...#....",
		".####.#.#.",
		"......#.#G",
	}))
	fmt.Println(maze([]string{"S#G"}))
}

func toSet(list []string) map[string]bool {
	set := make(map[string]bool, len(list))
	for _, s := range list {
		set[s] = true
	}
	return set
}
