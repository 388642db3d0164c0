# a zip bomb (a 200 MB member packed into 0.2 MB) stops once 64 MiB are
# unpacked at more than 200 times the bytes read from the zip: exit 65, in
# little time and memory (under 20 MB peak, /usr/bin/time %M, when present)
$ cd $T; /usr/bin/python3 -c 'import zipfile; z = zipfile.ZipFile("bomb.zip", "w", zipfile.ZIP_DEFLATED); f = z.open("activities.csv", "w"); f.write(b"date,pain\n2025-01-01,3\n"); [f.write(b"\n" * (1 << 20)) for i in range(200)]; f.close(); z.close()'; runlog analyze bomb.zip --no-charts; echo "exit $?"; if [ -x /usr/bin/time ]; then /usr/bin/time -f %M -o mem runlog analyze bomb.zip --no-charts 2>/dev/null; test "$(tail -1 mem)" -lt 20480 && echo "memory bounded"; else echo "memory bounded"; fi
! runlog: bomb.zip:activities.csv: unpacks to more than 200 times the bytes read from the zip: runlog stops there (a zip bomb?)
> exit 65
> memory bounded
@ unwrapped
