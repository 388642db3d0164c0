#!/bin/sh
# instructions.sh LABEL NEW BASE ARGS...: the instructions NEW and BASE
# execute for `runlog ARGS...`, counted by valgrind's callgrind, and their
# ratio. Unlike a wall time it does not move with the machine's load, so
# it tells a change's cost apart from noise (a wall-time ratio on these
# machines can move 10% between two runs of the same build). Prints
# nothing when valgrind is not installed.
set -eu
command -v valgrind > /dev/null 2>&1 || exit 0
label=$1 new=$2 base=$3
shift 3
count() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
n=$(count "$new" "$@")
b=$(count "$base" "$@")
printf '%-44s %.3g instructions, base %.3g, this/base %.4f\n' "$label" "$n" "$b" "$(echo "$n / $b" | bc -l)"
