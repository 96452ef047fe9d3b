"""A slow-loris HTTP server on 127.0.0.1 for the download tests: it prints its port, then answers
every request with 200, a Content-Length of 3,348 bytes, and one byte every 4 seconds. It stops
when its standard input closes (the test ends)."""
import socket
import sys
import threading
import time


def serve(connection: socket.socket) -> None:
    try:
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 3348\r\nConnection: close\r\n\r\n")
        for _ in range(3348):
            connection.sendall(b"x")
            time.sleep(4)
    except OSError:
        pass
    finally:
        connection.close()


def main() -> None:
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    print(listener.getsockname()[1], flush=True)

    def accept() -> None:
        while True:
            connection, _ = listener.accept()
            threading.Thread(target=serve, args=(connection,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    sys.stdin.read()


if __name__ == "__main__":
    main()
