/* The memory cost of goroutine stacks as large reservations committed on touch
 * (the design runtime/stack.c weighs against segments): `count` stacks, each
 * reserving `spacing` bytes of address space (MAP_NORESERVE) and touching its top
 * page, as a blocked goroutine does.  Prints RSS and page-table memory (VmPTE) per
 * stack.
 *
 *     cc -O2 -o /tmp/stack_reservations benchmarks/stack_reservations.c
 *     /tmp/stack_reservations 100000 65536         # 64 KiB apart
 *     /tmp/stack_reservations 100000 1073741824    # 1 GiB apart
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static long status_kib(const char *key)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long value = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, key, strlen(key)) == 0)
            value = atol(line + strlen(key));
    fclose(f);
    return value;
}

int main(int argc, char **argv)
{
    size_t count = strtoull(argv[1], 0, 0), spacing = strtoull(argv[2], 0, 0);
    long pte0 = status_kib("VmPTE:"), rss0 = status_kib("VmRSS:");
    size_t chunk = (size_t)1 << 40;          /* map 1 TiB at a time */
    size_t per_chunk = chunk / spacing, done = 0;
    while (done < count) {
        char *region = mmap(NULL, chunk, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (region == MAP_FAILED) { perror("mmap"); return 1; }
        madvise(region, chunk, MADV_NOHUGEPAGE);
        for (size_t i = 0; i < per_chunk && done < count; i++, done++)
            region[(i + 1) * spacing - 64] = 1;
    }
    long pte = status_kib("VmPTE:") - pte0, rss = status_kib("VmRSS:") - rss0;
    printf("%zu stacks %zu KiB apart: RSS %.2f KiB each, page tables %.2f KiB each\n",
           count, spacing >> 10, (double)rss / count, (double)pte / count);
    return 0;
}
