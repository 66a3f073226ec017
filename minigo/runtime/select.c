/*
 * select: wait on several channel operations, run exactly one.
 *
 * 1. Poll order: a uniformly random permutation of the cases (the spec asks
 *    for a uniform choice among ready cases; taking the first ready one would
 *    starve the later ones).  Cases on nil channels never proceed and are left
 *    out.
 * 2. Lock order: the distinct channels sorted by address.  Every select locks
 *    in that one global order, so two selects over the same channels cannot
 *    deadlock each other.
 * 3. With all locked, the first ready case in poll order runs (as chan.c's
 *    operations would) and wins; or `default` runs if there is one.
 * 4. Otherwise one Waiter per case (on this stack) goes in its channel's
 *    queue, marked as part of a select, and the G parks; the scheduler unlocks
 *    every channel once it is switched out.  The first channel to complete one
 *    of the waiters claims the G (g->select_done, in chan.c's waitq_dequeue);
 *    woken, the G locks everything again and takes its other waiters out.
 * 5. Cancelling the wait (waitq.c, the REPL's Ctrl-C) claims the G the same way,
 *    under the lock of the channel first in lock order (the wait site the G
 *    published before parking), and leaves g->wake_waiter NULL: the G then takes
 *    every waiter out as in 4 and unwinds.
 *
 * select{} (no cases) blocks forever as "select (no cases)"; a select whose
 * every channel is nil blocks forever as "select" (both cancellable: waitq.c).
 */
#define _GNU_SOURCE             /* qsort_r */
#include "chan.h"

#include <stdlib.h>
#include <string.h>

enum { SMALL_SELECT = 8 };

typedef struct {
    SelectCase *cases;
    uint16_t *lock_order;            /* case indices, channels ascending */
    int64_t lock_count;              /* cases taking part (not nil) */
} Locking;

static Channel *case_channel(const Locking *locking, int64_t i)
{
    return locking->cases[locking->lock_order[i]].channel;
}

static void lock_all(const Locking *locking)
{
    for (int64_t i = 0; i < locking->lock_count; i++)
        if (i == 0 || case_channel(locking, i) != case_channel(locking, i - 1))
            mutex_lock(&case_channel(locking, i)->lock);
}

static void unlock_all(const Locking *locking)
{
    for (int64_t i = locking->lock_count - 1; i >= 0; i--)
        if (i == 0 || case_channel(locking, i) != case_channel(locking, i - 1))
            mutex_unlock(&case_channel(locking, i)->lock);
}

static void unlock_all_callback(void *locking)
{
    unlock_all(locking);
}

/* Unlocks every channel but c: the step about to run unlocks c itself. */
static void unlock_all_but(const Locking *locking, Channel *c)
{
    for (int64_t i = locking->lock_count - 1; i >= 0; i--) {
        Channel *channel = case_channel(locking, i);
        if ((i == 0 || channel != case_channel(locking, i - 1)) && channel != c)
            mutex_unlock(&channel->lock);
    }
}

static int compare_by_channel(const void *a, const void *b, void *cases_pointer)
{
    const SelectCase *cases = cases_pointer;
    uintptr_t x = (uintptr_t)cases[*(const uint16_t *)a].channel;
    uintptr_t y = (uintptr_t)cases[*(const uint16_t *)b].channel;
    return x < y ? -1 : x > y;
}

/* insertion sort for the usual handful of cases, qsort beyond */
static void sort_by_channel(SelectCase *cases, uint16_t *order, int64_t count)
{
    if (count > 32) {
        qsort_r(order, (size_t)count, sizeof order[0], compare_by_channel, cases);
        return;
    }
    for (int64_t i = 1; i < count; i++) {
        uint16_t index = order[i];
        uintptr_t key = (uintptr_t)cases[index].channel;
        int64_t j = i - 1;
        for (; j >= 0 && (uintptr_t)cases[order[j]].channel > key; j--)
            order[j + 1] = order[j];
        order[j + 1] = index;
    }
}

