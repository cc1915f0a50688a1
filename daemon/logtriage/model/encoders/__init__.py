"""Sentence encoders with one `encode` contract: MiniLM through sentence-transformers (torch) or ONNX Runtime.

May import: the third-party encoders only; nothing else of logtriage."""
