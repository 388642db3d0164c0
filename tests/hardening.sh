#!/bin/sh
# hardening.sh BINARY...: what each binary was hardened with, read from
# the ELF file by readelf (binutils), as devscripts' hardening-check does:
#   pie      the ELF type is DYN (a position-independent executable)
#   relro    a GNU_RELRO segment, and BIND_NOW, so it is all read-only
#            after start-up (full RELRO)
#   canary   __stack_chk_fail is called (-fstack-protector-strong)
#   fortify  libc's checked calls (__snprintf_chk...) are called
#            (-D_FORTIFY_SOURCE)
#   clash    -fstack-clash-protection among gcc's flags in the debug info
#            (DW_AT_producer) of every unit; "unknown" without them
# Prints a table on stdout and each lack on stderr; exits 1 when one
# binary lacks one (an unknown clash does not fail).
set -u
command -v readelf >/dev/null || { echo "hardening: readelf (binutils) is missing" >&2; exit 1; }
bad=0
printf '%-36s %-4s %-5s %-6s %-7s %s\n' binary pie relro canary fortify clash
for f in "$@"; do
	[ -f "$f" ] || { echo "hardening: $f: no such binary" >&2; bad=1; continue; }
	pie=no relro=no canary=no fortify=no clash=unknown
	readelf -h "$f" | grep -q 'Type:[[:space:]]*DYN' && pie=yes
	readelf -lW "$f" | grep -q GNU_RELRO &&
		readelf -dW "$f" | grep -qE '\(BIND_NOW\)|FLAGS.*BIND_NOW|FLAGS_1.*NOW' && relro=full
	syms=$(readelf -W --dyn-syms "$f")
	echo "$syms" | grep -q ' __stack_chk_fail' && canary=yes
	echo "$syms" | grep -qE ' __[a-z]+_chk@' && fortify=yes
	# gcc records its flags there (clang only with -grecord-command-line).
	producer=$(readelf -p .debug_str "$f" 2>/dev/null | grep 'GNU C[0-9]* .* -O')
	if [ -n "$producer" ]; then
		clash=yes
		echo "$producer" | grep -qv -- '-fstack-clash-protection' && clash=no
	fi
	printf '%-36s %-4s %-5s %-6s %-7s %s\n' "$f" $pie $relro $canary $fortify $clash
	for lack in "pie:$pie" "relro:$relro" "canary:$canary" "fortify:$fortify" "clash:$clash"; do
		case $lack in
		*:no) echo "hardening: $f: no ${lack%%:*}" >&2; bad=1 ;;
		esac
	done
done
exit $bad
