# a 30 MB export.xml (the generated 2 years padded with heart-rate Records),
# plain and zipped, is read in bounded memory: under 20 MB peak each
# (/usr/bin/time %M, when present), as the 2 MB one is; a tree of it would
# take ten times the file
$ cd $T; /usr/bin/python3 "$OLDPWD/tests/data/apple/gen_apple.py" . --pad-mb 30; for f in export.xml export.zip; do runlog analyze $f --no-charts --format json | grep -o '"input".*"runs": [0-9]*' | grep -o '"runs": [0-9]*'; if [ -x /usr/bin/time ]; then /usr/bin/time -f %M -o mem runlog analyze $f --no-charts --format json > /dev/null; test "$(tail -1 mem)" -lt 20480 && echo "$f: memory bounded"; else echo "$f: memory bounded"; fi; done
> "runs": 352
> export.xml: memory bounded
> "runs": 352
> export.zip: memory bounded
@ unwrapped
