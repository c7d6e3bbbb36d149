/* netguard: an LD_PRELOAD library that refuses every network socket.
 *
 * Local sockets (AF_UNIX) are allowed: Qt, X11/Wayland, D-Bus and the audio server (PulseAudio,
 * PipeWire) talk through them, and they never leave the machine. Netlink (AF_NETLINK) is also
 * allowed: glibc and udev use it to read local interface and device state; it never leaves the
 * machine either. Every other family (AF_INET, AF_INET6, AF_PACKET, ...) is refused: the attempt is
 * appended to the file named by NETGUARD_LOG (one line "socket <family>" or "connect <family>"),
 * and the call fails with EACCES, so the program under test goes on and the test reads the file.
 * The same for connect() to a non-local address on a socket created before the library loaded.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int family_allowed(int family)
{
    return family == AF_UNIX || family == AF_NETLINK;
}

static void record(const char *call, int family)
{
    const char *path = getenv("NETGUARD_LOG");
    char line[64];
    int n = snprintf(line, sizeof line, "%s %d\n", call, family);
    if (path && *path) {
        int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (fd >= 0) {
            if (write(fd, line, (size_t)n) < 0) { /* nothing more to do */ }
            close(fd);
        }
    }
    if (getenv("NETGUARD_ABORT"))
        abort();
}

int socket(int domain, int type, int protocol)
{
    static int (*real_socket)(int, int, int);
    if (!family_allowed(domain)) {
        record("socket", domain);
        errno = EACCES;
        return -1;
    }
    if (!real_socket)
        real_socket = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
    return real_socket(domain, type, protocol);
}

int socketpair(int domain, int type, int protocol, int sv[2])
{
    static int (*real_socketpair)(int, int, int, int[2]);
    if (!family_allowed(domain)) {
        record("socketpair", domain);
        errno = EACCES;
        return -1;
    }
    if (!real_socketpair)
        real_socketpair = (int (*)(int, int, int, int[2]))dlsym(RTLD_NEXT, "socketpair");
    return real_socketpair(domain, type, protocol, sv);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
    static int (*real_connect)(int, const struct sockaddr *, socklen_t);
    if (addr && len >= sizeof(sa_family_t) && !family_allowed(addr->sa_family) && addr->sa_family != AF_UNSPEC) {
        record("connect", addr->sa_family);
        errno = EACCES;
        return -1;
    }
    if (!real_connect)
        real_connect = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "connect");
    return real_connect(fd, addr, len);
}
