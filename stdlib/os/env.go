package os

import "errors"

// Expand replaces $var and ${var} in s by mapping(var). A "$" followed by
// neither is kept; "${}" and an unclosed "${" are dropped, as gc does.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	copied := 0
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 == len(s) {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[copied:j]...)
		name, width := shellName(s[j+1:])
		switch {
		case name == "" && width > 0: // bad syntax: dropped
		case name == "":
			out = append(out, '$')
		default:
			out = append(out, mapping(name)...)
		}
		j += width
		copied = j + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[copied:]
}

// ExpandEnv replaces $var and ${var} in s by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// shellName reads the variable name after a "$": the name and how many
// bytes it took.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isSpecialVar(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && (s[i] == '_' || '0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	return s[:i], i
}

func isSpecialVar(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

// Clearenv removes every environment variable.
func Clearenv() {
	envLock.Lock()
	defer envLock.Unlock()
	env = nil
}

// UserCacheDir returns the folder for the user's cached data:
// $XDG_CACHE_HOME, else $HOME/.cache.
func UserCacheDir() (string, error) {
	return userDir("XDG_CACHE_HOME", "/.cache", "neither $XDG_CACHE_HOME nor $HOME are defined")
}

// UserConfigDir returns the folder for the user's configuration:
// $XDG_CONFIG_HOME, else $HOME/.config.
func UserConfigDir() (string, error) {
	return userDir("XDG_CONFIG_HOME", "/.config", "neither $XDG_CONFIG_HOME nor $HOME are defined")
}

func userDir(variable, underHome, missing string) (string, error) {
	dir := Getenv(variable)
	if dir == "" {
		home := Getenv("HOME")
		if home == "" {
			return "", errors.New(missing)
		}
		return home + underHome, nil
	}
	return dir, nil
}

// NewSyscallError returns a *SyscallError for the call syscall, nil when
// err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

// IsTimeout reports whether err says an operation timed out.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// IsPathSeparator reports whether c is a path separator: '/'.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }
