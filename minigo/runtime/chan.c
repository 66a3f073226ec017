/*
 * Channels: a lock, a ring buffer (an object of its own, scanned by the element
 * type's pointer mask; the header by a static one), and queues of blocked senders and receivers.
 *
 * Invariants, with the lock held:
 *   - receivers wait only while the buffer is empty, senders only while it is
 *     full (an unbuffered channel is always both), and never both at once;
 *   - a closed channel has no senders waiting (close wakes them to panic).
 * So a sender that finds a receiver waiting copies its value straight into the
 * receiver's slot (no trip through the buffer) and readies it; a receiver that
 * finds a sender waiting takes the sender's value (unbuffered) or the buffer's
 * head, refilling the buffer's tail from the sender (buffered: FIFO order is
 * kept).  A value is copied exactly once per hand-off.
 *
 * Blocking: the goroutine puts a Waiter (on its own stack) in the queue and
 * parks; the channel's lock is released by the scheduler only once the
 * goroutine is switched out.  The waker records success (a value moved) or not
 * (the channel closed) in the waiter before readying it.  Every operation
 * releases the lock before readying anyone, and before any panic (so a later
 * recover leaves no channel locked).
 *
 * A blocked send or receive can be cancelled (waitq.c: the REPL's Ctrl-C): the
 * G publishes its wait site (this channel) under c's lock before parking, and
 * the canceller takes it out of the queue under c's lock as a waker would.
 *
 * A nil channel blocks forever (cancellably: waitq.c); the deadlock report names it ("chan receive
 * (nil chan)").  The panics are gc's: close of nil channel, close of closed
 * channel, send on closed channel.
 */
#include "chan.h"

#include <string.h>

#define MAX_CHANNEL_BYTES ((int64_t)1 << 40)

/* ---- values ---- */

void channel_copy(Channel *c, void *destination, const void *source)
{
    switch (c->element_size) {
    case 0: break;
    case 8: memcpy(destination, source, 8); break;
    case 16: memcpy(destination, source, 16); break;
    default: memmove(destination, source, (size_t)c->element_size); break;
    }
}

static void clear(Channel *c, void *element)
{
    switch (c->element_size) {
    case 0: break;
    case 8: memset(element, 0, 8); break;
    case 16: memset(element, 0, 16); break;
    default: memset(element, 0, (size_t)c->element_size); break;
    }
}

void channel_zero(Channel *c, void *element)
{
    if (element != NULL)
        clear(c, element);
}

static void *slot(Channel *c, uint64_t index)
{
    return c->buffer + index * (uint64_t)c->element_size;
}

void channel_buffer_put(Channel *c, const void *element)
{
    channel_copy(c, slot(c, c->send_index), element);
    if (++c->send_index == c->capacity)
        c->send_index = 0;
    c->count++;
}

void channel_buffer_take(Channel *c, void *element)
{
    void *from = slot(c, c->receive_index);
    if (element != NULL)
        channel_copy(c, element, from);
    clear(c, from);              /* the collector must not see it */
    if (++c->receive_index == c->capacity)
        c->receive_index = 0;
    c->count--;
}

static void wake(Channel *c, Waiter *waiter)
{
    G *g = waiter->g;
    waiter->success = true;
    g->wake_waiter = waiter;
    mutex_unlock(&c->lock);
    ready(g);
}

void channel_send_to_waiter(Channel *c, Waiter *receiver, const void *element)
{
    if (receiver->element != NULL)
        channel_copy(c, receiver->element, element);
    wake(c, receiver);
}

void channel_receive_from_waiter(Channel *c, Waiter *sender, void *element)
{
    if (c->capacity == 0) {
        if (element != NULL)
            channel_copy(c, element, sender->element);
    } else {
        channel_buffer_take(c, element);
        channel_buffer_put(c, sender->element);
    }
    wake(c, sender);
}

/* ---- panics ---- */

static noreturn void panic_text(const char *text)
{
    runtime_panic_message((const uint8_t *)text, (int64_t)strlen(text));
}

noreturn void panic_send_on_closed(void)
{
    panic_text("send on closed channel");
}

/* ---- operations ---- */

static void unlock_channel(void *c)
{
    mutex_unlock(&((Channel *)c)->lock);
}

/* racy peeks for non-blocking operations: a "no" here is a valid answer at
 * some instant during the call, since a channel never reopens */
static bool cannot_send_now(Channel *c)
{
    if (__atomic_load_n(&c->closed, __ATOMIC_RELAXED))
        return false;
    if (c->capacity == 0)
        return __atomic_load_n(&c->receivers.first, __ATOMIC_RELAXED) == NULL;
    return __atomic_load_n(&c->count, __ATOMIC_RELAXED) == c->capacity;
}

static bool cannot_receive_now(Channel *c)
{
    if (c->capacity == 0 ? __atomic_load_n(&c->senders.first, __ATOMIC_RELAXED) != NULL
                         : __atomic_load_n(&c->count, __ATOMIC_RELAXED) != 0)
        return false;
    return !__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE);
}

