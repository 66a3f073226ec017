/*
 * Blocking system calls: let the other goroutines run while one thread waits.
 *
 * A goroutine about to block in the kernel (read from a terminal, write to a
 * full pipe) marks its P as P_SYSCALL and keeps only its M.  If the call returns
 * quickly, exit takes the same P back with one compare-and-swap, so a fast
 * write costs two atomics.  If it does not, sysmon notices the P's syscalltick
 * has not moved for one of its ticks (20 us or more) and, when there is work
 * for it, takes the P (the same CAS, from the other side) and hands it to
 * another M.  The returning goroutine then looks for an idle P; failing that,
 * it queues itself on the global run queue and its M goes to sleep.
 *
 * The collector scans a goroutine in a system call from the sp its caller had
 * at enter_syscall, with the registers it had then (G.syscall_sp/registers).
 *
 * Called from anywhere: with no current G (a thread that is not running Go
 * code, such as sysmon, or the scheduler's own stack) both are no-ops.
 *
 * The file system calls of stdlib/os (runtime_sys_*: bodies of stdlib/internal/
 * syscall's bodyless functions, codegen/bodyless.py) all enter and exit here the same
 * way, retry on EINTR, and return -errno on failure, which the Go side turns into a
 * syscall.Errno.  Paths arrive as Go strings: they are copied, NUL-terminated, to the
 * C stack (EINVAL for a NUL byte inside, as Go; ENAMETOOLONG past PATH_MAX).
 *
 * Beyond the named calls, four generic shapes serve every other call os, os/exec,
 * os/signal and crypto/rand make (lseek, pread64, getdents64, wait4, kill, getrandom,
 * rename, ...): runtime_sys_call (integer arguments), runtime_sys_call_buf (a buffer
 * second), runtime_sys_call_ptr (a pointer first), runtime_sys_call_path (a path
 * first, then a buffer or integers) and runtime_sys_call_path2 (two paths).  The Go
 * side (stdlib/internal/syscall) names the trap numbers, Linux amd64's; a new call
 * needs no new C.  Spawning a process lives in process.c, signals in signal.c.
 */
#include "sched.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* registers: the caller's rbx rbp r12 r13 r14 r15, then enter_syscall's frame
 * (one word of padding, the return address); the caller's sp is just above */
void enter_syscall_recorded(uintptr_t *registers)
{
    M *m = current_m();
    if (m == NULL || m->curg == NULL || m->p == NULL)
        return;
    G *g = m->curg;
    g->syscall_sp = (uintptr_t)(registers + SYSCALL_REGISTER_COUNT + 2);
    memcpy(g->syscall_registers, registers, sizeof g->syscall_registers);
    P *p = m->p;
    set_status(m->curg, G_SYSCALL);
    tick(&p->syscalltick);
    m->syscall_p = p;
    m->p = NULL;
    atomic_store(&p->status, P_SYSCALL);
}

void exit_syscall(void)
{
    M *m = current_m();
    if (m == NULL || m->curg == NULL || m->syscall_p == NULL)
        return;
    G *g = m->curg;
    P *p = m->syscall_p;
    m->syscall_p = NULL;
    uint32_t expected = P_SYSCALL;
    if (atomic_compare_exchange_strong(&p->status, &expected, P_RUNNING)) {
        m->p = p;
        set_status(g, G_RUNNING);
        return;
    }
    /* the P was taken; any idle one will do */
    if (!atomic_load(&sched.stopping)) {
        mutex_lock(&sched.lock);
        P *idle = sched_take_idle_p();
        mutex_unlock(&sched.lock);
        if (idle != NULL) {
            m->p = idle;
            idle->m = m;
            set_status(g, G_RUNNING);
            return;
        }
    }
    exit_syscall_without_p();
}

void runtime_entersyscall(void)
{
    enter_syscall();
}

void runtime_exitsyscall(void)
{
    exit_syscall();
}

int64_t runtime_read(int64_t fd, uint8_t *ptr, int64_t len)
{
    if (len <= 0)
        return 0;
    for (;;) {
        enter_syscall();
        ssize_t got = read((int)fd, ptr, (size_t)len);
        int error = errno;
        exit_syscall();
        if (got >= 0)
            return got;
        if (error != EINTR)
            return -error;
    }
}

/* ---- stdlib/os's system calls ---- */

/* path as a C string in buffer (PATH_MAX bytes), or -errno */
static int64_t c_path(char *buffer, const uint8_t *ptr, int64_t len)
{
    if (len >= PATH_MAX)
        return -ENAMETOOLONG;
    if (len > 0 && memchr(ptr, 0, (size_t)len) != NULL)
        return -EINVAL;
    if (len > 0)
        memcpy(buffer, ptr, (size_t)len);
    buffer[len] = '\0';
    return 0;
}

/* runs call(path, a, b, out) in a system call, retrying on EINTR: its result or -errno */
typedef int64_t (*PathCall)(const char *path, int64_t a, int64_t b, void *out);

static int64_t path_syscall(PathCall call, const uint8_t *ptr, int64_t len, int64_t a, int64_t b,
                            void *out)
{
    char path[PATH_MAX];
    int64_t status = c_path(path, ptr, len);
    if (status < 0)
        return status;
    for (;;) {
        enter_syscall();
        int64_t result = call(path, a, b, out);
        int error = errno;
        exit_syscall();
        if (result >= 0)
            return result;
        if (error != EINTR)
            return -error;
    }
}

static int64_t do_open(const char *path, int64_t flags, int64_t mode, void *unused)
{
    (void)unused;
    return open(path, (int)flags | O_CLOEXEC, (mode_t)mode);
}

static int64_t do_unlink(const char *path, int64_t a, int64_t b, void *out)
{
    (void)a, (void)b, (void)out;
    return unlink(path);
}

