#!/usr/bin/env python3
"""Attrition's benchmark harness, run by `make bench` (see Docs/Performance.md).

Measures, side by side in one run, Attrition against the peers of ../shared/bench/peers:

  t3      first result (issue 3) = T3 cold start (issue 5): process start to the printed result
          of 950000/400000 (2.375), whole process, for `attrition -e`, `attrition run
          Tests/Benchmarks/t3.atn`, every peer's `t3` and `python3 -c "import pandas; ..."`.
  prompt  time to the first prompt of the interactive shell in a pseudo-terminal: Attrition's
          REPL (`attrition> `), the DuckDB CLI (`D `) and python3 (`>>> `); Ctrl-D ends each.

Every repetition runs every tool once (A B C A B C ...; each repetition starts one tool later),
after one untimed warm-up run per tool that also checks the output. The table shows the median
and minimum wall time, the peak resident set size (the largest of 3 further runs per tool under
GNU time, %M; see TIME below) and the ratio to the best peer (the peer with the lowest median).
A tool whose output is not the expected result fails the run (exit status 1) after the tables.

  t1, t2  T1 ingest + monthly group-by and T2 30-day rolling rate (issue 5) at 1M and 10M rows
          (tasks t1-1m, t1-10m, t2-1m, t2-10m; `t1` and `t2` select both sizes): Attrition runs
          Tests/Benchmarks/t1.atn / t2.atn with the CSV as the script's first argument, every peer
          its `t1|t2 CSV`; all must print byte-identical output. The CSVs are written once by
          ../shared/bench/gen_losses.py into .bench/data (not committed). `cat FILE > /dev/null`
          and `wc -l FILE` are shown as floors, and every tool's throughput in MB/s.

Usage: bench.py [--reps N] [--data-reps N] [--tasks t3,prompt,t1,t2] [--attrition PATH] [--peers DIR]
       [--venv DIR] [--generator gen_losses.py]
Environment: BENCH_REPS (repetitions, default 15), BENCH_DATA_REPS (T1/T2 repetitions, default 5),
DUCKDB (the DuckDB CLI binary).
Only the standard library is used; the peers run with the virtual environment's python3.
"""

from __future__ import annotations

import argparse
import datetime
import fcntl
import hashlib
import os
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
T3_EXPRESSION = "950k/400k"
T3_EXPECTED = "2.375"
# Peak RSS: ru_maxrss of a child that Python spawned includes the harness's own resident set
# (the kernel keeps the high-water mark of the address space the child had before exec), so
# small tools would all read ~16 MiB. GNU time forks them from a ~2 MiB process instead; the
# memory runs are separate from the timed ones so that its extra exec never reaches the times.
TIME = shutil.which("time", path="/usr/bin:/bin") or ""
RSS_REPS = 3
NOISE = 0.10  # a ratio closer to 1 than this is reported as no clear difference
PROMPT_TIMEOUT_S = 10.0
EXIT_TIMEOUT_S = 5.0
TERM_ROWS, TERM_COLS = 40, 120


# ---------------------------------------------------------------------------------------------
# Tasks and tools


@dataclass
class Tool:
    label: str
    argv: list[str]
    side: str  # "attrition", "peer" or "floor" (shown for reference, never a peer, never checked)
    prompt: re.Pattern[str] | None = None  # prompt tasks: what the first prompt looks like


@dataclass
class Task:
    key: str
    title: str
    mode: str  # "result": run to exit and check stdout; "prompt": run in a pty until the prompt
    tools: list[Tool]
    expected: str | None = None  # normalised stdout; None: every tool must print the same
    targets_ms: list[tuple[str, float]] = field(default_factory=list)
    data_bytes: int = 0  # the input file's size, for MB/s
    target_ratio: float | None = None  # Attrition's median at most this × the best peer's
    memory_target: bool = False  # Attrition's peak RSS at most the lowest peer's


@dataclass
class Row:
    tool: Tool
    wall_ms: list[float] = field(default_factory=list)
    rss_kib: list[int] = field(default_factory=list)  # ru_maxrss from wait4 of the timed runs
    peak_kib: list[int] = field(default_factory=list)  # GNU time's %M of the memory runs
    status: str | None = None  # None while the tool works; else why it has no numbers
    failed: bool = False  # a wrong result: the run fails
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is None and bool(self.wall_ms)

    @property
    def median(self) -> float:
        return statistics.median(self.wall_ms)


