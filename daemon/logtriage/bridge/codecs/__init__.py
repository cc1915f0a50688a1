"""Wire formats of the bridge, no sockets of their own: Forward frames and its handshake, just enough HTTP/1.1,
OTLP logs messages and OTLP/JSON.

May import: the bridge's labels and settings; nothing with I/O."""
