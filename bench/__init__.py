"""The benchmark (`make bench`): Thabat over a five-year demo journal, each figure beside its target.

Not a test: it prints numbers and writes bench/results.json. tests/test_bench.py runs the same
functions once over a tiny journal so the code cannot rot.
"""