def build_tasks(attrition: str, peers: str, python: str, duckdb: str) -> dict[str, Task]:
    t3 = Task(
        key="t3",
        title="First result / T3 cold start: process start to `2.375` printed (whole process)",
        mode="result",
        expected=T3_EXPECTED,
        targets_ms=[("issue 3: under 20 ms", 20.0), ("issue 5 T3: under 10 ms", 10.0)],
        tools=[
            Tool(f"attrition -e '{T3_EXPRESSION}'", [attrition, "-e", T3_EXPRESSION], "attrition"),
            Tool("attrition run --echo off Tests/Benchmarks/t3.atn",
                 [attrition, "run", "--echo", "off", os.path.join("Tests", "Benchmarks", "t3.atn")], "attrition"),
            Tool("DuckDB CLI: duckdb_cli.sh t3", [os.path.join(peers, "duckdb_cli.sh"), "t3"], "peer"),
            Tool("DuckDB (Python): duckdb_py.py t3", [python, os.path.join(peers, "duckdb_py.py"), "t3"],
                 "peer"),
            Tool("Polars: polars_py.py t3", [python, os.path.join(peers, "polars_py.py"), "t3"], "peer"),
            Tool("pandas: pandas_py.py t3", [python, os.path.join(peers, "pandas_py.py"), "t3"], "peer"),
            Tool('python3 -c "import pandas; print(950000 / 400000)"',
                 [python, "-c", "import pandas; print(950000 / 400000)"], "peer"),
            Tool("floor: /bin/true (spawn + wait)", ["/bin/true"], "floor"),
        ],
    )
    prompt = Task(
        key="prompt",
        title="First prompt: process start in a pseudo-terminal to the prompt on screen",
        mode="prompt",
        targets_ms=[("issue 3: under 20 ms", 20.0)],
        tools=[
            Tool("attrition (REPL)", [attrition], "attrition", re.compile(r"attrition> ")),
            Tool("DuckDB CLI: duckdb", [duckdb], "peer", re.compile(r"(?:^|[\r\n])[^\r\n]*D $")),
            Tool("python3", [python], "peer", re.compile(r">>> $")),
        ],
    )
    return {t.key: t for t in (t3, prompt)}


DATA_SIZES = {"1m": 1_000_000, "10m": 10_000_000}
DATA_TITLES = {"t1": "T1 ingest + monthly group-by", "t2": "T2 30-day trailing mean on a dense calendar"}


def data_task(task: str, size: str, csv: str, attrition: str, peers: str, python: str) -> Task:
    """T1 or T2 over one generated CSV: Attrition's script and every peer, plus two floors."""
    rows = DATA_SIZES[size]
    script = os.path.join("Tests", "Benchmarks", f"{task}.atn")
    targets: list[tuple[str, float]] = []
    if task == "t1" and size == "1m":
        targets = [("issue 5: T1 at 1M rows under 250 ms", 250.0)]
    return Task(
        key=f"{task}-{size}",
        title=f"{DATA_TITLES[task]}, {rows:,} rows ({os.path.getsize(csv) / 1e6:.0f} MB): whole process",
        mode="result",
        expected=None,
        targets_ms=targets,
        data_bytes=os.path.getsize(csv),
        target_ratio=0.8 if size == "10m" else None,
        memory_target=size == "10m",
        tools=[
            Tool(f"attrition run --format csv {script} CSV",
                 [attrition, "run", "--format", "csv", script, csv], "attrition"),
            Tool(f"DuckDB CLI: duckdb_cli.sh {task}", [os.path.join(peers, "duckdb_cli.sh"), task, csv], "peer"),
            Tool(f"DuckDB (Python): duckdb_py.py {task}",
                 [python, os.path.join(peers, "duckdb_py.py"), task, csv], "peer"),
            Tool(f"Polars: polars_py.py {task}", [python, os.path.join(peers, "polars_py.py"), task, csv], "peer"),
            Tool(f"pandas: pandas_py.py {task}", [python, os.path.join(peers, "pandas_py.py"), task, csv], "peer"),
            Tool("floor: cat CSV > /dev/null", ["/bin/sh", "-c", 'cat "$1" > /dev/null', "sh", csv], "floor"),
            Tool("floor: wc -l CSV", ["/bin/sh", "-c", 'wc -l < "$1" > /dev/null', "sh", csv], "floor"),
        ],
    )


