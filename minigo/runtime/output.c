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
 *   - after each fmt.Print call when stdout is a terminal, so a person watching a
 *     long run sees each line as it is printed.
 * Invariant: stdout_used bytes of stdout_buffer are pending, nothing else is.
 */
#define MINIGO_RUNTIME_INTERNAL
#include "runtime.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

enum { STDOUT_BUFFER_SIZE = 64 * 1024 };

static uint8_t stdout_buffer[STDOUT_BUFFER_SIZE];
static size_t stdout_used;
static int stdout_is_terminal = -1;   /* -1: not asked yet */

/* write(2) until everything is out; returns 0 or -errno */
static int64_t write_fully(int fd, const uint8_t *ptr, size_t len)
{
    while (len > 0) {
        ssize_t written = write(fd, ptr, len);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        ptr += written;
        len -= (size_t)written;
    }
    return 0;
}

void runtime_flush_stdout(void)
{
    size_t pending = stdout_used;
    stdout_used = 0;
    if (pending > 0)
        write_fully(1, stdout_buffer, pending);
}

void runtime_write_stdout(const void *ptr, size_t len)
{
    if (len > STDOUT_BUFFER_SIZE - stdout_used) {
        runtime_flush_stdout();
        if (len >= STDOUT_BUFFER_SIZE / 2) {
            write_fully(1, ptr, len);
            return;
        }
    }
    memcpy(stdout_buffer + stdout_used, ptr, len);
    stdout_used += len;
}

void runtime_write_stderr(const void *ptr, size_t len)
{
    runtime_flush_stdout();
    write_fully(2, ptr, len);
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
    int64_t status = write_fully((int)fd, ptr, (size_t)len);
    return status < 0 ? status : len;
}
