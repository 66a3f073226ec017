/*
 * Starting a process: fork and exec, for os.StartProcess (stdlib/internal/syscall's
 * ForkExec; waiting is wait4 through syscall.c's generic calls).
 *
 * The process is multithreaded (every M is a thread), so the forked child holds
 * only the forking thread, and any lock another thread held at the fork stays held
 * forever in the child: between fork and exec the child therefore calls only
 * async-signal-safe system calls (no malloc, no runtime, no Go code).  Everything it
 * needs -- C strings for the path, argv, envp and directory -- is built before the
 * fork, in the parent.
 *
 * Signals: the parent blocks every signal around fork, so no runtime handler
 * (os/signal's, signal.c) can run in the child on the parent's state; the child
 * resets every caught signal to its default action, then sets the signal mask the
 * process started with before execve (the forking thread's own is no guide: the
 * runtime's threads other than the main one block every signal but the faults,
 * sched.c's thread_start); ignored signals stay ignored, as exec keeps them.
 *
 * Errors: the child reports a failed chdir, dup2 or execve by writing its errno to
 * a close-on-exec pipe and exiting 127; the parent's read of that pipe sees end of
 * file when exec succeeded (the descriptor closed on exec), or the errno.  That
 * read, like the fork, runs in the syscall state, so the P goes to other
 * goroutines meanwhile.
 *
 * Descriptors: fds[i] becomes the child's descriptor i (-1: closed).  Each is first
 * duplicated above 2, then dup2'd into place, so fds naming each other's slots
 * (stdout as stderr) cannot clobber one another; every other descriptor the
 * runtime or os opened is close-on-exec.
 */
#define _GNU_SOURCE
#include "sched.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <pthread.h>

enum { CHILD_FDS = 3, EXEC_FAILED_STATUS = 127 };

/* the main thread's signal mask before the runtime started: what children get */
static sigset_t startup_mask;

__attribute__((constructor)) static void record_startup_mask(void)
{
    pthread_sigmask(SIG_SETMASK, NULL, &startup_mask);
}

/* a NUL-terminated copy of s, or NULL when s holds a NUL byte */
static char *c_string(GoString s)
{
    if (s.len > 0 && memchr(s.ptr, 0, (size_t)s.len) != NULL)
        return NULL;
    char *copy = malloc((size_t)s.len + 1);
    if (copy == NULL)
        abort();
    memcpy(copy, s.ptr, (size_t)s.len);
    copy[s.len] = '\0';
    return copy;
}

/* argv-style NULL-terminated array; false when a string holds a NUL byte */
static bool c_string_array(char ***out, const GoString *strings, int64_t count)
{
    char **array = calloc((size_t)count + 1, sizeof *array);
    if (array == NULL)
        abort();
    *out = array;
    for (int64_t i = 0; i < count; i++) {
        array[i] = c_string(strings[i]);
        if (array[i] == NULL)
            return false;
    }
    return true;
}

static void free_string_array(char **array)
{
    if (array == NULL)
        return;
    for (char **p = array; *p != NULL; p++)
        free(*p);
    free(array);
}

static _Noreturn void child_fail(int report_fd)
{
    int error = errno;
    while (write(report_fd, &error, sizeof error) < 0 && errno == EINTR) {
    }
    _exit(EXEC_FAILED_STATUS);
}

/* the child, between fork and exec: async-signal-safe calls only */
static _Noreturn void run_child(const char *path, char **argv, char **envp, const char *dir,
                                const int64_t *fds, int report_fd)
{
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction action;
        if (sigaction(sig, NULL, &action) == 0 && action.sa_handler != SIG_IGN &&
            action.sa_handler != SIG_DFL) {
            action.sa_handler = SIG_DFL;
            action.sa_flags = 0;
            sigaction(sig, &action, NULL);
        }
    }
    int moved[CHILD_FDS];
    for (int i = 0; i < CHILD_FDS; i++) {
        moved[i] = -1;
        if (fds[i] >= 0 && (moved[i] = fcntl((int)fds[i], F_DUPFD_CLOEXEC, CHILD_FDS)) < 0)
            child_fail(report_fd);
    }
    for (int i = 0; i < CHILD_FDS; i++) {
        if (moved[i] < 0)
            close(i);
        else if (dup2(moved[i], i) < 0)
            child_fail(report_fd);
    }
    if (dir != NULL && chdir(dir) < 0)
        child_fail(report_fd);
    sigprocmask(SIG_SETMASK, &startup_mask, NULL);
    execve(path, argv, envp);
    child_fail(report_fd);
}

/* fork, then wait for the child's exec: its pid, or -errno */
static int64_t fork_and_exec(const char *path, char **argv, char **envp, const char *dir,
                             const int64_t *fds)
{
    int report[2];
    if (pipe2(report, O_CLOEXEC) < 0)
        return -errno;
    sigset_t all, old_mask;
    sigfillset(&all);
    enter_syscall();
    pthread_sigmask(SIG_SETMASK, &all, &old_mask);
    pid_t pid = fork();
    if (pid == 0)
        run_child(path, argv, envp, dir, fds, report[1]);
    int fork_error = errno;
    pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
    close(report[1]);
    int64_t result = pid;
    if (pid < 0) {
        result = -fork_error;
    } else {
        int child_error = 0;
        ssize_t got;
        while ((got = read(report[0], &child_error, sizeof child_error)) < 0 && errno == EINTR) {
        }
        if (got == (ssize_t)sizeof child_error) {
            /* exec failed: reap the child, which exits at once */
            while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {
            }
            result = -child_error;
        }
    }
    close(report[0]);
    exit_syscall();
    return result;
}

int64_t runtime_sys_forkexec(const uint8_t *path_ptr, int64_t path_len, const GoString *argv,
                             int64_t argc, int64_t argv_cap, const GoString *envv, int64_t envc,
                             int64_t envv_cap, const uint8_t *dir_ptr, int64_t dir_len,
                             const int64_t *fds)
{
    (void)argv_cap, (void)envv_cap;
    char *path = c_string((GoString){path_ptr, path_len});
    char *dir = dir_len > 0 ? c_string((GoString){dir_ptr, dir_len}) : NULL;
    char **c_argv = NULL, **c_envp = NULL;
    int64_t result = -EINVAL;
    if (path != NULL && (dir_len == 0 || dir != NULL) && c_string_array(&c_argv, argv, argc) &&
        c_string_array(&c_envp, envv, envc))
        result = fork_and_exec(path, c_argv, c_envp, dir, fds);
    free_string_array(c_argv);
    free_string_array(c_envp);
    free(path);
    free(dir);
    return result;
}
