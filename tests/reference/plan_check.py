"""Check `runlog plan`'s two files against independent readers.

plan.ics is parsed with Python's icalendar package (Debian's
python3-icalendar), and every event's dates, UID and text are checked
against plan.csv's rows; the raw bytes are checked for RFC 5545's CRLF
line ends and 75-octet lines. The order of each pair is recomputed here
from the seed with splitmix64, written from Steele, Lea and Flood (2014):

    s += 0x9e3779b97f4a7c15; z = s
    z = (z ^ z >> 30) * 0xbf58476d1ce4e5b9
    z = (z ^ z >> 27) * 0x94d049bb133111eb
    output z ^ z >> 31            (all modulo 2^64)

pair k takes the k-th output, and its top bit set puts the remedy first.

usage: plan_check.py RUNLOG
"""
import csv
import datetime as dt
import os
import subprocess
import sys
import tempfile

from icalendar import Calendar

M = (1 << 64) - 1
RULES = {"rest": "no two running days in a row", "eat": "a meal before and after every run",
         "strengthen": "two strength sessions a week"}
# remedy, start, weeks, block weeks, seed: the default shape, 2-week blocks,
# a leap day and a new year inside the plan, the longest plan, the largest
# and the smallest seeds
PLANS = [("rest", "2026-01-05", 8, 1, 1), ("eat", "2028-02-14", 16, 2, 12345),
         ("strengthen", "2026-12-21", 8, 1, 0), ("rest", "2025-06-02", 104, 1, M),
         ("eat", "2024-02-26", 12, 2, 987654321)]


def remedy_first(seed, pairs):
    s, out = seed, []
    for _ in range(pairs):
        s = (s + 0x9e3779b97f4a7c15) & M
        z = s
        z = ((z ^ (z >> 30)) * 0xbf58476d1ce4e5b9) & M
        z = ((z ^ (z >> 27)) * 0x94d049bb133111eb) & M
        out.append((z ^ (z >> 31)) >> 63 == 1)
    return out


def read_csv(path):
    keys, rows = {}, []
    with open(path, newline="") as f:
        lines = f.read().split("\n")
    body = []
    for line in lines:
        if line.startswith("# ") and ": " in line:
            k, v = line[2:].split(": ", 1)
            keys[k] = v
        elif line and not line.startswith("#"):
            body.append(line)
    for r in csv.DictReader(body):
        rows.append(r)
    return keys, rows


def check_bytes(raw, fail):
    if not raw.endswith(b"\r\n"):
        fail("does not end in CRLF")
    for i, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {i}: a bare CR or LF")
        if len(line) > 75:
            fail(f"line {i}: {len(line)} octets, more than 75")


def check_plan(runlog, tmp, remedy, start, weeks, block, seed):
    name = f"{remedy}-{start}-{weeks}-{block}-{seed}"
    errors = []

    def fail(msg):
        errors.append(f"{name}: {msg}")

    out = os.path.join(tmp, name + ".csv")
    cmd = [runlog, "plan", remedy, "--start", start, "--weeks", str(weeks), "--block", str(block),
           "--seed", str(seed), "--out", out]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    keys, rows = read_csv(out)
    want = {"remedy": remedy, "rule": RULES[remedy], "seed": str(seed), "start": start,
            "weeks": str(weeks), "block weeks": str(block)}
    for k, v in want.items():
        if keys.get(k) != v:
            fail(f"header '{k}' is {keys.get(k)!r}, expected {v!r}")
    first = dt.date.fromisoformat(start)
    days = 7 * block
    pairs = weeks // block // 2
    order = remedy_first(seed, pairs)
    if len(rows) != 2 * pairs:
        fail(f"{len(rows)} rows, expected {2 * pairs}")
    for i, r in enumerate(rows):
        arm = "remedy" if order[i // 2] == (i % 2 == 0) else "usual"
        b_start = first + dt.timedelta(days=days * i)
        b_end = b_start + dt.timedelta(days=days - 1)
        got = (r["pair"], r["block"], r["arm"], r["start"], r["end"])
        exp = (str(i // 2 + 1), str(i + 1), arm, b_start.isoformat(), b_end.isoformat())
        if got != exp:
            fail(f"row {i + 1} is {got}, expected {exp}")

    with open(out[:-4] + ".ics", "rb") as f:
        raw = f.read()
    check_bytes(raw, fail)
    cal = Calendar.from_ical(raw)
    if str(cal.get("VERSION")) != "2.0" or not cal.get("PRODID"):
        fail("no VERSION:2.0 or no PRODID")
    events = cal.walk("VEVENT")
    if len(events) != len(rows):
        fail(f"{len(events)} events for {len(rows)} rows")
    uids = set()
    for ev, r in zip(events, rows):
        s, e = ev.decoded("DTSTART"), ev.decoded("DTEND")
        if isinstance(s, dt.datetime) or isinstance(e, dt.datetime):
            fail(f"block {r['block']}: not an all-day event")
        if s != dt.date.fromisoformat(r["start"]):
            fail(f"block {r['block']}: DTSTART {s}, the row starts {r['start']}")
        if e != dt.date.fromisoformat(r["end"]) + dt.timedelta(days=1):
            fail(f"block {r['block']}: DTEND {e}, the row ends {r['end']} (DTEND is exclusive)")
        uid = str(ev.get("UID"))
        if uid in uids or str(seed) not in uid or remedy not in uid:
            fail(f"block {r['block']}: UID {uid!r} repeated or not from the plan")
        uids.add(uid)
        if ev.decoded("DTSTAMP") != dt.datetime(first.year, first.month, first.day, tzinfo=dt.timezone.utc):
            fail(f"block {r['block']}: DTSTAMP {ev.decoded('DTSTAMP')} is not the plan's start")
        summary = str(ev.get("SUMMARY"))
        if (RULES[remedy] in summary) != (r["arm"] == "remedy"):
            fail(f"block {r['block']}: SUMMARY {summary!r} does not match arm {r['arm']}")
        if f"block {r['block']} of {len(rows)}" not in summary or not str(ev.get("DESCRIPTION")):
            fail(f"block {r['block']}: SUMMARY or DESCRIPTION does not say the block")

    again = os.path.join(tmp, name + "-again.csv")
    subprocess.run(cmd[:-1] + [again], check=True, stdout=subprocess.DEVNULL)
    for a, b in ((out, again), (out[:-4] + ".ics", again[:-4] + ".ics")):
        with open(a, "rb") as fa, open(b, "rb") as fb:
            if fa.read() != fb.read():
                fail(f"{os.path.basename(b)} differs from {os.path.basename(a)}: same seed, other bytes")
    return errors, len(events)


def main():
    runlog = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./runlog")
    errors, events = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for p in PLANS:
            e, n = check_plan(runlog, tmp, *p)
            errors += e
            events += n
    for e in errors:
        print("plan_check: " + e)
    print(f"plan_check: {len(PLANS)} plans, {events} events: "
          f"{'ok' if not errors else str(len(errors)) + ' problems'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
