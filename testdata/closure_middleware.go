package main

import (
	"errors"
	"fmt"
)

// A request pipeline built from closures: handlers wrapped by middleware (logging
// with defer, panic recovery turning panics into 500 responses, authentication,
// counting), a router choosing handlers from a table, and a transaction helper that
// rolls back through deferred calls when its body fails or panics.

type request struct {
	path string
	user string
	body string
}

type response struct {
	status int
	body   string
}

type handler func(req request) response

type middleware func(next handler) handler

var log []string

func logf(format string, args ...interface{}) {
	log = append(log, fmt.Sprintf(format, args...))
}

func logging(name string) middleware {
	return func(next handler) handler {
		return func(req request) (resp response) {
			logf("%s: start %s", name, req.path)
			defer func() { logf("%s: done %s -> %d", name, req.path, resp.status) }()
			return next(req)
		}
	}
}

func recovering(next handler) handler {
	return func(req request) (resp response) {
		defer func() {
			if r := recover(); r != nil {
				resp = response{500, fmt.Sprint("internal error: ", r)}
			}
		}()
		return next(req)
	}
}

func authenticated(allowed ...string) middleware {
	return func(next handler) handler {
		return func(req request) response {
			for _, user := range allowed {
				if user == req.user {
					return next(req)
				}
			}
			return response{403, "forbidden"}
		}
	}
}

func counting(counter *int) middleware {
	return func(next handler) handler {
		return func(req request) response {
			*counter++
			return next(req)
		}
	}
}

func chain(h handler, middlewares ...middleware) handler {
	for i := len(middlewares) - 1; i >= 0; i-- {
		h = middlewares[i](h)
	}
	return h
}

type route struct {
	path    string
	handler handler
}

func router(routes []route) handler {
	return func(req request) response {
		for _, r := range routes {
			if r.path == req.path {
				return r.handler(req)
			}
		}
		return response{404, "no route for " + req.path}
	}
}

var errConflict = errors.New("conflict")

type store struct {
	data    []string
	journal []string
}

// transaction runs body; on error or panic everything it appended is rolled back.
func (s *store) transaction(body func(add func(string))) (err error) {
	mark := len(s.data)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transaction panicked: %v", r)
		}
		if err != nil {
			s.journal = append(s.journal, fmt.Sprintf("rollback %d", len(s.data)-mark))
			s.data = s.data[:mark]
			return
		}
		s.journal = append(s.journal, "commit")
	}()
	body(func(item string) {
		for _, existing := range s.data {
			if existing == item {
				panic(errConflict)
			}
		}
		s.data = append(s.data, item)
	})
	return nil
}

func main() {
	requests := 0
	st := &store{}
	routes := []route{
		{"/hello", func(req request) response { return response{200, "hello " + req.user} }},
		{"/divide", func(req request) response {
			n := len(req.body)
			return response{200, fmt.Sprint(100 / (n - 3))}
		}},
		{"/store", func(req request) response {
			err := st.transaction(func(add func(string)) {
				for _, c := range req.body {
					add(string(c))
				}
			})
			if err != nil {
				return response{409, err.Error()}
			}
			return response{201, fmt.Sprint(st.data)}
		}},
		{"/crash", func(req request) response {
			var m map[string]int
			m[req.body] = 1
			return response{200, "unreachable"}
		}},
	}
	app := chain(router(routes), logging("outer"), recovering, counting(&requests),
		authenticated("ann", "bob"))

	for _, req := range []request{
		{"/hello", "ann", ""},
		{"/hello", "eve", ""},
		{"/divide", "bob", "abcd"},
		{"/divide", "bob", "abc"},
		{"/store", "ann", "xyz"},
		{"/store", "ann", "pqp"},
		{"/store", "bob", "w"},
		{"/crash", "ann", "k"},
		{"/missing", "bob", ""},
	} {
		resp := app(req)
		fmt.Printf("%-8s %-4s %d %s\n", req.path, req.user, resp.status, resp.body)
	}
	fmt.Println("requests counted:", requests)
	fmt.Println("store:", st.data, st.journal)
	for _, line := range log {
		fmt.Println(line)
	}
}
