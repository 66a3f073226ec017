package os

import (
	"internal/syscall"
	"sync"
)

// Args holds the command-line arguments, the program's name first.
var Args = syscall.Args()

// Exit ends the program with status code at once: deferred functions do
// not run.
func Exit(code int) { syscall.Exit(code) }

// The environment: a copy of the process's, taken at startup, which
// Setenv and Unsetenv change.
var (
	envLock sync.RWMutex
	env     = syscall.Environ()
)

// Getenv returns the value of the environment variable key, "" if unset.
func Getenv(key string) string {
	value, _ := LookupEnv(key)
	return value
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) {
	envLock.RLock()
	defer envLock.RUnlock()
	if i := envIndex(key); i >= 0 {
		return env[i][len(key)+1:], true
	}
	return "", false
}

func envIndex(key string) int {
	for i := len(env) - 1; i >= 0; i-- {
		entry := env[i]
		if len(entry) > len(key) && entry[len(key)] == '=' && entry[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if !validKey(key) {
		return &SyscallError{Syscall: "setenv", Err: syscall.EINVAL}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return &SyscallError{Syscall: "setenv", Err: syscall.EINVAL}
		}
	}
	envLock.Lock()
	defer envLock.Unlock()
	entry := key + "=" + value
	if i := envIndex(key); i >= 0 {
		env[i] = entry
	} else {
		env = append(env, entry)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	envLock.Lock()
	defer envLock.Unlock()
	for i := envIndex(key); i >= 0; i = envIndex(key) {
		env = append(env[:i:i], env[i+1:]...)
	}
	return nil
}

// Environ returns a copy of the environment, "key=value" strings.
func Environ() []string {
	envLock.RLock()
	defer envLock.RUnlock()
	return append([]string(nil), env...)
}

func validKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}
