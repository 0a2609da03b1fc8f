"""The whole-loop benchmark's harness: mail servers, timing wrappers, memory and profiling.

``benchmarks/loop.py`` is the measurement; these modules are the instruments it uses.
"""
