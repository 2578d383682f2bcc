/* A type-2 AppImage runtime: the ELF part of LocalForge-<version>-x86_64.AppImage.
 *
 * It finds the squashfs image appended to itself (where its ELF ends), mounts it read-only
 * through FUSE in a temporary folder and executes AppRun from it with APPIMAGE, APPDIR,
 * ARGV0 and OWD set. Where FUSE is missing (containers, some minimal systems) it can extract
 * the image instead. It follows the AppImage specification (type 2): the magic "AI\x02" at
 * offset 8 (written into the file after linking) and the .upd_info/.sha256_sig sections.
 *
 * Linked statically against squashfuse's low-level library, libfuse3 and the compressors, so
 * a machine needs only glibc and, for mounting, the FUSE kernel module (plus fusermount3 when
 * not root).
 */
#define _GNU_SOURCE
#include "appimage_elf.h"

#include <squashfuse/ll.h>

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef RUNTIME_VERSION
#define RUNTIME_VERSION "unknown"
#endif

/* Sections the specification reserves: update information and a signature (both empty). */
__attribute__((section(".upd_info"), used)) static const char g_updateInfo[1024] = {0};
__attribute__((section(".sha256_sig"), used)) static const char g_signature[1024] = {0};

static const char *g_image; /* the AppImage file (absolute path) */
static int64_t g_offset;    /* where its squashfs image starts */
static const char *g_argv0; /* how it was invoked */

static void print_help(void)
{
    printf("This is an AppImage: the program and everything it needs in one file.\n"
           "\n"
           "Options (the first argument only; anything else goes to the program):\n"
           "  --appimage-help                Show this help.\n"
           "  --appimage-version             Show the version of this runtime.\n"
           "  --appimage-offset              Print where the squashfs image starts.\n"
           "  --appimage-extract [PATTERN]   Unpack the image into ./squashfs-root (only the\n"
           "                                 paths matching the shell PATTERN when given).\n"
           "  --appimage-extract-and-run     Unpack into a temporary folder, run from there,\n"
           "                                 and remove it afterwards: for machines and\n"
           "                                 containers without FUSE. The environment variable\n"
           "                                 APPIMAGE_EXTRACT_AND_RUN=1 does the same.\n"
           "  --appimage-mount               Mount the image, print the folder and wait until\n"
           "                                 interrupted.\n");
}

static void fuse_unavailable_message(const char *reason)
{
    fprintf(stderr,
            "%s cannot start because it could not mount itself with FUSE (%s). AppImages use "
            "FUSE to open without unpacking: on Debian or Ubuntu install it with \"sudo apt "
            "install fuse3\" (in a container, give it --device /dev/fuse --cap-add SYS_ADMIN). "
            "To run it right away without FUSE, start it with the option "
            "--appimage-extract-and-run (or with APPIMAGE_EXTRACT_AND_RUN=1 in the "
            "environment), or unpack it once with --appimage-extract and run "
            "squashfs-root/AppRun.\n",
            g_argv0, reason);
}

/* ---- Extraction ---------------------------------------------------------------------- */

static int make_parents(const char *path)
{
    char buffer[PATH_MAX];
    if (snprintf(buffer, sizeof buffer, "%s", path) >= (int)sizeof buffer)
        return -1;
    for (char *p = buffer + 1; *p; ++p) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buffer, 0755) != 0 && errno != EEXIST)
            return -1;
        *p = '/';
    }
    return 0;
}

static int extract_file(sqfs *fs, sqfs_inode *inode, const char *target, mode_t mode)
{
    unlink(target);
    const int fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0)
        return -1;
    static char chunk[1 << 20];
    const sqfs_off_t total = (sqfs_off_t)inode->xtra.reg.file_size;
    sqfs_off_t done = 0;
    int result = 0;
    while (done < total) {
        sqfs_off_t size =
            total - done < (sqfs_off_t)sizeof chunk ? total - done : (sqfs_off_t)sizeof chunk;
        if (sqfs_read_range(fs, inode, done, &size, chunk) != SQFS_OK || size <= 0) {
            result = -1;
            break;
        }
        for (sqfs_off_t written = 0; written < size;) {
            const ssize_t n = write(fd, chunk + written, (size_t)(size - written));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                result = -1;
                break;
            }
            written += n;
        }
        if (result != 0)
            break;
        done += size;
    }
    if (close(fd) != 0)
        result = -1;
    if (result == 0)
        chmod(target, mode);
    return result;
}

