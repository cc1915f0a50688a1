"""Benchmarks of a source checkout (`logtriage bench`, `python -m bench`, bridge_bench.py); not shipped in the wheel.

May import: logtriage and training/ (run from the checkout's top folder)."""
