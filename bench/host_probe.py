"""How fast the machine is this minute: a fixed piece of CPU work (hashing and a Python
loop, some 33 ms here when the host is quiet), timed once every ``--every`` seconds.

Why: this machine is shared, and its speed per CPU-second moved by 1.4x between two hours
of one day (BENCHMARKS.md, session 31), while a long benchmark compares windows hours
apart. Run beside it, the probe's log says which minutes the neighbours were busy; it costs
well under 1% of one core.

    python bench/host_probe.py --every 60 --log probe.log        # until stopped
    python bench/host_probe.py --count 3 --every 0 --json         # three readings, JSON
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import asdict, dataclass

#: The work: bytes hashed and loop turns, fixed so that readings compare across runs.
HASHED_BYTES = 40 * 256 * 4096
LOOP_TURNS = 300_000


@dataclass(frozen=True, slots=True)
class Reading:
    at: str  # UTC, to the second
    wall_ms: float
    cpu_ms: float


def work() -> int:
    """The fixed work; its result is returned so that nothing can skip it."""
    digest = hashlib.sha256()
    block = bytes(range(256)) * 4096
    for _ in range(HASHED_BYTES // len(block)):
        digest.update(block)
    total = 0
    for i in range(LOOP_TURNS):
        total += i * i % 7
    return total + digest.digest()[0]


def read_once() -> Reading:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return Reading(time.strftime("%H:%M:%S", time.gmtime()),
                   round((time.perf_counter() - wall) * 1000, 1),
                   round((time.process_time() - cpu) * 1000, 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=float, default=60.0, help="seconds between readings")
    parser.add_argument("--count", type=int, default=0, help="readings to take (0: until stopped)")
    parser.add_argument("--log", help="append the readings to this file as well")
    parser.add_argument("--json", action="store_true", help="one JSON object a reading")
    args = parser.parse_args(argv)
    if args.every < 0 or args.count < 0:
        parser.error("--every and --count cannot be negative")
    taken = 0
    try:
        while not args.count or taken < args.count:
            reading = read_once()
            line = (json.dumps(asdict(reading)) if args.json else
                    f"{reading.at} {reading.wall_ms:.1f} ms wall {reading.cpu_ms:.1f} ms cpu")
            print(line, flush=True)
            if args.log:
                with open(args.log, "a", encoding="utf-8") as out:
                    out.write(line + "\n")
            taken += 1
            if not args.count or taken < args.count:
                time.sleep(args.every)
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
