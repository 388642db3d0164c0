#!/bin/sh
# End-to-end tests of the real binary. Each tests/cli/cases/*.t file holds:
#   # comment lines
#   $ COMMAND          one shell command, run from the repo root with runlog on
#                      PATH, LC_ALL=C, and $T a fresh empty folder
#   ? N                the exit code it must return (default 0)
#   ! LINE             stderr, exactly these lines (none: stderr must be empty)
#   > LINE             stdout, exactly these lines (optional)
#   ~ TEXT             stdout must contain TEXT (any number of these)
#   @ unwrapped        skip the case under RUNLOG_WRAP or RUNLOG_SANITIZED (it
#                      measures memory, which valgrind and ASan change)
# A case that cannot run here (it needs root, say) exits 77 with
# "skip: WHY" as its first line on stdout: it is counted and shown as skipped.
# Prints one line per case and "N passed, N failed". Arguments, when
# given, are the cases to run (files or names): sh tests/cli/run.sh bad_size
#
# With RUNLOG_WRAP set (e.g. "valgrind -q --error-exitcode=99"), every
# runlog the cases run goes through that command.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
PATH="$root:$PATH"
if [ -n "${RUNLOG_WRAP:-}" ]; then
	wrap=$(mktemp -d)
	chmod 755 "$wrap" # cases may run runlog as another user
	printf '#!/bin/sh\nexec %s "%s/runlog" "$@"\n' "$RUNLOG_WRAP" "$root" > "$wrap/runlog"
	chmod +x "$wrap/runlog"
	PATH="$wrap:$PATH"
fi
LC_ALL=C
export PATH LC_ALL
# A case that runs make (install.t) runs it afresh, not as a job of the make
# that runs the tests: under `make -j2 test` the jobserver's flags would make
# it warn on stderr.
unset MAKEFLAGS MFLAGS MAKELEVEL
pass=0 fail=0 skip=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" ${wrap:-}' EXIT INT TERM

[ $# -gt 0 ] || set -- tests/cli/cases/*.t
for t in "$@"; do
	case $t in */*) ;; *) t=tests/cli/cases/${t%.t}.t ;; esac
	name=$(basename "$t" .t)
	if [ -n "${RUNLOG_WRAP:-}${RUNLOG_SANITIZED:-}" ] && grep -q '^@ unwrapped' "$t"; then
		skip=$((skip + 1))
		echo "skip $name: measures runlog itself"
		continue
	fi
	cmd=$(sed -n 's/^\$ //p' "$t")
	want_rc=$(sed -n 's/^? //p' "$t")
	[ -n "$want_rc" ] || want_rc=0
	sed -n 's/^! \{0,1\}//p' "$t" > "$tmp/want_err"
	grep -q '^!' "$t" || : > "$tmp/want_err"
	sed -n 's/^> \{0,1\}//p' "$t" > "$tmp/want_out"
	T="$tmp/case.$name"
	rm -rf "$T" && mkdir -p "$T"
	export T
	sh -c "$cmd" > "$tmp/out" 2> "$tmp/err" < /dev/null
	rc=$?
	if [ "$rc" = 77 ] && [ "$want_rc" != 77 ] && head -1 "$tmp/out" | grep -q '^skip: '; then
		skip=$((skip + 1))
		echo "skip $name: $(head -1 "$tmp/out" | cut -c7-)"
		continue
	fi
	why=""
	[ "$rc" = "$want_rc" ] || why="exit $rc, expected $want_rc"
	if [ -z "$why" ] && ! cmp -s "$tmp/err" "$tmp/want_err"; then
		why="stderr differs:
$(diff "$tmp/want_err" "$tmp/err" | head -20)"
	fi
	if [ -z "$why" ] && grep -q '^>' "$t" && ! cmp -s "$tmp/out" "$tmp/want_out"; then
		why="stdout differs:
$(diff "$tmp/want_out" "$tmp/out" | head -20)"
	fi
	if [ -z "$why" ]; then
		sed -n 's/^~ //p' "$t" > "$tmp/wants"
		while IFS= read -r text; do
			grep -qF -- "$text" "$tmp/out" || { why="stdout lacks: $text"; break; }
		done < "$tmp/wants"
	fi
	if [ -z "$why" ]; then
		pass=$((pass + 1))
		echo "ok   $name"
	else
		fail=$((fail + 1))
		echo "FAIL $name: $why"
		echo "     \$ $cmd"
	fi
done
echo "cli: $pass passed, $fail failed, $skip skipped${RUNLOG_WRAP:+ (under $RUNLOG_WRAP)}${RUNLOG_SANITIZED:+ (under sanitizers)}"
[ "$fail" -eq 0 ]