# The md5 sums ../shared/bench/README.md gives for the generated files.
DATA_MD5 = {1_000_000: "ea4c68b8c61f53e50ea36ead5467778b", 10_000_000: "ad51c38ba06be232c4a3d6048a9212f6"}


def ensure_data(generator: str, rows: int, folder: str) -> str:
    """The CSV of `rows` rows, generated once (gen_losses.py is deterministic) and kept in `folder`;
    a new file is checked against the md5 sum of ../shared/bench/README.md."""
    path = os.path.join(folder, f"losses-{rows}.csv")
    if not os.path.exists(path):
        os.makedirs(folder, exist_ok=True)
        log(f"bench: generating {path} with {generator} (about {rows // 330_000} s)")
        partial = path + ".partial"
        subprocess.run([sys.executable, generator, str(rows), partial], check=True)
        digest = hashlib.md5()
        with open(partial, "rb") as file:
            for chunk in iter(lambda: file.read(1 << 20), b""):
                digest.update(chunk)
        if rows in DATA_MD5 and digest.hexdigest() != DATA_MD5[rows]:
            log(f"bench: warning: {partial} has md5 {digest.hexdigest()}, the README gives {DATA_MD5[rows]}")
        os.replace(partial, path)
    return path


NOT_MEASURED: list[tuple[str, str]] = []


# ---------------------------------------------------------------------------------------------
# Running one sample


def normalise(output: bytes) -> str:
    return output.decode("utf-8", "replace").replace("\r\n", "\n").strip()


def short(text: str, limit: int = 100) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run_to_exit(argv: list[str], env: dict[str, str], cwd: str, timeout: float):
    """Runs argv with stdout/stderr on pipes; returns (wall ms, maxrss KiB, exit code, stdout, stderr)."""
    t0 = time.perf_counter_ns()
    try:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env, cwd=cwd)
    except OSError as error:
        return None, 0, 127, b"", str(error).encode()
    out_fd, err_fd = proc.stdout.fileno(), proc.stderr.fileno()
    chunks = {out_fd: bytearray(), err_fd: bytearray()}
    open_fds = set(chunks)
    deadline = time.monotonic() + timeout
    timed_out = False
    while open_fds:
        left = deadline - time.monotonic()
        if left <= 0:
            proc.kill()
            timed_out = True
            break
        ready, _, _ = select.select(list(open_fds), [], [], left)
        for fd in ready:
            data = os.read(fd, 65536)
            if data:
                chunks[fd] += data
            else:
                open_fds.discard(fd)
    _, status, usage = os.wait4(proc.pid, 0)
    t1 = time.perf_counter_ns()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out, err = bytes(chunks[out_fd]), bytes(chunks[err_fd])
    proc.stdout.close()
    proc.stderr.close()
    if timed_out:
        err += f"\n(killed after {timeout:.0f} s)".encode()
    return (t1 - t0) / 1e6, usage.ru_maxrss, proc.returncode, out, err


ANSI = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")

# Queries a terminal answers; the DuckDB CLI waits up to 5 s for the background colour.
TERMINAL_QUERIES = [
    (b"\x1b]11;?", lambda screen: b"\x1b]11;rgb:0000/0000/0000\x1b\\"),
    (b"\x1b]10;?", lambda screen: b"\x1b]10;rgb:ffff/ffff/ffff\x1b\\"),
    (b"\x1b[c", lambda screen: b"\x1b[?62;22c"),
    (b"\x1b[0c", lambda screen: b"\x1b[?62;22c"),
    (b"\x1b[6n", lambda screen: cursor_report(screen)),
]


def cursor_report(screen: str) -> bytes:
    lines = screen.replace("\r\n", "\n").split("\n")
    row = min(len(lines), TERM_ROWS)
    col = min(len(lines[-1].split("\r")[-1]) + 1, TERM_COLS)
    return f"\x1b[{row};{col}R".encode()


