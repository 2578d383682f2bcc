#pragma once

// How this process asks for memory, set once at the start of main().
//
// On glibc, a block of 128 KiB or more that the heap has no free room for gets a mapping of its
// own (the heap's free top is kept small, so most do): a buffer that keeps growing (the text of
// a long answer, kept by the session and by the chat view) is then remapped as it grows instead
// of copied, and what it leaves behind goes back to the system instead of staying as holes in
// the heap. glibc would otherwise raise that size each time a big block is freed (start-up
// frees a few, images and fonts) and serve the growing text from the heap, where each copy it
// outgrew stays resident. macOS's allocator already keeps big blocks apart.
void tuneAllocator();
