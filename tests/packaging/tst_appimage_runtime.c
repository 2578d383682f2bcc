/* Unit test of the AppImage runtime's two header facts: where the squashfs image starts (the
 * end of the ELF section header table) and the type-2 magic. Synthetic headers cover 32/64-bit
 * and both byte orders; the real runtime binary (argument 1) must end exactly where its
 * section headers end and carry "AI\x02" at offset 8; an AppImage (argument 2, optional) must
 * have a squashfs superblock ("hsqs") at the computed offset. */
#include "appimage_elf.h"

#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int g_failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                        \
            ++g_failures;                                                                          \
        }                                                                                          \
    } while (0)

static void put(unsigned char *p, unsigned long long v, int n, int bigEndian)
{
    for (int i = 0; i < n; ++i) {
        const int shift = bigEndian ? 8 * (n - 1 - i) : 8 * i;
        p[i] = (unsigned char)(v >> shift);
    }
}

static void elf_ident(unsigned char *h, int cls, int data)
{
    memcpy(h, ELFMAG, SELFMAG);
    h[EI_CLASS] = (unsigned char)cls;
    h[EI_DATA] = (unsigned char)data;
    h[EI_VERSION] = EV_CURRENT;
}

static void test_synthetic_headers(void)
{
    unsigned char h[sizeof(Elf64_Ehdr)];

    /* 64-bit little-endian, like x86_64: 0x2a340 + 64 * 29. */
    memset(h, 0, sizeof h);
    elf_ident(h, ELFCLASS64, ELFDATA2LSB);
    put(h + offsetof(Elf64_Ehdr, e_shoff), 0x2a340, 8, 0);
    put(h + offsetof(Elf64_Ehdr, e_shentsize), 64, 2, 0);
    put(h + offsetof(Elf64_Ehdr, e_shnum), 29, 2, 0);
    CHECK(appimage_payload_offset(h, sizeof h) == 0x2a340 + 64 * 29);
    /* A header cut short is not read past its end. */
    CHECK(appimage_payload_offset(h, sizeof(Elf64_Ehdr) - 1) == -1);

    /* 64-bit big-endian (ppc64, s390x). */
    memset(h, 0, sizeof h);
    elf_ident(h, ELFCLASS64, ELFDATA2MSB);
    put(h + offsetof(Elf64_Ehdr, e_shoff), 0x123456789aULL, 8, 1);
    put(h + offsetof(Elf64_Ehdr, e_shentsize), 64, 2, 1);
    put(h + offsetof(Elf64_Ehdr, e_shnum), 3, 2, 1);
    CHECK(appimage_payload_offset(h, sizeof h) == 0x123456789aLL + 192);

    /* 32-bit little-endian (i386, armhf): fields at other places, 40-byte entries. */
    memset(h, 0, sizeof h);
    elf_ident(h, ELFCLASS32, ELFDATA2LSB);
    put(h + offsetof(Elf32_Ehdr, e_shoff), 70000, 4, 0);
    put(h + offsetof(Elf32_Ehdr, e_shentsize), 40, 2, 0);
    put(h + offsetof(Elf32_Ehdr, e_shnum), 27, 2, 0);
    CHECK(appimage_payload_offset(h, sizeof h) == 70000 + 40 * 27);
    CHECK(appimage_payload_offset(h, sizeof(Elf32_Ehdr)) == 70000 + 40 * 27);
    CHECK(appimage_payload_offset(h, sizeof(Elf32_Ehdr) - 1) == -1);

    /* Not an ELF file, or an unknown class / byte order. */
    memset(h, 0, sizeof h);
    memcpy(h, "hsqs", 4);
    CHECK(appimage_payload_offset(h, sizeof h) == -1);
    elf_ident(h, 3, ELFDATA2LSB);
    CHECK(appimage_payload_offset(h, sizeof h) == -1);
    elf_ident(h, ELFCLASS64, 7);
    CHECK(appimage_payload_offset(h, sizeof h) == -1);
}

static void test_magic(void)
{
    unsigned char h[16];
    memset(h, 0, sizeof h);
    elf_ident(h, ELFCLASS64, ELFDATA2LSB);
    CHECK(!appimage_has_type2_magic(h, sizeof h));
    memcpy(h + 8, "AI\x02", 3);
    CHECK(appimage_has_type2_magic(h, sizeof h));
    CHECK(!appimage_has_type2_magic(h, 10)); /* too short to hold it */
    h[10] = 0x01;                            /* type 1 is not type 2 */
    CHECK(!appimage_has_type2_magic(h, sizeof h));
    memcpy(h + 8, "IA\x02", 3);
    CHECK(!appimage_has_type2_magic(h, sizeof h));
}

static void test_runtime_binary(const char *path)
{
    const int fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    struct stat st;
    CHECK(fstat(fd, &st) == 0);
    /* Nothing appended yet: the image would start exactly at the end of the file. */
    const long long offset = (long long)appimage_payload_offset_fd(fd);
    printf("runtime %s: %lld bytes, payload offset %lld\n", path, (long long)st.st_size, offset);
    CHECK(offset == (long long)st.st_size);
    CHECK(appimage_has_type2_magic_fd(fd) == 1);
    close(fd);
}

static void test_appimage(const char *path)
{
    const int fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    const long long offset = (long long)appimage_payload_offset_fd(fd);
    char superblock[4] = {0};
    CHECK(offset > 0 && pread(fd, superblock, 4, offset) == 4);
    printf("AppImage %s: squashfs at %lld\n", path, offset);
    CHECK(memcmp(superblock, "hsqs", 4) == 0);
    CHECK(appimage_has_type2_magic_fd(fd) == 1);
    close(fd);
}

int main(int argc, char **argv)
{
    test_synthetic_headers();
    test_magic();
    if (argc > 1)
        test_runtime_binary(argv[1]);
    if (argc > 2 && access(argv[2], R_OK) == 0)
        test_appimage(argv[2]);
    if (g_failures) {
        fprintf(stderr, "%d check(s) failed\n", g_failures);
        return 1;
    }
    printf("PASS\n");
    return 0;
}
