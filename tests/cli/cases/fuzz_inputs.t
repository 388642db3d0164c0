# every fuzzer seed and every input the fuzzers ever crashed on goes through
# the real binary: exit 0 or 65 with a message, never a crash
$ for f in tests/fuzz/corpus/* tests/fuzz/regress/* tests/fuzz/corpus_export/* tests/fuzz/regress_export/*; do [ -f "$f" ] || continue; runlog analyze "$f" --no-charts --format json > /dev/null 2> $T/err; rc=$?; case $rc in 0) ;; 65) grep -q '^runlog: ' $T/err || echo "$f: exit 65 without a message";; *) echo "$f: exit $rc";; esac; done; echo done
> done
