# --since adds change.png to the charts, written with them and listed last
# in the JSON; a PNG, 1200x750 by default
$ runlog analyze tests/data/since/drop.csv --since 2025-04-14 --out $T -f json | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["charts"][-1])' | sed "s|$T|T|" && /usr/bin/python3 -c 'import struct, sys; d = open(sys.argv[1], "rb").read(24); print(d[1:4].decode(), *struct.unpack(">II", d[16:24]))' $T/change.png
> T/change.png
> PNG 1200 750