def _controlling_terminal() -> None:  # runs in the child after setsid (start_new_session)
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def run_to_prompt(argv: list[str], env: dict[str, str], cwd: str, prompt: re.Pattern[str]):
    """Starts argv on a new pseudo-terminal, answers the terminal queries it sends, and waits for
    prompt on the screen; then sends Ctrl-D. Returns (ms to prompt or None, maxrss KiB, note, screen)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", TERM_ROWS, TERM_COLS, 0, 0))
    t0 = time.perf_counter_ns()
    try:
        proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd,
                                start_new_session=True, preexec_fn=_controlling_terminal)
    except OSError as error:
        os.close(slave)
        os.close(master)
        return None, 0, str(error), ""
    os.close(slave)
    raw = bytearray()
    answered = [0] * len(TERMINAL_QUERIES)
    prompt_ms = None
    exited = False
    screen = ""
    deadline = time.monotonic() + PROMPT_TIMEOUT_S
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([master], [], [], left)
        if not ready:
            continue
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: every slave descriptor is closed, the process is gone
            data = b""
        if not data:
            exited = True
            break
        raw += data
        screen = ANSI.sub("", raw.decode("utf-8", "replace"))
        for index, (query, reply) in enumerate(TERMINAL_QUERIES):
            count = raw.count(query)
            for _ in range(answered[index], count):
                os.write(master, reply(screen))
            answered[index] = count
        if prompt.search(screen):
            prompt_ms = (time.perf_counter_ns() - t0) / 1e6
            break
    note = ""
    if prompt_ms is not None:
        os.write(master, b"\x04")  # Ctrl-D on an empty line
        deadline = time.monotonic() + EXIT_TIMEOUT_S
        while not exited and (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([master], [], [], left)
            if ready:
                try:
                    exited = not os.read(master, 65536)
                except OSError:
                    exited = True
        if not exited:
            note = f"did not exit within {EXIT_TIMEOUT_S:.0f} s of Ctrl-D (killed)"
    elif exited:
        note = "exited before showing the prompt"
    else:
        note = f"no prompt within {PROMPT_TIMEOUT_S:.0f} s"
    if not exited:  # still holds the terminal: end its whole session (never proc.poll(): wait4 reaps it)
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    os.close(master)
    if prompt_ms is not None and proc.returncode != 0 and not note:
        note = f"exit status {proc.returncode} after Ctrl-D"
    return prompt_ms, usage.ru_maxrss, note, screen


# ---------------------------------------------------------------------------------------------
# Measuring a task


def sample(task: Task, tool: Tool, row: Row, env: dict[str, str], home: str, timeout: float,
           reference: dict[str, str], record: bool) -> None:
    if task.mode == "result":
        ms, rss, code, out, err = run_to_exit(tool.argv, env, ROOT, timeout)
        if tool.side == "floor":
            if code != 0:
                row.status = f"failed: exit {code}"
        else:
            got = normalise(out)
            want = task.expected if task.expected is not None else reference.setdefault(task.key, got)
            if code != 0 or got != want:
                row.status = (f"WRONG RESULT: exit {code}, printed '{short(got)}', expected '{short(want)}'"
                              + (f"; stderr: {short(normalise(err))}" if err.strip() else ""))
                row.failed = True
                return
    else:
        ms, rss, note, screen = run_to_prompt(tool.argv, env, home, tool.prompt)
        if ms is None:
            what = "REPL not available" if tool.side == "attrition" else "prompt not seen"
            row.status = f"{what}: {note}; screen: '{short(screen.strip(), 80)}'"
            return
        if note and note not in row.notes:
            row.notes.append(note)
    if record and ms is not None:
        row.wall_ms.append(ms)
        row.rss_kib.append(rss)


def peak_rss(task: Task, tool: Tool, env: dict[str, str], home: str, timeout: float) -> int | None:
    """One run under GNU time; its %M is the tool's own peak RSS in KiB (see TIME)."""
    with tempfile.NamedTemporaryFile(prefix="rss-", dir=home, delete=False) as file:
        path = file.name
    argv = [TIME, "-f", "%M", "-o", path] + tool.argv
    if task.mode == "result":
        run_to_exit(argv, env, ROOT, timeout)
    else:
        run_to_prompt(argv, env, home, tool.prompt)
    try:
        with open(path) as file:
            numbers = [line.strip() for line in file if line.strip().isdigit()]
        return int(numbers[-1]) if numbers else None
    finally:
        os.unlink(path)


