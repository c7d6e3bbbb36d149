/* Proves that the guard catches what it must: opens an AF_INET and an AF_INET6 socket and a
 * connect() to 127.0.0.1, and an AF_UNIX socket (allowed). Exit 0 when the two network sockets
 * were refused and the local one was created. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    int refused = 0;
    int s4 = socket(AF_INET, SOCK_STREAM, 0);
    if (s4 < 0)
        ++refused;
    else
        close(s4);
    int s6 = socket(AF_INET6, SOCK_DGRAM, 0);
    if (s6 < 0)
        ++refused;
    else
        close(s6);
    int u = socket(AF_UNIX, SOCK_STREAM, 0);
    if (u < 0) {
        fprintf(stderr, "AF_UNIX refused\n");
        return 3;
    }
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(9);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(u, (const struct sockaddr *)&a, sizeof a) < 0)
        ++refused;
    close(u);
    printf("refused %d\n", refused);
    return refused == 3 ? 0 : 1;
}
