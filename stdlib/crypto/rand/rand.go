// Package rand reads cryptographically secure random bytes from the
// kernel (getrandom(2), through minigo's runtime), as Go's crypto/rand.
//
// Int and Prime are not here: they need math/big, which minigo's library
// does not have yet.
package rand

import (
	"errors"
	"internal/syscall"
	"io"
)

// Reader is the shared source of secure random bytes: getrandom(2).
var Reader io.Reader = &reader{}

type reader struct{}

// maxChunk is the most getrandom returns in one call without blocking
// between chunks (as gc, 1<<25 - 1 bytes).
const maxChunk = 1<<25 - 1

func (r *reader) Read(b []byte) (n int, err error) {
	for n < len(b) {
		chunk := b[n:]
		if len(chunk) > maxChunk {
			chunk = chunk[:maxChunk]
		}
		got, err := syscall.Result(syscall.SyscallPtr(syscall.SYS_GETRANDOM, &chunk[0], len(chunk), 0))
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return n, errors.New("crypto/rand: getrandom: " + err.Error())
		}
		n += got
	}
	return n, nil
}

// Read fills b with secure random bytes: len(b), nil unless the kernel
// fails.
func Read(b []byte) (n int, err error) { return io.ReadFull(Reader, b) }
