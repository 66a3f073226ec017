package b

import (
	"example.com/internals/a/internal/x"
	"example.com/internals/a/user"
)

var B = x.X + user.U
