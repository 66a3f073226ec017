/*
 * Signals a Go program asked for (os/signal): caught here, delivered by Go code.
 *
 * A signal handler may run on any thread, at any instruction, so it does the least
 * that is async-signal-safe: it writes the signal's number, one byte, to a pipe
 * (the self-pipe; its write end is non-blocking, so a full pipe drops the signal
 * rather than hang the handler, as gc drops a signal already pending).  On the Go
 * side os/signal's watcher goroutine loops on runtime_sys_signal_recv, which reads
 * one byte from the pipe in the syscall state (syscall.c): while no signal comes,
 * its thread sleeps in read(2) and its P runs the other goroutines, and a program
 * whose goroutines all wait for a signal is not a deadlock (an M in a system call is
 * not idle, deadlock.c) -- it waits, as under gc.  The watcher then hands the
 * signal to the channels Notify registered.
 *
 * runtime_sys_signal sets a signal's disposition: SIGNAL_DEFAULT (the kernel's
 * action: SIGINT or SIGTERM kill the process by that signal, exit status 130 or
 * 143 in a shell, as gc's default), SIGNAL_CATCH (the handler above), SIGNAL_IGNORE;
 * SIGNAL_QUERY changes nothing.  Each returns the disposition before the call.
 * Handlers run on the thread's alternate stack (SA_ONSTACK: a goroutine's stack
 * segment may be nearly full) and interrupted calls restart (SA_RESTART; those that
 * cannot return EINTR, which the runtime's calls retry).  The pipe's descriptors are
 * close-on-exec, and a forked child resets caught signals before exec (process.c).
 */
#define _GNU_SOURCE
#include "sched.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

enum { SIGNAL_QUERY = -1, SIGNAL_DEFAULT = 0, SIGNAL_CATCH = 1, SIGNAL_IGNORE = 2 };

static int self_pipe[2] = {-1, -1};
static pthread_once_t self_pipe_once = PTHREAD_ONCE_INIT;

static void make_self_pipe(void)
{
    if (pipe2(self_pipe, O_CLOEXEC) < 0)
        return;
    fcntl(self_pipe[1], F_SETFL, O_NONBLOCK);
}

static void queue_signal(int sig)
{
    int saved = errno;
    unsigned char number = (unsigned char)sig;
    ssize_t written = write(self_pipe[1], &number, 1);
    (void)written;
    errno = saved;
}

static int disposition(const struct sigaction *action)
{
    if (action->sa_handler == SIG_IGN)
        return SIGNAL_IGNORE;
    if (action->sa_handler == SIG_DFL)
        return SIGNAL_DEFAULT;
    return SIGNAL_CATCH;
}

int64_t runtime_sys_signal(int64_t sig, int64_t how)
{
    if (sig <= 0 || sig >= NSIG)
        return -EINVAL;
    struct sigaction old;
    if (sigaction((int)sig, NULL, &old) < 0)
        return -errno;
    if (how == SIGNAL_QUERY)
        return disposition(&old);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    if (how == SIGNAL_CATCH) {
        pthread_once(&self_pipe_once, make_self_pipe);
        if (self_pipe[1] < 0)
            return -EMFILE;
        action.sa_handler = queue_signal;
        action.sa_flags = SA_ONSTACK | SA_RESTART;
    } else {
        action.sa_handler = how == SIGNAL_IGNORE ? SIG_IGN : SIG_DFL;
    }
    if (sigaction((int)sig, &action, NULL) < 0)
        return -errno;
    return disposition(&old);
}

/* the next caught signal's number, waiting for one in the syscall state */
int64_t runtime_sys_signal_recv(void)
{
    pthread_once(&self_pipe_once, make_self_pipe);
    if (self_pipe[0] < 0)
        return -EBADF;
    for (;;) {
        unsigned char number;
        enter_syscall();
        ssize_t got = read(self_pipe[0], &number, 1);
        int error = errno;
        exit_syscall();
        if (got == 1)
            return number;
        if (got < 0 && error != EINTR)
            return -error;
    }
}