static bool send(Channel *c, const void *element, bool block)
{
    if (c == NULL) {
        if (!block)
            return false;
        block_forever(WAIT_CHAN_SEND_NIL);
    }
    if (!block && cannot_send_now(c))
        return false;
    mutex_lock(&c->lock);
    if (c->closed) {
        mutex_unlock(&c->lock);
        panic_send_on_closed();
    }
    Waiter *receiver = waitq_dequeue(&c->receivers);
    if (receiver != NULL) {
        channel_send_to_waiter(c, receiver, element);
        return true;
    }
    if (c->count < c->capacity) {
        channel_buffer_put(c, element);
        mutex_unlock(&c->lock);
        return true;
    }
    if (!block) {
        mutex_unlock(&c->lock);
        return false;
    }
    Waiter self = {.g = current_g(), .element = (void *)element, .channel = c};
    waitq_enqueue(&c->senders, &self);
    wait_begin(self.g, WAIT_SITE_CHANNEL, c);
    park(unlock_channel, c, WAIT_CHAN_SEND);
    wait_end(self.g);
    if (!self.success)
        panic_send_on_closed();
    return true;
}

/* *received: a value came (not the zero value of a closed channel) */
static bool receive(Channel *c, void *element, bool block, bool *received)
{
    if (c == NULL) {
        if (!block)
            return false;
        block_forever(WAIT_CHAN_RECEIVE_NIL);
    }
    if (!block && cannot_receive_now(c))
        return false;
    mutex_lock(&c->lock);
    Waiter *sender = waitq_dequeue(&c->senders);
    if (sender != NULL) {
        channel_receive_from_waiter(c, sender, element);
        *received = true;
        return true;
    }
    if (c->count > 0) {
        channel_buffer_take(c, element);
        mutex_unlock(&c->lock);
        *received = true;
        return true;
    }
    if (c->closed) {
        mutex_unlock(&c->lock);
        channel_zero(c, element);
        *received = false;
        return true;
    }
    if (!block) {
        mutex_unlock(&c->lock);
        return false;
    }
    Waiter self = {.g = current_g(), .element = element, .channel = c};
    waitq_enqueue(&c->receivers, &self);
    wait_begin(self.g, WAIT_SITE_CHANNEL, c);
    park(unlock_channel, c, WAIT_CHAN_RECEIVE);
    wait_end(self.g);
    *received = self.success;
    return true;
}

/* goroutine_cancel_wait (waitq.c): g's wait in c (a send, a receive, or a
 * select's case if is_select), ended under c's lock */
bool channel_cancel_wait(void *channel, G *g, int64_t id, bool is_select)
{
    Channel *c = channel;
    mutex_lock(&c->lock);
    bool taken = waitq_cancel(&c->receivers, g, id, is_select) ||
                 waitq_cancel(&c->senders, g, id, is_select);
    mutex_unlock(&c->lock);
    return taken;
}

bool channel_try_send(Channel *c, const void *element)
{
    return send(c, element, false);
}

/* ---- the ABI ---- */

/* the header's words that may point into the heap: the buffer, and the waiters
 * (on stacks or in C memory today, but a select's may move) */
static const uint64_t channel_mask[] = GC_MASK_OF(Channel, buffer, receivers.first,
                                                  receivers.last, senders.first, senders.last);

void *runtime_makechan(int64_t element_size, int64_t flags, int64_t capacity,
                       const uint64_t *element_mask)
{
    if (capacity < 0 || element_size < 0 ||
        (element_size > 0 && capacity > MAX_CHANNEL_BYTES / element_size))
        panic_text("makechan: size out of range");
    Channel *c = runtime_alloc(sizeof(Channel), gc_mask(channel_mask));
    c->element_size = element_size;
    c->capacity = (uint64_t)capacity;
    /* the buffer apart from the header, so it is scanned by the element's own
     * mask (a chan int's not at all); a zero-size one is the allocator's
     * shared zero-size object */
    c->buffer = runtime_alloc(capacity * element_size, pointer_mask_of(flags, element_mask));
    return c;
}

void runtime_chansend(void *c, const void *element)
{
    send(c, element, true);
}

int64_t runtime_chanrecv(void *c, void *element)
{
    bool received = false;
    receive(c, element, true, &received);
    return received;
}

int64_t runtime_selectnbsend(void *c, const void *element)
{
    return send(c, element, false);
}

int64_t runtime_selectnbrecv(void *c, void *element, int64_t *received)
{
    bool value_came = false;
    bool selected = receive(c, element, false, &value_came);
    if (received != NULL)
        *received = value_came;
    return selected;
}

void runtime_closechan(void *channel)
{
    Channel *c = channel;
    if (c == NULL)
        panic_text("close of nil channel");
    mutex_lock(&c->lock);
    if (c->closed) {
        mutex_unlock(&c->lock);
        panic_text("close of closed channel");
    }
    __atomic_store_n(&c->closed, true, __ATOMIC_RELEASE);
    /* unlink everyone under the lock; ready them after it */
    Waiter *woken = NULL;
    for (Waiter *waiter; (waiter = waitq_dequeue(&c->receivers)) != NULL;) {
        channel_zero(c, waiter->element);
        waiter->next = woken;
        woken = waiter;
    }
    for (Waiter *waiter; (waiter = waitq_dequeue(&c->senders)) != NULL;) {
        waiter->next = woken;
        woken = waiter;
    }
    for (Waiter *waiter = woken; waiter != NULL; waiter = waiter->next) {
        waiter->success = false;
        waiter->g->wake_waiter = waiter;
    }
    mutex_unlock(&c->lock);
    while (woken != NULL) {
        Waiter *next = woken->next;   /* the waiter dies with its G's frame */
        ready(woken->g);
        woken = next;
    }
}

int64_t runtime_chanlen(void *c)
{
    return c == NULL ? 0 : (int64_t)__atomic_load_n(&((Channel *)c)->count, __ATOMIC_RELAXED);
}

int64_t runtime_chancap(void *c)
{
    return c == NULL ? 0 : (int64_t)((Channel *)c)->capacity;
}