def measure(task: Task, reps: int, rss_reps: int, env: dict[str, str], home: str, timeout: float) -> list[Row]:
    rows = [Row(tool) for tool in task.tools]
    reference: dict[str, str] = {}
    log(f"{task.key}: warm-up (one untimed run per tool)")
    for row in rows:
        sample(task, row.tool, row, env, home, timeout, reference, record=False)
        if row.status:
            log(f"  {row.tool.label}: {row.status}")
    for rep in range(reps):
        log(f"{task.key}: repetition {rep + 1}/{reps}")
        # Interleaved: every tool once per repetition (A B C A B C ...), starting one tool later
        # each time so that no tool always follows the same one.
        for row in rows[rep % len(rows):] + rows[: rep % len(rows)]:
            if row.status is None:
                sample(task, row.tool, row, env, home, timeout, reference, record=True)
    if TIME:
        log(f"{task.key}: peak memory ({rss_reps} runs per tool under {TIME})")
        for _ in range(rss_reps):
            for row in rows:
                if row.ok and (kib := peak_rss(task, row.tool, env, home, timeout)) is not None:
                    row.peak_kib.append(kib)
    return rows


# ---------------------------------------------------------------------------------------------
# Reporting


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def best_peer(rows: list[Row]) -> Row | None:
    peers = [row for row in rows if row.tool.side == "peer" and row.ok]
    return min(peers, key=lambda row: row.median) if peers else None


def table_rows(rows: list[Row], data_bytes: int = 0) -> list[list[str]]:
    best = best_peer(rows)
    out = []
    for row in rows:
        if not row.ok:
            out.append([row.tool.label, row.status or "no samples", "", "", ""] + ([""] if data_bytes else []))
            continue
        ratio = "—" if row.tool.side == "floor" or best is None else f"{row.median / best.median:.2f}×"
        label = row.tool.label + (" (best peer)" if row is best else "")
        if row.notes:
            label += " [" + "; ".join(row.notes) + "]"
        peak = f"{max(row.peak_kib) / 1024:.1f}" if row.peak_kib else f"≤{max(row.rss_kib) / 1024:.1f}"
        cells = [label, f"{row.median:.1f}", f"{min(row.wall_ms):.1f}", peak, ratio]
        if data_bytes:
            cells.append(f"{data_bytes / 1e6 / (row.median / 1000):.0f}")
        out.append(cells)
    return out


HEADER = ["tool", "median ms", "min ms", "peak MiB", "ratio to best peer"]
THROUGHPUT = "MB/s"


def text_table(rows: list[list[str]]) -> str:
    header = HEADER + ([THROUGHPUT] if rows and len(rows[0]) > len(HEADER) else [])
    measured = [r for r in rows if r[2]]  # a row without numbers has its status in the second cell
    widths = [max(len(header[i]), *(len(r[i]) for r in measured or rows if i == 0 or r[2]))
              for i in range(len(header))]

    def line(cells):
        if not cells[2] and cells is not header:
            return f"{cells[0].ljust(widths[0])}  {cells[1]}"
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def markdown_table(rows: list[list[str]]) -> str:
    header = HEADER + ([THROUGHPUT] if rows and len(rows[0]) > len(HEADER) else [])

    def line(cells):
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
    return "\n".join([line(header), "|---|" + "---:|" * (len(header) - 1)] + [line(r) for r in rows])


def verdicts(task: Task, rows: list[Row]) -> list[str]:
    best = best_peer(rows)
    lines = []
    for row in rows:
        if row.tool.side != "attrition":
            continue
        if not row.ok:
            lines.append(f"{row.tool.label}: {row.status} — targets not measured")
            continue
        parts = [f"{row.tool.label}: median {row.median:.1f} ms"]
        for name, limit in task.targets_ms:
            parts.append(f"{name} {'met' if row.median < limit else 'MISSED'}")
        if best is not None:
            ratio = row.median / best.median
            parts.append(f"faster than every peer: {'yes' if ratio < 1 else 'NO'} ({ratio:.2f}× {best.tool.label}"
                         + (f"; within the ±{NOISE:.0%} noise of these machines, not a clear difference)"
                            if abs(ratio - 1) < NOISE else ")"))
            if task.target_ratio is not None:
                parts.append(f"issue 5 target ≤ {task.target_ratio}× the fastest peer "
                             + ("met" if ratio <= task.target_ratio else "MISSED"))
        if task.memory_target and row.peak_kib:
            peers = [min(r.peak_kib) for r in rows if r.tool.side == "peer" and r.ok and r.peak_kib]
            if peers:
                mine, lowest = max(row.peak_kib) / 1024, min(peers) / 1024
                parts.append(f"peak memory {mine:.0f} MiB vs lowest peer {lowest:.0f} MiB: target "
                             + ("met" if mine <= lowest else "MISSED"))
        lines.append("; ".join(parts))
    return lines


