package user

import "example.com/internals/a/internal/x"

// U may use x: a/user lies below a/, which holds the internal folder.
var U = x.X
