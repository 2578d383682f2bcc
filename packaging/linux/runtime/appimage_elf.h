#pragma once
/* The two facts a type-2 AppImage runtime reads from its own ELF header: the magic bytes that
 * mark it as an AppImage, and the offset where the appended squashfs image starts. */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* "AI" followed by the image type, at offset 8 of the file (e_ident[EI_PAD]). */
#define APPIMAGE_MAGIC_OFFSET 8
#define APPIMAGE_MAGIC_SIZE 3

/* Returns 1 when the first bytes of a file (at least 11 of them) carry the type-2 magic
 * "AI\x02" at offset 8, 0 otherwise. */
int appimage_has_type2_magic(const unsigned char *header, size_t size);

/* Computes where the squashfs image starts: the end of the ELF file, i.e. the end of its
 * section header table (e_shoff + e_shentsize * e_shnum), which the linker places last.
 * Works for 32- and 64-bit, little- and big-endian ELF. `header` holds the first bytes of
 * the file (at least 64 for 64-bit ELF, 52 for 32-bit). Returns the offset, or -1 when the
 * bytes are not an ELF header. */
int64_t appimage_payload_offset(const unsigned char *header, size_t size);

/* The same, read from an open file descriptor (pread, the position is left alone). */
int64_t appimage_payload_offset_fd(int fd);

/* Reads the magic from an open file descriptor: 1 present, 0 absent, -1 read error. */
int appimage_has_type2_magic_fd(int fd);

#ifdef __cplusplus
}
#endif
