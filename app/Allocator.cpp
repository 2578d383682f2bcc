#include "Allocator.h"

#if defined(__linux__)
#include <malloc.h>
#endif

void tuneAllocator()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}
