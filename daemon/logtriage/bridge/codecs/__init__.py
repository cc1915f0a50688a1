"""Wire formats of the bridge, no sockets of their own: Forward frames and its handshake, just enough HTTP/1.1.

May import: the bridge's labels and settings; nothing with I/O."""