/* Unpacks the image (or the paths matching `pattern`) under `destination`. */
static int extract(const char *destination, const char *pattern, int verbose)
{
    sqfs fs;
    if (sqfs_open_image(&fs, g_image, (size_t)g_offset) != SQFS_OK) {
        fprintf(stderr, "Cannot read the squashfs image in %s at offset %lld.\n", g_image,
                (long long)g_offset);
        return -1;
    }
    sqfs_traverse trv;
    if (sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) != SQFS_OK) {
        sqfs_destroy(&fs);
        return -1;
    }
    if (mkdir(destination, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "Cannot create %s: %s\n", destination, strerror(errno));
        sqfs_traverse_close(&trv);
        sqfs_destroy(&fs);
        return -1;
    }
    int result = 0;
    sqfs_err err = SQFS_OK;
    while (result == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        if (pattern && fnmatch(pattern, trv.path, FNM_FILE_NAME | FNM_LEADING_DIR) != 0)
            continue;
        char target[PATH_MAX];
        if (snprintf(target, sizeof target, "%s/%s", destination, trv.path) >= (int)sizeof target) {
            result = -1;
            break;
        }
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, trv.entry.inode) != SQFS_OK) {
            result = -1;
            break;
        }
        if (pattern)
            make_parents(target);
        if (verbose)
            printf("%s\n", target);
        const mode_t mode = inode.base.mode & 07777;
        switch (inode.base.inode_type) {
        case SQUASHFS_DIR_TYPE:
        case SQUASHFS_LDIR_TYPE:
            if (mkdir(target, mode | 0700) != 0 && errno != EEXIST)
                result = -1;
            break;
        case SQUASHFS_REG_TYPE:
        case SQUASHFS_LREG_TYPE:
            result = extract_file(&fs, &inode, target, mode);
            break;
        case SQUASHFS_SYMLINK_TYPE:
        case SQUASHFS_LSYMLINK_TYPE: {
            char link[PATH_MAX];
            size_t size = sizeof link;
            if (sqfs_readlink(&fs, &inode, link, &size) != SQFS_OK) {
                result = -1;
                break;
            }
            unlink(target);
            if (symlink(link, target) != 0)
                result = -1;
            break;
        }
        default: /* devices, fifos and sockets have no place in an AppDir */
            break;
        }
        if (result != 0)
            fprintf(stderr, "Cannot extract %s: %s\n", target, strerror(errno));
    }
    if (err != SQFS_OK)
        result = -1;
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return result;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* ---- Running AppRun --------------------------------------------------------------------- */

static void set_environment(const char *appdir)
{
    char cwd[PATH_MAX];
    setenv("APPIMAGE", g_image, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", g_argv0, 1);
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
}

static char **apprun_argv(const char *apprun, int argc, char **argv, int skip)
{
    char **args = calloc((size_t)argc + 1, sizeof(char *));
    if (!args)
        return NULL;
    int n = 0;
    args[n++] = (char *)apprun;
    for (int i = 1 + skip; i < argc; ++i)
        args[n++] = argv[i];
    args[n] = NULL;
    return args;
}

static pid_t g_child;
static void forward_signal(int sig)
{
    if (g_child > 0)
        kill(g_child, sig);
}

static int extract_and_run(int argc, char **argv, int skip)
{
    const char *tmp = getenv("TMPDIR");
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/appimage_extracted_XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "Cannot create a temporary folder to unpack into: %s\n", strerror(errno));
        return 1;
    }
    if (extract(dir, NULL, 0) != 0) {
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        return 1;
    }
    char apprun[PATH_MAX + 16];
    snprintf(apprun, sizeof apprun, "%s/AppRun", dir);
    set_environment(dir);
    char **args = apprun_argv(apprun, argc, argv, skip);
    g_child = fork();
    if (g_child == 0) {
        execv(apprun, args);
        fprintf(stderr, "Cannot run %s: %s\n", apprun, strerror(errno));
        _exit(127);
    }
    int status = 0;
    if (g_child > 0) {
        signal(SIGINT, forward_signal);
        signal(SIGTERM, forward_signal);
        signal(SIGHUP, forward_signal);
        while (waitpid(g_child, &status, 0) < 0 && errno == EINTR) {
        }
    }
    free(args);
    if (!getenv("APPIMAGE_EXTRACT_AND_RUN_NO_CLEANUP"))
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    if (g_child < 0)
        return 1;
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

/* ---- FUSE ------------------------------------------------------------------------------- */

/* Serves FUSE requests until the mount goes away or `keepalive` reaches end of file, which
 * happens when the program started from the mount (and everything it started) has exited. */
