/*
 * Channels' insides, shared by chan.c, select.c and time.c (runtime only).
 * Their blocked senders and receivers wait in WaitQueues (sched.h, waitq.c).
 */
#ifndef MINIGO_CHAN_H
#define MINIGO_CHAN_H

#include "sched.h"

typedef struct Channel Channel;
struct Channel {
    Mutex lock;
    bool closed;
    int64_t element_size;
    uint64_t capacity;
    uint64_t count;                  /* values in the buffer */
    uint64_t send_index, receive_index;
    WaitQueue receivers, senders;
    uint8_t *buffer;                 /* its own object, laid out by the element's mask */
};

/* Channel steps with c locked; each unlocks c before readying anyone. */
void channel_send_to_waiter(Channel *c, Waiter *receiver, const void *element);
void channel_receive_from_waiter(Channel *c, Waiter *sender, void *element);
void channel_buffer_put(Channel *c, const void *element);
void channel_buffer_take(Channel *c, void *element);
void channel_copy(Channel *c, void *destination, const void *source);
void channel_zero(Channel *c, void *element);
noreturn void panic_send_on_closed(void);

bool channel_try_send(Channel *c, const void *element);   /* never blocks */

#endif
