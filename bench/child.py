"""Run one command and report its own wall time, exit status, peak memory and CPU time to a file.

Run as `python bench/child.py REPORT COMMAND...` by `processes.run_measured`; it writes the command's
wall seconds, peak RSS (kB), exit status and CPU seconds (user + system). Linux gives a child
the peak memory of the process it was started from (the peak is carried across exec), so a child
launched straight from the benchmark, which has grown to hundreds of MB by then, would report the
benchmark's peak instead of its own. This small process starts the command in its place.
"""

import os
import subprocess
import sys
import time

report, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
process = subprocess.Popen(command)
_pid, status, usage = os.wait4(process.pid, 0)
seconds = time.perf_counter() - started
code = os.waitstatus_to_exitcode(status)
process.returncode = code  # reaped here, so Popen must not wait again
with open(report, "w", encoding="ascii") as out:
    out.write(f"{seconds} {usage.ru_maxrss} {code} {usage.ru_utime + usage.ru_stime}\n")
sys.exit(0)
