"""Shipper bridges: Fluent Bit (Forward protocol), Vector (HTTP) and OTLP pipelines label records through logtriaged.

May import: records, settings, balancing, v1/, service/ (convert, sd_notify, logging_setup); never engine/ or the tiers.

`logtriage-bridge fluentbit` is a Forward server in front of a Forward client; `logtriage-bridge vector` is an
HTTP server in front of an HTTP or Forward client; `logtriage-bridge otlp` is an OTLP/gRPC and OTLP/HTTP receiver
in front of an OTLP exporter. All label records in batches with the daemon and acknowledge upstream only after the
next hop acknowledged.
"""
