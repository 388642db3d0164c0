# issue 18: every message on stderr shows control characters and bytes that
# are not UTF-8 as \xNN, the same way: a row warning's value (ESC, and the
# C1 CSI U+009B as UTF-8, once shown as '?' and raw), a --column role (once
# raw) beside the header cells (an OSC title sequence in one), and an
# --athlete value not in the log, with a lone 0x9B byte (an 8-bit CSI)
$ printf 'date,pain\n2025-03-01,\033[2J\n2025-03-02,\302\23331m\n2025-03-03,2\n' > $T/rows.csv; printf 'date,pain,x\033]0;t\007\n2025-03-01,1,1\n' > $T/hdr.csv; runlog analyze $T/rows.csv --no-charts 2>&1 >/dev/null | sed "s|$T/||"; runlog analyze $T/hdr.csv --no-charts --column "$(printf 'p\033ain=zz')" 2>&1 | sed "s|$T/||; s/(the roles .*)/(...)/"; printf 'athlete,date,pain\nann,2025-03-01,1\n' > $T/cohort.csv; runlog analyze $T/cohort.csv --no-charts --athlete "$(printf 'a\033[2J\233')" 2>&1 | sed "s|$T/||"
> runlog: rows.csv:2: column 'pain': '\x1B[2J' is not a number; set aside, the row is kept
> runlog: rows.csv:3: column 'pain': '\xC2\x9B31m' is not a number; set aside, the row is kept
> runlog: hdr.csv:1: --column p\x1Bain=zz: 'p\x1Bain' is not a role (...); found 'date', 'pain', 'x\x1B]0;t\x07'
> runlog: cohort.csv: --athlete: no rows for an athlete named 'a\x1B[2J\x9B' (names are matched exactly; the log has 'ann')
