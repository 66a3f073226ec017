package io

// exhausted replaces a reader of a MultiReader that reached EOF.
type exhausted struct{}

func (exhausted) Read([]byte) (int, error) { return 0, EOF }

// MultiReader returns a Reader that reads the readers one after the
// other, returning EOF once all have; an error other than EOF stops it.
func MultiReader(readers ...Reader) Reader {
	own := make([]Reader, len(readers))
	copy(own, readers)
	return &multiReader{own}
}

type multiReader struct {
	readers []Reader
}

func (mr *multiReader) Read(p []byte) (n int, err error) {
	for len(mr.readers) > 0 {
		if len(mr.readers) == 1 {
			// Flatten a trailing MultiReader so that deep chains stay cheap.
			if inner, ok := mr.readers[0].(*multiReader); ok {
				mr.readers = inner.readers
				continue
			}
		}
		n, err = mr.readers[0].Read(p)
		if err == EOF {
			mr.readers[0] = exhausted{}
			mr.readers = mr.readers[1:]
		}
		if n > 0 || err != EOF {
			if err == EOF && len(mr.readers) > 0 {
				// The next reader may have more.
				err = nil
			}
			return n, err
		}
	}
	return 0, EOF
}

// WriteTo copies every remaining reader to w, sharing one buffer.
func (mr *multiReader) WriteTo(w Writer) (sum int64, err error) {
	return mr.writeTo(w, make([]byte, defaultCopySize))
}

func (mr *multiReader) writeTo(w Writer, buf []byte) (sum int64, err error) {
	for i, r := range mr.readers {
		var n int64
		if inner, ok := r.(*multiReader); ok {
			n, err = inner.writeTo(w, buf)
		} else {
			n, err = copyBuffer(w, r, buf)
		}
		sum += n
		if err != nil {
			// Keep the failed reader and those after it for a retry.
			mr.readers = mr.readers[i:]
			return sum, err
		}
		mr.readers[i] = nil
	}
	mr.readers = nil
	return sum, nil
}

// MultiWriter returns a Writer that writes everything to each writer in
// turn, stopping at the first that fails or writes short (ErrShortWrite).
func MultiWriter(writers ...Writer) Writer {
	all := make([]Writer, 0, len(writers))
	for _, w := range writers {
		if inner, ok := w.(*multiWriter); ok {
			all = append(all, inner.writers...)
		} else {
			all = append(all, w)
		}
	}
	return &multiWriter{all}
}

type multiWriter struct {
	writers []Writer
}

func (t *multiWriter) Write(p []byte) (n int, err error) {
	for _, w := range t.writers {
		n, err = w.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

func (t *multiWriter) WriteString(s string) (n int, err error) {
	var p []byte // made only if a writer lacks WriteString
	for _, w := range t.writers {
		if sw, ok := w.(StringWriter); ok {
			n, err = sw.WriteString(s)
		} else {
			if p == nil {
				p = []byte(s)
			}
			n, err = w.Write(p)
		}
		if err != nil {
			return n, err
		}
		if n != len(s) {
			return n, ErrShortWrite
		}
	}
	return len(s), nil
}
