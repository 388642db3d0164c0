"""Mutated logs: random damage to samples/mylog.csv must end in exit 0 or
65 with a message, never a crash, a hang or another exit code.

Each mutation flips bytes, cuts a range, splices a range of the file into
another place, repeats or drops lines, or inserts bytes that CSV treats
specially (quotes, separators, line ends, NUL, bytes >= 0x80). One run in
20 also draws the charts, and one in 15 runs `runlog weekly`.

usage: mutate.py RUNLOG LOG COUNT [SEED]     (Debian's /usr/bin/python3)
"""
import os
import random
import subprocess
import sys
import tempfile

SPECIAL = [b'"', b",", b"\n", b"\r", b"\r\n", b"\x00", b"\xff", b"\xc3", b" ", b"-", b".", b"9"]


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not data:
            break
        kind = rng.choice(["flip", "cut", "splice", "lines", "insert"])
        i = rng.randrange(len(data))
        if kind == "flip":
            for _ in range(rng.randint(1, 8)):
                j = rng.randrange(len(data))
                data[j] ^= 1 << rng.randrange(8)
        elif kind == "cut":
            del data[i:i + rng.randint(1, 400)]
        elif kind == "splice":
            j = rng.randrange(len(data))
            data[i:i] = data[j:j + rng.randint(1, 400)]
        elif kind == "lines":
            lines = bytes(data).split(b"\n")
            k = rng.randrange(len(lines))
            if rng.random() < 0.5:
                lines.insert(k, lines[rng.randrange(len(lines))])
            else:
                del lines[k]
            data = bytearray(b"\n".join(lines))
        else:
            data[i:i] = rng.choice(SPECIAL) * rng.randint(1, 3)
    return bytes(data)


def main():
    runlog, log, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    rng = random.Random(seed)
    original = open(log, "rb").read()
    exits = {}
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "log.csv")
        for n in range(count):
            data = mutate(original, rng)
            with open(path, "wb") as f:
                f.write(data)
            if n % 15 == 3:
                cmd = [runlog, "weekly", path, "--week", "2025-W22", "--out", os.path.join(tmp, "r"), "-q"]
            elif n % 20 == 5:
                cmd = [runlog, "analyze", path, "--draft", "--out", os.path.join(tmp, "p")]
            else:
                cmd = [runlog, "analyze", path, "--no-charts", "--format", "json"]
            try:
                p = subprocess.run(cmd, capture_output=True, timeout=20)
                rc = p.returncode
            except subprocess.TimeoutExpired:
                rc = "timeout"
            exits[rc] = exits.get(rc, 0) + 1
            bad = rc not in (0, 65) or (rc == 65 and not p.stderr.startswith(b"runlog: "))
            if bad:
                failures += 1
                keep = os.path.join(os.getcwd(), "build", "mutant-%d-%d.csv" % (seed, n))
                os.makedirs(os.path.dirname(keep), exist_ok=True)
                with open(keep, "wb") as f:
                    f.write(data)
                print("FAIL mutant %d (seed %d): exit %s, kept as %s: %s"
                      % (n, seed, rc, keep, " ".join(cmd[1:2])))
    summary = ", ".join("exit %s: %d" % (k, v) for k, v in sorted(exits.items(), key=str))
    print("mutate: %d mutated logs, %s, %d failed" % (count, summary, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