def first_line(argv: list[str], env: dict[str, str]) -> str:
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env)
        return (result.stdout.strip() or result.stderr.strip()).splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


def machine(attrition: str, python: str, duckdb: str, env: dict[str, str]) -> list[tuple[str, str]]:
    cpu = "unknown"
    memory = "unknown"
    try:
        with open("/proc/cpuinfo") as file:
            cpu = next((line.split(":", 1)[1].strip() for line in file if line.startswith("model name")), cpu)
        with open("/proc/meminfo") as file:
            kib = next(int(line.split()[1]) for line in file if line.startswith("MemTotal"))
            memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    uname = os.uname()
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"]
    packages = first_line([python, "-c", (
        "import importlib.metadata as m, sys; print(sys.version.split()[0], *("
        "f'{p} {m.version(p)}' for p in ('duckdb', 'duckdb-cli', 'polars', 'pandas', 'pyarrow')), sep=', ')")], env)
    return [
        ("date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("nproc", str(len(os.sched_getaffinity(0)))),
        ("CPU", cpu),
        ("memory", memory),
        ("kernel", f"{uname.sysname} {uname.release} {uname.machine}"),
        ("load average at start", " ".join(load)),
        ("attrition", f"{first_line([attrition, '--version'], env)} ({os.path.relpath(attrition, ROOT)}, "
                      f"{first_line(['swift', '--version'], env)})"),
        ("DuckDB CLI", f"{first_line([duckdb, '--version'], env)} ({duckdb})"),
        ("python3 and packages", packages),
    ]


# ---------------------------------------------------------------------------------------------


def find_duckdb(python: str, venv: str) -> str:
    if os.environ.get("DUCKDB"):
        return os.environ["DUCKDB"]
    # The pip package duckdb-cli installs `duckdb` as a Python entry point that starts the native
    # binary in a subprocess; time the native binary itself (what a user of the CLI runs).
    native = first_line([python, "-c", "import duckdb_cli, os; print(os.path.dirname(duckdb_cli.__file__))"],
                        dict(os.environ))
    if os.path.isfile(os.path.join(native, "duckdb")):
        return os.path.join(native, "duckdb")
    return shutil.which("duckdb", path=os.path.join(venv, "bin") + os.pathsep + os.environ.get("PATH", "")) or "duckdb"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=int(os.environ.get("BENCH_REPS", "15")),
                        help="timed repetitions per tool (default $BENCH_REPS or 15)")
    parser.add_argument("--tasks", default="t3,prompt,t1,t2",
                        help="comma-separated: t3, prompt, t1, t2, t1-1m, t1-10m, t2-1m, t2-10m (default all)")
    parser.add_argument("--data-reps", type=int, default=int(os.environ.get("BENCH_DATA_REPS", "5")),
                        help="timed repetitions per tool for T1 and T2 (default $BENCH_DATA_REPS or 5)")
    parser.add_argument("--generator", default=None, help="gen_losses.py (default: beside the peers folder)")
    parser.add_argument("--data", default=os.path.join(ROOT, ".bench", "data"), help="where generated CSVs are kept")
    parser.add_argument("--attrition", default=os.path.join(ROOT, ".build", "release", "attrition"))
    parser.add_argument("--peers", default=os.environ.get("BENCH_PEERS",
                                                          os.path.join(ROOT, "..", "shared", "bench", "peers")))
    parser.add_argument("--venv", default=os.path.join(ROOT, ".bench", "venv"))
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before one run is killed")
    parser.add_argument("--markdown", default=os.path.join(ROOT, ".bench", "results.md"),
                        help="also write the Markdown report here ('' for nowhere)")
    args = parser.parse_args()
    if args.reps < 1:
        parser.error("--reps must be at least 1")

    attrition = os.path.abspath(args.attrition)
    peers = os.path.abspath(args.peers)
    venv = os.path.abspath(args.venv)
    python = os.path.join(venv, "bin", "python3")
    for path, what in ((python, "the virtual environment's python3 (make bench creates it)"),
                       (peers, "the peers folder")):
        if not os.path.exists(path):
            log(f"bench: missing {what}: {path}")
            return 2
    duckdb = find_duckdb(python, venv)

    home = tempfile.mkdtemp(prefix="attrition-bench-")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONSTARTUP", "ATTRITION_DATA", "NO_COLOR")}
    env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_STATE_HOME=os.path.join(home, "state"),
               XDG_CACHE_HOME=os.path.join(home, "cache"), XDG_DATA_HOME=os.path.join(home, "data"),
               PATH=os.path.join(venv, "bin") + os.pathsep + os.environ.get("PATH", ""),
               DUCKDB=duckdb, TERM="xterm-256color")
    tasks = build_tasks(attrition, peers, python, duckdb)
    selected = []
    for key in (key.strip() for key in args.tasks.split(",") if key.strip()):
        selected += [f"{key}-{size}" for size in DATA_SIZES] if key in DATA_TITLES else [key]
    data_keys = [f"{task}-{size}" for task in DATA_TITLES for size in DATA_SIZES]
    unknown = [key for key in selected if key not in tasks and key not in data_keys]
    if unknown:
        parser.error(f"unknown task(s) {', '.join(unknown)}; known: {', '.join(list(tasks) + data_keys)}")
    generator = args.generator or os.path.join(os.path.dirname(peers), "gen_losses.py")
    for key in selected:
        if key in data_keys:
            task, size = key.split("-")
            csv = ensure_data(generator, DATA_SIZES[size], os.path.abspath(args.data))
            tasks[key] = data_task(task, size, csv, attrition, peers, python)

    info = machine(attrition, python, duckdb, env)
    text = ["Attrition benchmark", ""] + [f"{k}: {v}" for k, v in info]
    markdown = ["## Attrition benchmark", ""] + [f"- {k}: {v}" for k, v in info]
    print("\n".join(text), flush=True)
    print(f"\n{args.reps} timed repetitions per tool, interleaved, after one warm-up run each.", flush=True)
    markdown.append(f"- {args.reps} timed repetitions per tool ({args.data_reps} for T1 and T2), interleaved (A B C … A B C …), after one untimed "
                    "warm-up run each; wall time of the whole process (first prompt: until the prompt is on the "
                    "pseudo-terminal); peak RSS: "
                    + (f"the largest of {RSS_REPS} separate runs under GNU time (%M)" if TIME else
                       "ru_maxrss from wait4, an upper bound (≤) that includes the harness's own RSS"))

    failed = False
    try:
        for key in selected:
            task = tasks[key]
            reps = args.data_reps if task.data_bytes else args.reps
            rows = measure(task, reps, RSS_REPS, env, home, args.timeout)
            cells = table_rows(rows, task.data_bytes)
            judged = verdicts(task, rows)
            print(f"\n{task.title}\n\n{text_table(cells)}\n", flush=True)
            print("\n".join(judged), flush=True)
            markdown += ["", f"### {task.title}", "", markdown_table(cells), ""] + [f"- {line}" for line in judged]
            for row in rows:
                if row.failed:
                    failed = True
                    log(f"\nbench: FAILED: {row.tool.label}: {row.status}")
                elif row.status and row.tool.side == "peer":
                    log(f"\nbench: warning: {row.tool.label}: {row.status}")
    finally:
        shutil.rmtree(home, ignore_errors=True)

    if NOT_MEASURED:
        print("\nNot measured yet (issue 5):")
        markdown += ["", "### Not measured yet (issue 5)", ""]
    for name, why in NOT_MEASURED:
        print(f"  {name}: {why}")
        markdown.append(f"- {name}: {why}")
    report = "\n".join(markdown) + "\n"
    print("\n--- Markdown ---\n")
    print(report, end="", flush=True)
    if args.markdown:
        os.makedirs(os.path.dirname(os.path.abspath(args.markdown)), exist_ok=True)
        with open(args.markdown, "w") as file:
            file.write(report)
        log(f"bench: report written to {os.path.relpath(os.path.abspath(args.markdown), ROOT)}")
    if failed:
        log("bench: FAILED: a tool did not print the expected result (see above)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
