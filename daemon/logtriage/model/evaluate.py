"""Scores of labelled data: accuracy, macro-F1, per-label figures, tier shares, a confusion matrix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import UNCLASSIFIED, Classification


@dataclass
class Report:
    rows: int
    accuracy: float
    macro_f1: float
    unclassified_share: float
    per_label: dict[str, dict[str, float]]
    tier_share: dict[str, float]
    labels: list[str]
    confusion: list[list[int]] = field(default_factory=list)  # rows: truth, columns: prediction (+ Unclassified)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "unclassified_share": round(self.unclassified_share, 4),
            "per_label": self.per_label,
            "tier_share": self.tier_share,
            "labels": self.labels,
            "confusion": self.confusion,
        }


def score(truth: Sequence[str], answers: Sequence[Classification]) -> Report:
    """Unclassified counts as a miss: it lowers recall, and is never a right answer."""
    predicted = [a.label for a in answers]
    labels = sorted(set(truth) - {UNCLASSIFIED})
    per_label: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == label and p == label)
        fp = sum(1 for t, p in zip(truth, predicted, strict=True) if t != label and p == label)
        fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": tp + fn,
        }
    columns = [*labels, UNCLASSIFIED]
    index = {label: i for i, label in enumerate(columns)}
    confusion = [[0] * len(columns) for _ in labels]
    for t, p in zip(truth, predicted, strict=True):
        if t in index and t != UNCLASSIFIED:
            confusion[index[t]][index.get(p, index[UNCLASSIFIED])] += 1
    n = len(truth) or 1
    tiers = Counter(a.tier.value for a in answers)
    return Report(
        rows=len(truth),
        accuracy=sum(1 for t, p in zip(truth, predicted, strict=True) if t == p) / n,
        macro_f1=sum(v["f1"] for v in per_label.values()) / (len(per_label) or 1),
        unclassified_share=predicted.count(UNCLASSIFIED) / n,
        per_label=per_label,
        tier_share={k: round(v / n, 4) for k, v in sorted(tiers.items())},
        labels=labels,
        confusion=confusion,
    )


def render_text(report: Report) -> str:
    lines = [
        f"rows {report.rows}  accuracy {report.accuracy:.4f}  macro-F1 {report.macro_f1:.4f}  "
        f"Unclassified {report.unclassified_share:.2%}",
        "tiers: " + "  ".join(f"{k} {v:.1%}" for k, v in report.tier_share.items()),
        "",
        f"{'label':<22}{'precision':>10}{'recall':>9}{'F1':>8}{'support':>9}",
    ]
    for label, m in report.per_label.items():
        lines.append(f"{label:<22}{m['precision']:>10.3f}{m['recall']:>9.3f}{m['f1']:>8.3f}{m['support']:>9}")
    short = [_abbrev(label) for label in [*report.labels, UNCLASSIFIED]]
    lines += ["", "confusion (rows: truth, columns: answer)", " " * 22 + "".join(f"{s:>6}" for s in short)]
    for label, row in zip(report.labels, report.confusion, strict=True):
        lines.append(f"{label:<22}" + "".join(f"{v:>6}" for v in row))
    return "\n".join(lines)


def by_group(truth: Sequence[str], answers: Sequence[Classification], groups: Sequence[str]) -> dict[str, Any]:
    """accuracy, macro-F1 and Unclassified share of each group's rows (a `family` column, say)."""
    out: dict[str, Any] = {}
    for group in sorted(set(groups)):
        rows = [i for i, g in enumerate(groups) if g == group]
        r = score([truth[i] for i in rows], [answers[i] for i in rows])
        out[group] = {
            "rows": r.rows,
            "accuracy": round(r.accuracy, 4),
            "macro_f1": round(r.macro_f1, 4),
            "unclassified_share": round(r.unclassified_share, 4),
        }
    return out


def render_groups(groups: dict[str, Any], name: str = "family") -> str:
    lines = [f"{name:<24}{'rows':>6}{'accuracy':>10}{'macro-F1':>10}{'Unclass.':>10}"]
    for group, m in groups.items():
        lines.append(
            f"{group:<24}{m['rows']:>6}{m['accuracy']:>10.3f}{m['macro_f1']:>10.3f}{m['unclassified_share']:>10.1%}"
        )
    return "\n".join(lines)


def render_png(report: Report, path: Path, title: str | None = None) -> None:
    """The confusion matrix coloured by row share (each true label's answers sum to 1), so that a small
    label's confusions show beside a large one's; cells print the counts."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    columns = [*report.labels, UNCLASSIFIED]
    counts = np.asarray(report.confusion, dtype=float).reshape(len(report.labels), len(columns))
    share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1.0)
    fig, ax = plt.subplots(figsize=(1.0 + 0.8 * len(columns), 1.0 + 0.7 * len(report.labels)))
    image = ax.imshow(share, cmap="Blues", vmin=0.0, vmax=1.0)
    fig.colorbar(image, ax=ax, fraction=0.04, label="share of the true label's rows")
    ax.set_xticks(range(len(columns)), columns, rotation=45, ha="right")
    ax.set_yticks(range(len(report.labels)), report.labels)
    for i, row in enumerate(report.confusion):
        for j, value in enumerate(row):
            if value:
                colour = "white" if share[i, j] > 0.6 else "black"
                ax.text(j, i, str(value), ha="center", va="center", fontsize=8, color=colour)
    ax.set_xlabel("answer")
    ax.set_ylabel("truth")
    heading = f"accuracy {report.accuracy:.3f}, macro-F1 {report.macro_f1:.3f}"
    ax.set_title(f"{title}: {heading}" if title else heading)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _abbrev(label: str) -> str:
    words = label.split()
    return ("".join(w[0] for w in words) if len(words) > 1 else label[:5])[:5]
