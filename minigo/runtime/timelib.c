/*
 * The time package's library half: Duration.String and the Timer/Ticker objects
 * (the timer heap itself is time.c's).
 *
 * A Timer or Ticker is { chan C; void *handle } (the struct the type checker
 * declares, C first).  Its channel has a buffer of one Time, so the runtime's
 * timer sends without blocking and a value waits there until received, as in Go.
 * Time is { int64 wall; int64 mono }: what runtime.h says timers send.
 */
#include "internal.h"

typedef struct { void *channel; void *handle; } LibraryTimer;

#define TIME_SIZE 16

void *runtime_time_newtimer(int64_t duration, int64_t period)
{
    LibraryTimer *timer = runtime_alloc(sizeof(LibraryTimer), GC_CONSERVATIVE);
    timer->channel = runtime_makechan(TIME_SIZE, TYPE_FLAG_NO_POINTERS, 1);
    timer->handle = runtime_timer_start(timer->channel, runtime_nanotime() + duration, period);
    return timer;
}

int64_t runtime_time_timer_stop(void *address)
{
    LibraryTimer *timer = address;
    return runtime_timer_stop(timer->handle);
}

int64_t runtime_time_timer_reset(void *address, int64_t duration, int64_t period)
{
    LibraryTimer *timer = address;
    return runtime_timer_reset(timer->handle, runtime_nanotime() + duration, period);
}

/* the digits of v written backwards ending at end; returns the new start */
static uint8_t *put_digits(uint8_t *end, uint64_t v)
{
    do {
        *--end = (uint8_t)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

/* v / 10^places with `places` decimals, trailing zeros (and a bare point) dropped */
static uint8_t *put_decimal(uint8_t *end, uint64_t v, int places)
{
    int printed = 0;
    for (int i = 0; i < places; i++) {
        uint64_t digit = v % 10;
        v /= 10;
        if (printed || digit != 0) {
            *--end = (uint8_t)('0' + digit);
            printed = 1;
        }
    }
    if (printed)
        *--end = '.';
    return put_digits(end, v);
}

static uint8_t *put_text(uint8_t *end, const char *text)
{
    int64_t length = 0;
    while (text[length]) length++;
    while (length)
        *--end = (uint8_t)text[--length];
    return end;
}

GoString runtime_time_duration_string(int64_t d)
{
    uint8_t buffer[40];
    uint8_t *end = buffer + sizeof buffer;
    uint64_t u = d < 0 ? -(uint64_t)d : (uint64_t)d;
    uint8_t *start;
    if (u == 0) {
        start = put_text(end, "0s");
    } else if (u < 1000) {
        start = put_digits(put_text(end, "ns"), u);
    } else if (u < 1000000) {
        start = put_decimal(put_text(end, "\xc2\xb5s"), u, 3);
    } else if (u < 1000000000) {
        start = put_decimal(put_text(end, "ms"), u, 6);
    } else {
        uint64_t seconds = u / 1000000000;
        start = put_decimal(put_text(end, "s"), (seconds % 60) * 1000000000 + u % 1000000000, 9);
        uint64_t minutes = seconds / 60;
        if (minutes > 0) {
            start = put_digits(put_text(start, "m"), minutes % 60);
            if (minutes / 60 > 0)
                start = put_digits(put_text(start, "h"), minutes / 60);
        }
    }
    if (d < 0)
        *--start = '-';
    int64_t length = end - start;
    uint8_t *copy = runtime_alloc(length, GC_NO_POINTERS);
    for (int64_t i = 0; i < length; i++)
        copy[i] = start[i];
    return (GoString){copy, length};
}
