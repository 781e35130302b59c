"""What machine the benchmark ran on, and the memory of a process tree while it runs."""
from __future__ import annotations

import os
import platform
import subprocess
import time


def describe() -> dict:
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.lower().startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram = 0.0
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    ram = int(line.split()[1]) * 1024 / 1e9
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover
        usable = os.cpu_count() or 1
    try:
        load = os.getloadavg()
    except OSError:  # pragma: no cover
        load = None
    import pyoxigraph
    return {"cpu_model": model, "cores": usable, "cpu_count": os.cpu_count(), "ram_gb": ram,
            "os": platform.platform(), "python": platform.python_version(),
            "pyoxigraph": pyoxigraph.__version__ if hasattr(pyoxigraph, "__version__") else "?",
            "load_average_at_start": load}


def sample_tree_rss(proc: subprocess.Popen, every: float = 0.1, timeout: float | None = None) -> float | None:
    """Peak of the summed RSS (MB) of ``proc`` and its descendants, sampled until it ends.

    Needs psutil (in the ``bench`` extra); returns None without it.  Forked workers
    share pages with their parent, so the sum overstates the real use a little.
    """
    try:
        import psutil
    except ImportError:
        return None
    try:
        root = psutil.Process(proc.pid)
    except psutil.Error:
        return None
    peak = 0
    deadline = time.monotonic() + timeout if timeout else None
    while proc.poll() is None and (deadline is None or time.monotonic() < deadline):
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(every)
    return peak / 1e6
