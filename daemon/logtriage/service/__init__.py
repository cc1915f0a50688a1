"""logtriaged: assembly of an Engine from settings, gRPC servicer, protobuf conversion, reload, metrics, logging.

May import: every runtime part; imported only by commands/, client, bridge/ (convert, sd_notify, logging_setup)."""
