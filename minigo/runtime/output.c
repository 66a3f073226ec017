/*
 * Standard output and standard error.
 *
 * Go's os.Stdout is unbuffered, and so is minigo's: every Print call formats its
 * whole output into a buffer of its own (stdlib/fmt) and hands it over here as one
 * write(2).  Nothing is kept back in the process, so output printed before the
 * process is killed (SIGTERM from `timeout`, a closed pipe) reaches the file, and a
 * slow program shows its progress through a pipe line by line, as gc's do.
 *
 * Goroutines print from many threads, so stdout has a lock, held across the whole
 * write (a short write(2) to a pipe is retried under it, so one Print's bytes stay
 * together, as Go's file lock keeps them).  write(2) may block, so the P is
 * released meanwhile (syscall.c), and so it is while waiting for the lock.
 * At exit and at a fatal error stdout is frozen: its lock is taken and never
 * released, so nothing printed afterwards can slip into the middle of the panic
 * report or out after exit has begun.
 */
#include "sched.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

enum { FREEZE_LOCK_ATTEMPTS = 10000 };

static Mutex stdout_lock;
static _Atomic bool stdout_frozen;

/* write(2) until everything is out; returns 0 or -errno */
static int64_t write_fully(int fd, const uint8_t *ptr, size_t len, bool may_block)
{
    while (len > 0) {
        if (may_block)
            enter_syscall();
        ssize_t written = write(fd, ptr, len);
        int error = errno;
        if (may_block)
            exit_syscall();
        if (written < 0) {
            if (error == EINTR)
                continue;
            return -error;
        }
        ptr += written;
        len -= (size_t)written;
    }
    return 0;
}

static void lock_stdout(void)
{
    if (mutex_trylock(&stdout_lock))
        return;
    enter_syscall();
    mutex_lock(&stdout_lock);
    exit_syscall();
}

void runtime_stdout_freeze(void)
{
    if (atomic_exchange(&stdout_frozen, true))
        return;
    /* a print in progress on another thread gets a moment to finish its write */
    for (int i = 0; i < FREEZE_LOCK_ATTEMPTS && !mutex_trylock(&stdout_lock); i++)
        usleep(10);
}

void runtime_write_stdout(const void *ptr, size_t len)
{
    if (len == 0)
        return;
    lock_stdout();
    write_fully(1, ptr, len, true);
    mutex_unlock(&stdout_lock);
}

/* Like gc's runtime printing, stderr writes do not release the P: they are short,
 * and fatal-error reports must not be parked half-way. */
void runtime_write_stderr(const void *ptr, size_t len)
{
    write_fully(2, ptr, len, false);
}

void runtime_write_stderr_cstring(const char *text)
{
    runtime_write_stderr(text, strlen(text));
}

int64_t runtime_write(int64_t fd, const uint8_t *ptr, int64_t len)
{
    if (len <= 0)
        return 0;
    if (fd == 1) {
        runtime_write_stdout(ptr, (size_t)len);
        return len;
    }
    int64_t status = write_fully((int)fd, ptr, (size_t)len, true);
    return status < 0 ? status : len;
}
