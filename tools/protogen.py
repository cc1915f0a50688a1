"""Regenerate the Python gRPC code from proto/ (the committed copy is checked by a test)."""

from __future__ import annotations

import sys
from pathlib import Path

from grpc_tools import protoc

ROOT = Path(__file__).resolve().parents[1]
PROTO_DIR = ROOT / "proto"
PROTO_FILES = ("logtriage/v1/classifier_service.proto",)


def generate(out_dir: Path) -> None:
    """Write *_pb2.py, *_pb2.pyi and *_pb2_grpc.py for every file in PROTO_FILES into out_dir."""
    include = Path(protoc.__file__).parent / "_proto"
    for name in PROTO_FILES:
        code = protoc.main(
            [
                "grpc_tools.protoc",
                f"-I{PROTO_DIR}",
                f"-I{include}",
                f"--python_out={out_dir}",
                f"--pyi_out={out_dir}",
                f"--grpc_python_out={out_dir}",
                str(PROTO_DIR / name),
            ]
        )
        if code != 0:
            raise RuntimeError(f"protoc failed on {name} with exit code {code}")


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "daemon")