static void serve(struct fuse_session *session, int keepalive)
{
    struct fuse_buf buffer;
    memset(&buffer, 0, sizeof buffer);
    struct pollfd fds[2] = {{.fd = fuse_session_fd(session), .events = POLLIN},
                            {.fd = keepalive, .events = POLLIN}};
    while (!fuse_session_exited(session)) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL))
            break;
        if (fds[0].revents & POLLIN) {
            const int res = fuse_session_receive_buf(session, &buffer);
            if (res == -EINTR || res == -EAGAIN)
                continue;
            if (res <= 0)
                break;
            fuse_session_process_buf(session, &buffer);
            continue; /* answer pending requests before looking at the keepalive pipe */
        }
        if (fds[1].revents)
            break;
    }
    free(buffer.mem);
}

/* Mounts the image at `mountpoint` in a child process. Returns the child's pid once the
 * mount is ready, or -1 with `reason` filled. The mount lasts until every copy of the write
 * end of `keepalive` is closed. */
static pid_t mount_image(const char *mountpoint, const int keepalive[2], char *reason,
                         size_t reasonSize)
{
    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) {
        snprintf(reason, reasonSize, "pipe: %s", strerror(errno));
        return -1;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        snprintf(reason, reasonSize, "fork: %s", strerror(errno));
        close(ready[0]);
        close(ready[1]);
        return -1;
    }
    if (pid == 0) {
        close(ready[0]);
        close(keepalive[1]);
        setsid(); /* a Ctrl+C meant for the program must not take its files away */
        char status = 1;
        sqfs_ll *ll = sqfs_ll_open(g_image, (size_t)g_offset);
        if (!ll) {
            if (write(ready[1], &status, 1) < 0) {
            }
            _exit(1);
        }
        struct fuse_lowlevel_ops ops;
        memset(&ops, 0, sizeof ops);
        ops.getattr = sqfs_ll_op_getattr;
        ops.opendir = sqfs_ll_op_opendir;
        ops.releasedir = sqfs_ll_op_releasedir;
        ops.readdir = sqfs_ll_op_readdir;
        ops.lookup = sqfs_ll_op_lookup;
        ops.open = sqfs_ll_op_open;
        ops.create = sqfs_ll_op_create;
        ops.release = sqfs_ll_op_release;
        ops.read = sqfs_ll_op_read;
        ops.readlink = sqfs_ll_op_readlink;
        ops.listxattr = sqfs_ll_op_listxattr;
        ops.getxattr = sqfs_ll_op_getxattr;
        ops.forget = sqfs_ll_op_forget;
        ops.statfs = stfs_ll_op_statfs;

        char options[PATH_MAX + 64];
        const char *base = strrchr(g_image, '/');
        snprintf(options, sizeof options, "ro,nodev,fsname=%s,subtype=appimage",
                 base ? base + 1 : g_image);
        for (char *p = options; *p; ++p) {
            if (*p == ' ')
                *p = '_';
        }
        char *args[] = {(char *)"appimage-runtime", (char *)"-o", options, NULL};
        struct fuse_args fuseArgs = FUSE_ARGS_INIT(3, args);
        sqfs_ll_chan channel;
        if (sqfs_ll_mount(&channel, mountpoint, &fuseArgs, &ops, sizeof ops, ll) != SQFS_OK) {
            if (write(ready[1], &status, 1) < 0) {
            }
            _exit(1);
        }
        /* Mounted: let the program start, and hold no terminal or pipe of it open. */
        const int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, STDIN_FILENO);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            if (null > STDERR_FILENO)
                close(null);
        }
        status = 0;
        if (write(ready[1], &status, 1) < 0) {
        }
        close(ready[1]);
        serve(channel.session, keepalive[0]);
        sqfs_ll_destroy(ll);
        sqfs_ll_unmount(&channel, mountpoint);
        rmdir(mountpoint);
        _exit(0);
    }
    close(ready[1]);
    char status = 1;
    ssize_t got;
    while ((got = read(ready[0], &status, 1)) < 0 && errno == EINTR) {
    }
    close(ready[0]);
    if (got != 1 || status != 0) {
        waitpid(pid, NULL, 0);
        snprintf(reason, reasonSize, "the mount failed, see the message above");
        return -1;
    }
    return pid;
}

