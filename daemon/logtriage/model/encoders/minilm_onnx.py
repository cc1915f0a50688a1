"""MiniLM through ONNX Runtime: the Embedder's `encode` contract without torch at serving time.

`logtriage export-onnx FOLDER` writes `model.onnx` (attention and layer norms fused by
onnxruntime's transformer optimizer), `model.int8.onnx` (dynamic int8 weights) and the tokenizer;
it needs torch and the `onnx` package, once. `OnnxEmbedder(folder)` then needs only onnxruntime and
tokenizers. Mean pooling and normalisation are done here, as sentence-transformers does them.

Measured on the check set (see the README's Performance section): fp32 gives the same embeddings
as torch (cosine 1.0, same macro-F1) at about 1.1x its speed; int8 is about 1.75x faster but costs
1.7 macro-F1 points, over the 0.5 allowed, so int8 is off unless asked for.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import cast

import numpy as np

from .minilm_torch import bundled_model_path

FP32, INT8 = "model.onnx", "model.int8.onnx"


class OnnxEmbedder:
    """Normalised float32 embeddings, like Embedder; texts sorted by length so that batches pad little."""

    def __init__(
        self,
        folder: Path,
        *,
        int8: bool = False,
        max_seq_length: int = 128,
        threads: int | None = None,
        batch_size: int = 64,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(folder) / (INT8 if int8 else FP32)
        if not path.is_file():
            raise FileNotFoundError(f"{path} does not exist; write it with 'logtriage export-onnx {folder}'")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or 0
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(str(Path(folder) / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=max_seq_length)
        self._tokenizer.enable_padding()
        self.path = path
        self.max_seq_length = max_seq_length
        self.batch_size = batch_size
        self.dimension = 384

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")
        for start in range(0, len(texts), self.batch_size):
            rows = order[start : start + self.batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            hidden = self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            out[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export-onnx", help="write MiniLM as ONNX (fp32 and int8) for the onnx embedding backend")
    p.add_argument("folder", type=Path, help="folder to write model.onnx, model.int8.onnx and tokenizer.json")
    p.set_defaults(func=lambda args: print("\n".join(map(str, export_onnx(args.folder)))) or 0)


def export_onnx(folder: Path, source: Path | None = None) -> list[Path]:
    """Writes the fp32 and int8 ONNX files and the tokenizer into `folder`; needs torch and `onnx`."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers import optimizer
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Transformer

    folder.mkdir(parents=True, exist_ok=True)
    source = source or bundled_model_path()
    first = cast(Transformer, SentenceTransformer(str(source), device="cpu", local_files_only=True)[0])
    bert = first.auto_model.eval()
    bert.config._attn_implementation = "eager"  # the optimizer fuses the eager attention graph, not SDPA

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(
            self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor
        ) -> torch.Tensor:
            hidden: torch.Tensor = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )[0]
            return hidden

    names = ["input_ids", "attention_mask", "token_type_ids"]
    example = tuple(torch.ones((2, 8), dtype=torch.int64) for _ in names)
    raw = folder / "model.raw.onnx"
    torch.onnx.export(
        LastHiddenState(),
        example,
        str(raw),
        input_names=names,
        output_names=["last_hidden_state"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]},
        opset_version=17,
        dynamo=False,
    )
    fused = optimizer.optimize_model(str(raw), model_type="bert", num_heads=12, hidden_size=384, opt_level=1)
    fused.save_model_to_file(str(folder / FP32))
    raw.unlink()
    quantize_dynamic(
        str(folder / FP32),
        str(folder / INT8),
        weight_type=QuantType.QInt8,
        extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT},
    )
    shutil.copy(source / "tokenizer.json", folder / "tokenizer.json")
    return [folder / FP32, folder / INT8, folder / "tokenizer.json"]
