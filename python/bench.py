"""Call overhead: wasmrt vs PyPI's wasmtime, side by side.

Measures three call paths, each as the median over batches of per-call
times: a no-op export, `add(i32, i32)`, and a round trip into a Python host
function (an export taking an i32 that calls an imported Python function
returning it). Run from a checkout: `python python/bench.py` (wasmrt is
imported from this folder unless installed; `pip install wasmtime` adds
the comparison column).
"""

import argparse
import os
import statistics
import sys
import time
from typing import Any, Callable, Dict, List, Optional

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

WAT = """
(module
  (import "host" "id" (func $id (param i32) (result i32)))
  (func (export "nop"))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "call_host") (param i32) (result i32) local.get 0 call $id))
"""


def setup(rt: Any) -> Dict[str, Callable[[], Any]]:
    """The three calls, ready to time, for the runtime module `rt`."""
    store = rt.Store()
    module = rt.Module(store.engine, WAT)
    i32 = rt.ValType.i32()
    host = rt.Func(store, rt.FuncType([i32], [i32]), lambda x: x)
    exports = rt.Instance(store, module, [host]).exports(store)
    nop, add, call_host = exports["nop"], exports["add"], exports["call_host"]
    assert add(store, 2, 3) == 5 and call_host(store, 7) == 7
    return {
        "no-op export": lambda: nop(store),
        "add(i32, i32)": lambda: add(store, 1, 2),
        "Python host function from wasm": lambda: call_host(store, 3),
    }


LOOP_US: List[float] = []


def median_us(call: Callable[[], Any], batches: int, per_batch: int) -> float:
    """Median over `batches` of the mean time per call in a batch, in µs
    (the loop's own cost, measured with an empty lambda, subtracted)."""
    def batch(fn: Callable[[], Any]) -> float:
        t0 = time.perf_counter_ns()
        for _ in range(per_batch):
            fn()
        return (time.perf_counter_ns() - t0) / per_batch / 1000.0

    def empty() -> None:
        return None
    for _ in range(3):  # warm up
        batch(call)
    loop = statistics.median(batch(empty) for _ in range(batches))
    LOOP_US.append(loop)
    return statistics.median(batch(call) for _ in range(batches)) - loop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=21)
    parser.add_argument("--per-batch", type=int, default=20000)
    args = parser.parse_args()

    import wasmrt
    runtimes: Dict[str, Optional[Any]] = {"wasmrt": wasmrt}
    try:
        import wasmtime
        runtimes["wasmtime"] = wasmtime
    except ImportError:
        runtimes["wasmtime"] = None

    results: Dict[str, Dict[str, float]] = {}
    for name, rt in runtimes.items():
        if rt is None:
            continue
        for path, call in setup(rt).items():
            results.setdefault(path, {})[name] = median_us(call, args.batches, args.per_batch)

    version = getattr(runtimes["wasmtime"], "__version__", None)
    if runtimes["wasmtime"] is not None and version is None:
        try:
            from importlib.metadata import version as dist_version
            version = dist_version("wasmtime")
        except Exception:
            version = "?"
    header = "wasmtime %s" % version if runtimes["wasmtime"] is not None else "wasmtime (not installed)"
    print("median µs per call, %d batches of %d calls, Python %s"
          % (args.batches, args.per_batch, sys.version.split()[0]))
    print("(the timing loop's own cost, %.3f µs per call, is subtracted)" % statistics.median(LOOP_US))
    print()
    print("| call path | wasmrt | %s | wasmtime / wasmrt |" % header)
    print("|---|---:|---:|---:|")
    for path, by_rt in results.items():
        ours = by_rt["wasmrt"]
        theirs = by_rt.get("wasmtime")
        print("| %s | %.2f | %s | %s |" % (
            path, ours, "%.2f" % theirs if theirs is not None else "-",
            "%.1f×" % (theirs / ours) if theirs is not None else "-"))


if __name__ == "__main__":
    main()
