# the planted logs are what tests/data/planted/generate.py writes, byte for byte
$ /usr/bin/python3 tests/data/planted/generate.py --out $T && for f in rest eat noise nine; do cmp tests/data/planted/$f.csv $T/$f.csv && echo $f.csv same; done
> rest.csv same
> eat.csv same
> noise.csv same
> nine.csv same