static int mount_and_run(int argc, char **argv)
{
    char reason[PATH_MAX + 256];
    if (access("/dev/fuse", F_OK) != 0) {
        fuse_unavailable_message("/dev/fuse does not exist");
        return 127;
    }
    const int probe = open("/dev/fuse", O_RDWR | O_CLOEXEC);
    if (probe < 0) {
        snprintf(reason, sizeof reason, "/dev/fuse: %s", strerror(errno));
        fuse_unavailable_message(reason);
        return 127;
    }
    close(probe);

    const char *tmp = getenv("TMPDIR");
    const char *base = strrchr(g_image, '/');
    char mountpoint[PATH_MAX];
    snprintf(mountpoint, sizeof mountpoint, "%s/.mount_%.6sXXXXXX", tmp && *tmp ? tmp : "/tmp",
             base ? base + 1 : "image");
    if (!mkdtemp(mountpoint)) {
        snprintf(reason, sizeof reason, "cannot create %s: %s", mountpoint, strerror(errno));
        fuse_unavailable_message(reason);
        return 127;
    }
    int keepalive[2];
    if (pipe2(keepalive, O_CLOEXEC) != 0) {
        rmdir(mountpoint);
        return 1;
    }
    if (mount_image(mountpoint, keepalive, reason, sizeof reason) < 0) {
        rmdir(mountpoint);
        fuse_unavailable_message(reason);
        return 127;
    }
    close(keepalive[0]);
    /* The write end stays open in the program (and what it starts): the mount lives as long
     * as they do. */
    fcntl(keepalive[1], F_SETFD, 0);

    char apprun[PATH_MAX + 16];
    snprintf(apprun, sizeof apprun, "%s/AppRun", mountpoint);
    set_environment(mountpoint);
    char **args = apprun_argv(apprun, argc, argv, 0);
    execv(apprun, args);
    fprintf(stderr, "Cannot run %s: %s\n", apprun, strerror(errno));
    return 127;
}

static int mount_and_wait(void)
{
    char reason[256];
    const char *tmp = getenv("TMPDIR");
    char mountpoint[PATH_MAX];
    snprintf(mountpoint, sizeof mountpoint, "%s/.mount_XXXXXX", tmp && *tmp ? tmp : "/tmp");
    int keepalive[2];
    if (!mkdtemp(mountpoint) || pipe2(keepalive, O_CLOEXEC) != 0)
        return 1;
    if (mount_image(mountpoint, keepalive, reason, sizeof reason) < 0) {
        rmdir(mountpoint);
        fuse_unavailable_message(reason);
        return 127;
    }
    printf("%s\n", mountpoint);
    fflush(stdout);
    pause();
    return 0;
}

int main(int argc, char **argv)
{
    g_argv0 = argv[0];
    static char self[PATH_MAX];
    const char *target = getenv("TARGET_APPIMAGE");
    if (target && *target) {
        if (!realpath(target, self)) {
            fprintf(stderr, "TARGET_APPIMAGE=%s: %s\n", target, strerror(errno));
            return 1;
        }
    } else if (!realpath("/proc/self/exe", self)) {
        fprintf(stderr, "Cannot find this program's own file (/proc/self/exe): %s\n",
                strerror(errno));
        return 1;
    }
    g_image = self;

    const int fd = open(g_image, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fprintf(stderr, "Cannot read %s: %s\n", g_image, strerror(errno));
        return 1;
    }
    g_offset = appimage_payload_offset_fd(fd);
    const int magic = appimage_has_type2_magic_fd(fd);
    close(fd);
    if (g_offset < 0) {
        fprintf(stderr, "%s is not an ELF file; it cannot be an AppImage.\n", g_image);
        return 1;
    }

    const char *option = argc > 1 ? argv[1] : "";
    if (strcmp(option, "--appimage-help") == 0) {
        print_help();
        return 0;
    }
    if (strcmp(option, "--appimage-version") == 0) {
        printf("LocalForge AppImage runtime %s (type 2, squashfuse, FUSE 3)\n", RUNTIME_VERSION);
        return 0;
    }
    if (strcmp(option, "--appimage-offset") == 0) {
        printf("%lld\n", (long long)g_offset);
        return 0;
    }
    if (magic != 1) {
        fprintf(stderr, "%s lacks the AppImage magic bytes (AI\\x02 at offset 8).\n", g_image);
        return 1;
    }
    if (strcmp(option, "--appimage-extract") == 0) {
        const char *pattern = argc > 2 ? argv[2] : NULL;
        return extract("squashfs-root", pattern, 1) == 0 ? 0 : 1;
    }
    if (strcmp(option, "--appimage-mount") == 0)
        return mount_and_wait();
    if (strcmp(option, "--appimage-extract-and-run") == 0)
        return extract_and_run(argc, argv, 1);
    const char *env = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (env && strcmp(env, "1") == 0)
        return extract_and_run(argc, argv, 0);
    if (strncmp(option, "--appimage-", 11) == 0) {
        fprintf(stderr, "Unknown option %s; --appimage-help lists the runtime's options.\n",
                option);
        return 1;
    }
    return mount_and_run(argc, argv);
}
