/*
 * Standard output and standard error.
 *
 * Go's os.Stdout is unbuffered: every Print is one write(2).  Doing that here would
 * make output-heavy programs pay a system call per Println, so stdout goes through
 * one process-wide buffer instead, and the observable order is kept by flushing it
 *   - when it fills up (big writes bypass it),
 *   - at exit (runtime_exit, and main.main returning),
 *   - before anything is written to stderr (print, panics, fatal errors), so that
 *     `prog 2>&1` interleaves the two streams exactly as gc's binaries do,
 *   - before reading stdin (a prompt shows), and after each fmt.Print call when
 *     stdout is a terminal, so a person watching a long run sees each line.
 * Invariant: stdout_used bytes of stdout_buffer are pending, nothing else is.
 *
 * Goroutines print from many threads, so the buffer has a lock, held for one
 * whole Print (its bytes stay together, as one write(2) keeps them in Go) and
 * across the flush's write(2), which is a blocking system call: the P is
 * released meanwhile (syscall.c), and so it is while waiting for the lock.
 * At exit and at a fatal error the buffer is frozen: flushed once more and its
 * lock never released, so nothing printed afterwards can slip out before the
 * process ends or into the middle of the panic report.
 */
#include "sched.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

enum { STDOUT_BUFFER_SIZE = 64 * 1024, FREEZE_LOCK_ATTEMPTS = 10000 };

static uint8_t stdout_buffer[STDOUT_BUFFER_SIZE];
static size_t stdout_used;
static int stdout_is_terminal = -1;   /* -1: not asked yet */
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

static void flush_locked(bool may_block)
{
    size_t pending = stdout_used;
    stdout_used = 0;
    if (pending > 0)
        write_fully(1, stdout_buffer, pending, may_block);
}

void runtime_flush_stdout(void)
{
    if (atomic_load(&stdout_frozen))
        return;
    lock_stdout();
    flush_locked(true);
    mutex_unlock(&stdout_lock);
}

void runtime_stdout_freeze(void)
{
    if (atomic_exchange(&stdout_frozen, true))
        return;
    for (int i = 0; i < FREEZE_LOCK_ATTEMPTS && !mutex_trylock(&stdout_lock); i++)
        usleep(10);
    flush_locked(false);
}

static void write_stdout_locked(const void *ptr, size_t len)
{
    if (len > STDOUT_BUFFER_SIZE - stdout_used) {
        flush_locked(true);
        if (len >= STDOUT_BUFFER_SIZE / 2) {
            write_fully(1, ptr, len, true);
            return;
        }
    }
    memcpy(stdout_buffer + stdout_used, ptr, len);
    stdout_used += len;
}

void runtime_write_stdout(const void *ptr, size_t len)
{
    lock_stdout();
    write_stdout_locked(ptr, len);
    mutex_unlock(&stdout_lock);
}

/* Like gc's runtime printing, stderr writes do not release the P: they are short,
 * and fatal-error reports must not be parked half-way. */
void runtime_write_stderr(const void *ptr, size_t len)
{
    if (!atomic_load(&stdout_frozen)) {
        mutex_lock(&stdout_lock);
        flush_locked(false);
        mutex_unlock(&stdout_lock);
    }
    write_fully(2, ptr, len, false);
}

void runtime_write_stderr_cstring(const char *text)
{
    runtime_write_stderr(text, strlen(text));
}

void runtime_stdout_print_finished(void)
{
    if (stdout_is_terminal < 0)
        stdout_is_terminal = isatty(1);
    if (stdout_is_terminal)
        runtime_flush_stdout();
}

int64_t runtime_write(int64_t fd, const uint8_t *ptr, int64_t len)
{
    if (len <= 0)
        return 0;
    if (fd == 1) {
        runtime_write_stdout(ptr, (size_t)len);
        runtime_stdout_print_finished();
        return len;
    }
    if (fd == 2)
        runtime_flush_stdout();
    int64_t status = write_fully((int)fd, ptr, (size_t)len, true);
    return status < 0 ? status : len;
}
