/*
 * Wait queues: the goroutines parked on one channel direction or semaphore.
 *
 * A doubly linked list of Waiters (sched.h) in arrival order, so a waiter can
 * leave from the middle (a select taking back the cases that did not fire).
 * `queued` says whether a waiter is still linked: a select's cleanup and a
 * waker that found the select already won may both try to unlink the same one.
 * Callers hold the lock of the queue's owner.
 */
#include "sched.h"

static void link_between(WaitQueue *queue, Waiter *waiter, Waiter *prev, Waiter *next)
{
    waiter->prev = prev;
    waiter->next = next;
    if (prev != NULL)
        prev->next = waiter;
    else
        queue->first = waiter;
    if (next != NULL)
        next->prev = waiter;
    else
        queue->last = waiter;
    waiter->queued = true;
}

void waitq_enqueue(WaitQueue *queue, Waiter *waiter)
{
    link_between(queue, waiter, queue->last, NULL);
}

void waitq_push_front(WaitQueue *queue, Waiter *waiter)
{
    link_between(queue, waiter, NULL, queue->first);
}

static void waitq_unlink(WaitQueue *queue, Waiter *waiter)
{
    if (waiter->prev != NULL)
        waiter->prev->next = waiter->next;
    else
        queue->first = waiter->next;
    if (waiter->next != NULL)
        waiter->next->prev = waiter->prev;
    else
        queue->last = waiter->prev;
    waiter->next = waiter->prev = NULL;
    waiter->queued = false;
}

void waitq_remove(WaitQueue *queue, Waiter *waiter)
{
    if (waiter->queued)
        waitq_unlink(queue, waiter);
}

Waiter *waitq_dequeue(WaitQueue *queue)
{
    for (;;) {
        Waiter *waiter = queue->first;
        if (waiter == NULL)
            return NULL;
        waitq_unlink(queue, waiter);
        if (waiter->is_select) {
            uint32_t expected = 0;
            if (!atomic_compare_exchange_strong(&waiter->g->select_done, &expected, 1))
                continue;       /* another case of its select won */
        }
        return waiter;
    }
}