/* Tries case i with its channel locked; on success every channel is unlocked. */
static bool try_case(const Locking *locking, int64_t i, int64_t *received)
{
    SelectCase *selected = &locking->cases[i];
    Channel *c = selected->channel;
    if (selected->direction == SELECT_SEND) {
        if (c->closed) {
            unlock_all(locking);
            panic_send_on_closed();
        }
        Waiter *receiver = waitq_dequeue(&c->receivers);
        if (receiver != NULL) {
            unlock_all_but(locking, c);
            channel_send_to_waiter(c, receiver, selected->element);
            return true;
        }
        if (c->count < c->capacity) {
            channel_buffer_put(c, selected->element);
            unlock_all(locking);
            return true;
        }
        return false;
    }
    Waiter *sender = waitq_dequeue(&c->senders);
    if (sender != NULL) {
        unlock_all_but(locking, c);
        channel_receive_from_waiter(c, sender, selected->element);
        *received = 1;
        return true;
    }
    if (c->count > 0) {
        channel_buffer_take(c, selected->element);
        unlock_all(locking);
        *received = 1;
        return true;
    }
    if (c->closed) {
        unlock_all(locking);
        channel_zero(c, selected->element);
        *received = 0;
        return true;
    }
    return false;
}

static int64_t block_on_all(const Locking *locking, Waiter *waiters, int64_t *received)
{
    G *g = current_g();
    atomic_store(&g->select_done, 0);
    for (int64_t i = 0; i < locking->lock_count; i++) {
        int64_t index = locking->lock_order[i];
        SelectCase *each = &locking->cases[index];
        Waiter *waiter = &waiters[i];
        *waiter = (Waiter){.g = g, .element = each->element, .channel = each->channel,
                           .case_index = (int32_t)index, .is_select = true};
        Channel *c = each->channel;
        waitq_enqueue(each->direction == SELECT_SEND ? &c->senders : &c->receivers, waiter);
    }
    /* cancellable under the lock of the first channel (waitq.c) */
    wait_begin(g, WAIT_SITE_SELECT, case_channel(locking, 0));
    park(unlock_all_callback, (void *)locking, WAIT_SELECT);
    atomic_store_explicit(&g->wait_site, 0, memory_order_relaxed);
    Waiter *winner = g->wake_waiter;    /* NULL: the wait was cancelled */
    lock_all(locking);
    for (int64_t i = 0; i < locking->lock_count; i++) {
        Waiter *waiter = &waiters[i];
        if (waiter != winner)
            waitq_remove(locking->cases[waiter->case_index].direction == SELECT_SEND
                             ? &waiter->channel->senders : &waiter->channel->receivers, waiter);
    }
    unlock_all(locking);
    if (winner == NULL)
        wait_end(g);                    /* unwinds */
    if (locking->cases[winner->case_index].direction == SELECT_SEND) {
        if (!winner->success)
            panic_send_on_closed();
    } else {
        *received = winner->success;
    }
    return winner->case_index;
}

static int64_t run_select(SelectCase *cases, int64_t count, bool has_default,
                          int64_t *received, uint16_t *poll_order, uint16_t *lock_order,
                          Waiter *waiters)
{
    int64_t active = 0;
    for (int64_t i = 0; i < count; i++) {
        if (cases[i].channel == NULL)
            continue;
        int64_t j = fast_random_below((uint32_t)(active + 1));
        poll_order[active] = poll_order[j];
        poll_order[j] = (uint16_t)i;
        lock_order[active] = (uint16_t)i;
        active++;
    }
    if (active == 0) {
        if (has_default)
            return -1;
        block_forever(WAIT_SELECT);
    }
    sort_by_channel(cases, lock_order, active);
    Locking locking = {cases, lock_order, active};
    lock_all(&locking);
    for (int64_t i = 0; i < active; i++)
        if (try_case(&locking, poll_order[i], received))
            return poll_order[i];
    if (has_default) {
        unlock_all(&locking);
        return -1;
    }
    return block_on_all(&locking, waiters, received);
}

int64_t runtime_select(SelectCase *cases, int64_t count, int64_t has_default,
                       int64_t *received_ok)
{
    int64_t received = 0;
    int64_t chosen;
    if (count == 0 && !has_default)
        block_forever(WAIT_SELECT_NO_CASES);
    if (count > 65536) {
        static const char message[] = "select: too many cases";
        runtime_throw((const uint8_t *)message, sizeof message - 1);
    }
    if (count <= SMALL_SELECT) {
        uint16_t poll_order[SMALL_SELECT], lock_order[SMALL_SELECT];
        Waiter waiters[SMALL_SELECT];
        chosen = run_select(cases, count, has_default, &received, poll_order, lock_order,
                            waiters);
    } else {
        /* C memory, not the Go heap: waiters point into it while the G is parked */
        uint16_t *orders = malloc((size_t)count * 2 * sizeof(uint16_t));
        Waiter *waiters = malloc((size_t)count * sizeof(Waiter));
        chosen = run_select(cases, count, has_default, &received, orders, orders + count,
                            waiters);
        free(orders);
        free(waiters);
    }
    if (received_ok != NULL)
        *received_ok = received;
    return chosen;
}
