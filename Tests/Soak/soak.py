#!/usr/bin/env python3
"""Soak test of the REPL: `make soak` (not part of make test).

Drives the real `attrition` REPL on a real pseudo-terminal (tmux) through N lines (default 10,000) of
mixed valid and invalid input: expressions, bindings, pipelines, meta-commands, unit errors, unknown
names, parse errors, control characters, invalid UTF-8 and 20 kB lines. It samples the REPL's
resident memory as it goes and checks, at the end:

- the REPL is still running and answers, and a binding made on the first line is intact;
- memory is flat: after a warm-up of 10% of the lines, resident memory grows by no more than
  16 MiB + 5% (the state it keeps is bounded: 50 rebound names and 1,000 history entries);
- Ctrl-D ends it with exit status 0;
- the history file is intact: the header, its last 1,000 entries (it is rewritten with them when it
  passes 1,250 lines), each one readable, the last one the last line typed.

Exit status 0 when every check passes, 1 otherwise. The input is deterministic (seeded).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HEADER = "#attrition-history v1"


def lines(count, seed):
    """Deterministic input lines: (text, expects_error)."""
    rng = random.Random(seed)
    valid = [
        lambda i: f"let x{i % 50} = {rng.randint(1, 999)}k",
        lambda i: f"x{rng.randrange(50)} / 400k",
        lambda i: "casualty.ratio(950k, 400k)",
        lambda i: "250k / (60k..100k)",
        lambda i: "5000 km² / days(2024-01-01..2025-06-04)",
        lambda i: "table(a: [1, 2, 3], b: [4, 5, 6]) | where a > 1 | select b",
        lambda i: "territory.compare(50 m/day)",
        lambda i: f"cite({rng.randint(1, 5000)}, \"soak {i % 7}\") * 2",
        lambda i: ":help casualty.ratio",
        lambda i: ":modules",
        lambda i: f"fn f{i % 10}(a) = a * {rng.randint(1, 9)}",
        lambda i: f"f{rng.randrange(10)}(3 km)" if i > 20 else "1 + 1",
        lambda i: "_ + 1" if i > 0 else "1",
    ]
    invalid = [
        lambda i: "5000 km² + 3 day",
        lambda i: f"unknown_name_{i % 13}",
        lambda i: "1 + * 2",
        lambda i: ":frobnicate",
        lambda i: "casualty.ratoi(1, 2)",
        lambda i: "1 / 0",
        lambda i: "1e400",
        lambda i: "x" * 20_000,
        lambda i: "let = 3",
        lambda i: "\x01\x02 bell \x07 and \x1b[A escape",
        lambda i: "caf\u00e9 \u0416 \ufffd",
    ]
    out = []
    for i in range(count):
        if i == 0:
            out.append(("let soak_anchor = 12345", False))
        elif rng.random() < 0.35:
            out.append((rng.choice(invalid)(i), True))
        else:
            out.append((rng.choice(valid)(i), False))
    return out


def tmux(socket, *args, check=True):
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True, check=check)


def type_text(socket, folder, text):
    """Types a line: with send-keys when short, through a paste buffer when long (tmux limits commands)."""
    if len(text) <= 1000:
        tmux(socket, "send-keys", "-t", "soak", "-l", text)
        return
    path = os.path.join(folder, "paste")
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    tmux(socket, "load-buffer", "-b", "soak", path)
    tmux(socket, "paste-buffer", "-d", "-b", "soak", "-t", "soak")


def pane(socket):
    return tmux(socket, "capture-pane", "-p", "-J", "-t", "soak", "-S", "-200").stdout


def wait_for(socket, text, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if text in pane(socket):
            return True
        time.sleep(0.02)
    return False


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except FileNotFoundError:
        return None
    return None


def repl_pid(socket):
    shell = tmux(socket, "list-panes", "-t", "soak", "-F", "#{pane_pid}").stdout.strip()
    return int(shell)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2025)
    options = parser.parse_args()
    if shutil.which("tmux") is None:
        print("soak: tmux is missing (make deps installs it)", file=sys.stderr)
        return 1

    folder = tempfile.mkdtemp(prefix="attrition-soak-")
    history = os.path.join(folder, "history")
    socket = f"attrition-soak-{os.getpid()}"
    env = f"env -i HOME={folder} TERM=xterm-256color NO_COLOR=1 LANG=C.UTF-8 PATH=/usr/bin:/bin"
    command = f"{env} {os.path.abspath(options.binary)} --history {history}; echo \"[exit $?]\"; sleep 600"
    tmux(socket, "new-session", "-d", "-s", "soak", "-x", "200", "-y", "50", command)
    failures = []
    try:
        if not wait_for(socket, "attrition> "):
            print(pane(socket))
            raise SystemExit("soak: no prompt")
        shell_pid = repl_pid(socket)
        children = subprocess.run(["pgrep", "-P", str(shell_pid)], capture_output=True, text=True).stdout.split()
        pid = int(children[0]) if children else shell_pid
        sent = lines(options.lines, options.seed)
        samples = []
        started = time.time()
        for index, (text, _) in enumerate(sent):
            type_text(socket, folder, text)
            tmux(socket, "send-keys", "-t", "soak", "Enter")
            if index % 50 == 49 or index == len(sent) - 1:
                # The error about an unknown name appears only once the REPL has read every line before it.
                marker = f"sync_{index}"
                tmux(socket, "send-keys", "-t", "soak", "-l", marker)
                tmux(socket, "send-keys", "-t", "soak", "Enter")
                if not wait_for(socket, f"unknown name '{marker}'", timeout=60):
                    failures.append(f"the REPL stopped answering after line {index + 1}")
                    break
                samples.append((index + 1, rss_kib(pid)))
                tmux(socket, "clear-history", "-t", "soak")
        elapsed = time.time() - started
        tmux(socket, "send-keys", "-t", "soak", "-l", "soak_anchor + 1")
        tmux(socket, "send-keys", "-t", "soak", "Enter")
        if not wait_for(socket, "12,346"):
            failures.append("the binding made on the first line is gone")
        tmux(socket, "send-keys", "-t", "soak", "C-d")
        if not wait_for(socket, "[exit 0]"):
            failures.append("Ctrl-D did not end the REPL with status 0:\n" + pane(socket)[-2000:])
    finally:
        tmux(socket, "kill-server", check=False)

    # Memory: flat after warm-up.
    known = [(line, kib) for line, kib in samples if kib is not None]
    warm = [kib for line, kib in known if line >= options.lines // 10]
    if len(warm) >= 2:
        baseline, peak = warm[0], max(warm)
        allowed = baseline * 1.05 + 16 * 1024
        print(f"soak: {options.lines} lines in {elapsed:.0f} s; resident memory {baseline / 1024:.1f} MiB after "
              f"warm-up, peak {peak / 1024:.1f} MiB, last {warm[-1] / 1024:.1f} MiB (allowed {allowed / 1024:.1f})")
        if peak > allowed:
            failures.append(f"memory grew from {baseline} KiB to {peak} KiB")
    else:
        failures.append("too few memory samples")

    # History: intact, capped, readable, ending with the last line typed.
    with open(history, "rb") as file:
        data = file.read()
    try:
        entries = data.decode("utf-8").split("\n")
    except UnicodeDecodeError as error:
        entries = [""]
        failures.append(f"the history file is not UTF-8: {error}")
    if entries[0] != HEADER:
        failures.append("the history file lost its header")
    body = [entry for entry in entries[1:] if entry]
    print(f"soak: history holds {len(body)} entries, {len(data)} bytes")
    # The file keeps the last 1,000 entries and is rewritten with them when it passes 1,250 lines.
    if options.lines > 1300 and not 1000 <= len(body) <= 1250:
        failures.append(f"history holds {len(body)} entries, not 1,000 to 1,250")
    if not body or body[-1] != "soak_anchor + 1":
        failures.append(f"the last history entry is {body[-1][:80] if body else None!r}")
    shutil.rmtree(folder, ignore_errors=True)
    if failures:
        for failure in failures:
            print("soak: FAILED: " + failure, file=sys.stderr)
        return 1
    print("soak: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