static int64_t do_rmdir(const char *path, int64_t a, int64_t b, void *out)
{
    (void)a, (void)b, (void)out;
    return rmdir(path);
}

static int64_t do_mkdir(const char *path, int64_t mode, int64_t b, void *out)
{
    (void)b, (void)out;
    return mkdir(path, (mode_t)mode);
}

static int64_t do_chdir(const char *path, int64_t a, int64_t b, void *out)
{
    (void)a, (void)b, (void)out;
    return chdir(path);
}

/* StatResult: what os.Stat keeps of struct stat (stdlib/internal/syscall's Stat_t) */
typedef struct {
    int64_t size, mode, mtime_sec, mtime_nsec, dev, ino;
} StatResult;

static int64_t do_stat(const char *path, int64_t follow, int64_t b, void *out)
{
    (void)b;
    struct stat st;
    int status = follow ? stat(path, &st) : lstat(path, &st);
    if (status == 0) {
        StatResult *result = out;
        *result = (StatResult){st.st_size, st.st_mode, st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                               (int64_t)st.st_dev, (int64_t)st.st_ino};
    }
    return status;
}

int64_t runtime_sys_open(const uint8_t *ptr, int64_t len, int64_t flags, int64_t mode)
{
    return path_syscall(do_open, ptr, len, flags, mode, NULL);
}

int64_t runtime_sys_unlink(const uint8_t *ptr, int64_t len)
{
    return path_syscall(do_unlink, ptr, len, 0, 0, NULL);
}

int64_t runtime_sys_rmdir(const uint8_t *ptr, int64_t len)
{
    return path_syscall(do_rmdir, ptr, len, 0, 0, NULL);
}

int64_t runtime_sys_mkdir(const uint8_t *ptr, int64_t len, int64_t mode)
{
    return path_syscall(do_mkdir, ptr, len, mode, 0, NULL);
}

int64_t runtime_sys_chdir(const uint8_t *ptr, int64_t len)
{
    return path_syscall(do_chdir, ptr, len, 0, 0, NULL);
}

int64_t runtime_sys_stat(const uint8_t *ptr, int64_t len, void *out, int64_t follow)
{
    return path_syscall(do_stat, ptr, len, follow, 0, out);
}

int64_t runtime_sys_close(int64_t fd)
{
    enter_syscall();
    int status = close((int)fd);     /* never retried: the descriptor is gone either way */
    int error = errno;
    exit_syscall();
    return status == 0 ? 0 : -error;
}

int64_t runtime_sys_getcwd(uint8_t *ptr, int64_t len)
{
    if (getcwd((char *)ptr, (size_t)len) == NULL)
        return -errno;
    return (int64_t)strlen((const char *)ptr);
}

extern char **environ;

/* the environment at startup, as Go strings pointing into C's environ */
void runtime_sys_environ(GoSlice *out)
{
    int64_t count = 0;
    while (environ[count] != NULL)
        count++;
    /* scanned: os.Setenv stores heap strings into this array in place */
    GoString *strings = count > 0
        ? runtime_alloc((int64_t)sizeof(GoString) * count, gc_mask(gc_mask_string)) : NULL;
    for (int64_t i = 0; i < count; i++)
        strings[i] = (GoString){(const uint8_t *)environ[i], (int64_t)strlen(environ[i])};
    *out = (GoSlice){strings, count, count};
}

/* ---- the generic shapes (see the opening comment) ---- */

/* syscall(2) in the syscall state, retrying on EINTR: its result or -errno */
static int64_t blocking_syscall(int64_t trap, int64_t a1, int64_t a2, int64_t a3, int64_t a4)
{
    for (;;) {
        enter_syscall();
        long result = syscall((long)trap, a1, a2, a3, a4);
        int error = errno;
        exit_syscall();
        if (result >= 0)
            return result;
        if (error != EINTR)
            return -error;
    }
}

int64_t runtime_sys_call(int64_t trap, int64_t a1, int64_t a2, int64_t a3)
{
    return blocking_syscall(trap, a1, a2, a3, 0);
}

int64_t runtime_sys_call_buf(int64_t trap, int64_t a1, uint8_t *buf, int64_t n, int64_t a4)
{
    return blocking_syscall(trap, a1, (int64_t)(uintptr_t)buf, n, a4);
}

int64_t runtime_sys_call_ptr(int64_t trap, void *ptr, int64_t a2, int64_t a3)
{
    return blocking_syscall(trap, (int64_t)(uintptr_t)ptr, a2, a3, 0);
}

/* trap(path, buf, n) when buf is not NULL (readlink), else trap(path, a2, a3) */
int64_t runtime_sys_call_path(int64_t trap, const uint8_t *ptr, int64_t len, uint8_t *buf,
                              int64_t a2, int64_t a3)
{
    char path[PATH_MAX];
    int64_t status = c_path(path, ptr, len);
    if (status < 0)
        return status;
    if (buf != NULL)
        return blocking_syscall(trap, (int64_t)(uintptr_t)path, (int64_t)(uintptr_t)buf, a2, 0);
    return blocking_syscall(trap, (int64_t)(uintptr_t)path, a2, a3, 0);
}

int64_t runtime_sys_call_path2(int64_t trap, const uint8_t *ptr1, int64_t len1,
                               const uint8_t *ptr2, int64_t len2)
{
    char path1[PATH_MAX], path2[PATH_MAX];
    int64_t status = c_path(path1, ptr1, len1);
    if (status == 0)
        status = c_path(path2, ptr2, len2);
    if (status < 0)
        return status;
    return blocking_syscall(trap, (int64_t)(uintptr_t)path1, (int64_t)(uintptr_t)path2, 0, 0);
}
