#!/bin/sh
# style.sh: the shape rules of CONTRIBUTING in README.md, checked on src/
# and on the objects in build/ (make check runs it after the build):
#   - no function over 80 lines, from the line with its name to its
#     closing brace;
#   - no .c file over 900 lines;
#   - no mutable variable at file scope or static inside a function; only
#     signal-handler state, which is volatile, is let through;
#   - no circle of calls between source files (from the objects' symbols).
# Prints each breach as FILE:LINE: what, and exits 1 when there is one.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
bad=0

# Functions: a definition's body opens with '{' alone in column 0; its name
# is on the last line before that which starts in column 0 with a letter.
long=$(awk '
	FNR == 1 { name = 0; start = 0 }
	/^[A-Za-z_]/ && !start { name = FNR }
	/^\{/ && name { start = name }
	/^\}/ && start {
		if (FNR - start + 1 > 80)
			printf "%s:%d: function of %d lines (at most 80)\n", FILENAME, start, FNR - start + 1
		start = 0; name = 0
	}
	/^$/ && !start { name = 0 }' src/*.c)
[ -n "$long" ] && { echo "$long"; bad=1; }

for f in src/*.c; do
	n=$(wc -l < "$f")
	[ "$n" -gt 900 ] && { echo "$f:1: $n lines (at most 900)"; bad=1; }
done

# Statics: file-scope ones that are not functions, and any inside a
# function, unless const all the way (a "const char *" array is mutable) or
# volatile.
statics=$(grep -n '^[[:space:]]*static[[:space:]]' src/*.c src/*.h |
	grep -v 'static[[:space:]]\+\(inline[[:space:]]\+\)\?[^=;]*(' |
	grep -v 'volatile' |
	awk -F: '{
		line = $0; sub(/^[^:]*:[^:]*:/, "", line)
		decl = line; sub(/[=[;].*/, "", decl)
		if (decl ~ /static[ \t]+const[ \t]/) {
			ptr = decl; sub(/^[^*]*/, "", ptr); sub(/^.*\*/, "", ptr)
			if (decl !~ /\*/ || ptr ~ /^[ \t]*const[ \t]/)
				next
		}
		print $1 ":" $2 ": mutable static:" line
	}')
[ -n "$statics" ] && { echo "$statics"; bad=1; }

# Circles: file A uses a symbol file B defines, and B (or a file B uses)
# uses one of A's. tsort names a loop when there is one.
if ls build/*.o > /dev/null 2>&1; then
	for o in build/*.o; do
		nm "$o" | awk -v f="$(basename "$o" .o)" '$2 ~ /^[TDBR]$/ { print "D", f, $3 } $1 == "U" { print "U", f, $2 }'
	done | awk '$1 == "D" { def[$3] = $2 } $1 == "U" { use[++n] = $2 " " $3 }
		END { for (i = 1; i <= n; i++) { split(use[i], u, " ")
			if ((u[2] in def) && def[u[2]] != u[1]) print u[1], def[u[2]] } }' |
		sort -u > build/calls.txt
	loop=$(tsort build/calls.txt 2>&1 >/dev/null)
	[ -n "$loop" ] && { echo "src: a circle of calls between files:"; echo "$loop" | sed 's/^/  /'; bad=1; }
else
	echo "style.sh: no objects in build/; the circle check needs make first" >&2
	bad=1
fi
[ $bad -eq 0 ] && echo "style: functions, files, statics and calls as CONTRIBUTING says"
exit $bad
