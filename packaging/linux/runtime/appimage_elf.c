#include "appimage_elf.h"

#include <elf.h>
#include <string.h>
#include <unistd.h>

static uint64_t read_uint(const unsigned char *p, size_t n, int bigEndian)
{
    uint64_t value = 0;
    for (size_t i = 0; i < n; ++i) {
        const size_t index = bigEndian ? i : n - 1 - i;
        value = (value << 8) | p[index];
    }
    return value;
}

int appimage_has_type2_magic(const unsigned char *header, size_t size)
{
    if (size < APPIMAGE_MAGIC_OFFSET + APPIMAGE_MAGIC_SIZE)
        return 0;
    return header[APPIMAGE_MAGIC_OFFSET] == 'A' && header[APPIMAGE_MAGIC_OFFSET + 1] == 'I' &&
           header[APPIMAGE_MAGIC_OFFSET + 2] == 0x02;
}

int64_t appimage_payload_offset(const unsigned char *header, size_t size)
{
    if (size < EI_NIDENT || memcmp(header, ELFMAG, SELFMAG) != 0)
        return -1;
    const int bigEndian = header[EI_DATA] == ELFDATA2MSB;
    if (!bigEndian && header[EI_DATA] != ELFDATA2LSB)
        return -1;
    uint64_t shoff, shentsize, shnum;
    if (header[EI_CLASS] == ELFCLASS64) {
        if (size < sizeof(Elf64_Ehdr))
            return -1;
        shoff = read_uint(header + offsetof(Elf64_Ehdr, e_shoff), 8, bigEndian);
        shentsize = read_uint(header + offsetof(Elf64_Ehdr, e_shentsize), 2, bigEndian);
        shnum = read_uint(header + offsetof(Elf64_Ehdr, e_shnum), 2, bigEndian);
    } else if (header[EI_CLASS] == ELFCLASS32) {
        if (size < sizeof(Elf32_Ehdr))
            return -1;
        shoff = read_uint(header + offsetof(Elf32_Ehdr, e_shoff), 4, bigEndian);
        shentsize = read_uint(header + offsetof(Elf32_Ehdr, e_shentsize), 2, bigEndian);
        shnum = read_uint(header + offsetof(Elf32_Ehdr, e_shnum), 2, bigEndian);
    } else {
        return -1;
    }
    const uint64_t end = shoff + shentsize * shnum;
    if (end < shoff || end > (uint64_t)INT64_MAX)
        return -1;
    return (int64_t)end;
}

int64_t appimage_payload_offset_fd(int fd)
{
    unsigned char header[sizeof(Elf64_Ehdr)];
    const ssize_t got = pread(fd, header, sizeof header, 0);
    if (got < 0)
        return -1;
    return appimage_payload_offset(header, (size_t)got);
}

int appimage_has_type2_magic_fd(int fd)
{
    unsigned char header[APPIMAGE_MAGIC_OFFSET + APPIMAGE_MAGIC_SIZE];
    const ssize_t got = pread(fd, header, sizeof header, 0);
    if (got < 0)
        return -1;
    return appimage_has_type2_magic(header, (size_t)got);
}
