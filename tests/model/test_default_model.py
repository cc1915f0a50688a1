"""The bundled rules and model: plain cases of every label come out right, and the hand-written
check set (never trained on) stays above the figures the README quotes."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path

import pytest

from logtriage.engine.cascade import Engine
from logtriage.model.evaluate import Report, score
from logtriage.records import Record

ROOT = Path(__file__).resolve().parents[2]

# The bundled model on training/blindset.csv, LLM off (README): accuracy 0.954, macro-F1 0.965,
# Unclassified 0.75%. The bars sit about a point under, so that a real regression fails.
BLIND_ACCURACY, BLIND_MACRO_F1, BLIND_UNCLASSIFIED = 0.945, 0.955, 0.02

# The invented examples of ../shared/LABELS.md, one or more per label.
PLAIN = [
    ("web", '"GET /api/v1/orders/7731 HTTP/1.1" 200 512 0.031', "HTTP Status"),
    (
        "nova-api",
        'nova.osapi_compute.wsgi.server "POST /v2/servers HTTP/1.1" status: 404 len: 296 time: 0.09',
        "HTTP Status",
    ),
    ("storage", "RAID volume md2 lost two member disks", "Critical Error"),
    ("kernel", "kernel panic during boot on node 12", "Critical Error"),
    ("scheduler", "core scheduler process crashed: component id C-19", "Critical Error"),
    ("db", "replication of shard 7 did not finish", "Error"),
    ("mail", "mail relay refused message 55a1", "Error"),
    ("sshd", "5 failed password attempts for root from 10.2.3.4", "Security Alert"),
    ("iam", "user 889 gained admin rights outside a change window", "Security Alert"),
    ("firewall", "IP 203.0.113.9 blocked after port scan", "Security Alert"),
    ("backup", "nightly backup finished", "System Notification"),
    ("apt", "package index updated to 4.2.1", "System Notification"),
    ("files", "file report_2231.csv uploaded by user U17", "System Notification"),
    ("vm", "memory limit 96258 MB, free 95746 MB", "Resource Usage"),
    ("monitor", "disk /var at 91% of 200 GB", "Resource Usage"),
    ("app", "user U44 logged in", "User Action"),
    ("admin", "account 1902 created by admin7", "User Action"),
    ("crm", "lead 7842 could not be converted: no contact details", "Workflow Error"),
    ("billing", "invoice run for order 8910 stopped: tax module invalid", "Workflow Error"),
    ("helpdesk", "escalation of ticket 7324 failed: agent inactive", "Workflow Error"),
    ("api", "endpoint getCustomerDetails is deprecated, use v2", "Deprecation Warning"),
    ("reports", "module ReportGenerator will be removed in 4.0", "Deprecation Warning"),
    ("storage", "server 14 restarted while copying data", "Error"),
    ("hypervisor", "vcpu limit not set, defaulting to unlimited", "Resource Usage"),
    ("app", "user U9 changed their e-mail address", "User Action"),
]

# LABELS.md's tie rules, and the cases issue 14 found missed (negated failed logins, a reboot on request).
TIES = [
    ("web", '10.0.0.7 - - "POST /api/v1/payments HTTP/1.1" 500 87 0.412', "HTTP Status"),
    ("web", '"GET /healthz HTTP/1.1" 503 19 0.002', "HTTP Status"),
    ("auth", "failed login for user ana from 10.9.8.7", "Security Alert"),
    ("auth", "user ana logged in successfully from 10.9.8.7", "User Action"),
    ("auth", "login attempt was not successful for user bo", "Security Alert"),
    ("auth", "multiple login rejections for account 4471", "Security Alert"),
    ("auth", "unsuccessful login try on a locked account", "Security Alert"),
    ("scheduler", "job 5531 crashed: worker process exited with code 137", "Error"),
    ("kernel", "system crashed: hardware failure on the memory controller, node down", "Critical Error"),
    ("host", "reboot initiated by user admin3", "System Notification"),
]


@pytest.mark.parametrize(("source", "message", "label"), PLAIN + TIES)
def test_labels_md_examples_and_tie_rules(engine: Engine, source: str, message: str, label: str) -> None:
    [answer] = asyncio.run(engine.classify([Record(source, message)]))
    assert answer.label == label, (answer.label, answer.tier.value, answer.confidence)


@pytest.fixture(scope="module")
def checkset_report(engine: Engine) -> Report:
    with (ROOT / "training" / "checkset.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    answers = asyncio.run(engine.classify([Record(r["source"], r["log_message"]) for r in rows]))
    return score([r["target_label"] for r in rows], answers)


def test_check_set_meets_the_quality_bar(checkset_report: Report) -> None:
    assert checkset_report.rows >= 270
    assert checkset_report.macro_f1 >= 0.95  # 0.957 measured; words first must not cost more than a point
    assert checkset_report.unclassified_share < 0.08  # 0.3% measured
    low = {label: m["f1"] for label, m in checkset_report.per_label.items() if m["f1"] < 0.80}
    assert not low, low


@pytest.fixture(scope="module")
def blindset_rows() -> list[dict[str, str]]:
    with (ROOT / "training" / "blindset.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_blind_set_meets_the_quality_bar(engine: Engine, blindset_rows: list[dict[str, str]]) -> None:
    """training/blindset.csv: written without reading the templates (BLINDSET.md), never trained on."""
    assert len(blindset_rows) >= 1500 and len({r["family"] for r in blindset_rows}) >= 30
    answers = asyncio.run(engine.classify([Record(r["source"], r["log_message"]) for r in blindset_rows]))
    report = score([r["target_label"] for r in blindset_rows], answers)
    assert report.accuracy >= BLIND_ACCURACY and report.macro_f1 >= BLIND_MACRO_F1, report.as_dict()
    assert report.unclassified_share <= BLIND_UNCLASSIFIED, report.unclassified_share
