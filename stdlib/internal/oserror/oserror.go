// Package oserror holds the errors os (and io/fs, once it exists) share,
// so that internal/syscall's Errno can match them without importing os.
package oserror

import "errors"

// The errors of common file-system conditions, as Go words them.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
