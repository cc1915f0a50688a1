"""What a shipper sends the bridge: one module per protocol (Forward from Fluent Bit, HTTP NDJSON from Vector,
OTLP/gRPC and OTLP/HTTP from any OTLP exporter).

May import: the bridge's codecs/, labeller, delivery, ledger, settings, streams; never sinks/."""
