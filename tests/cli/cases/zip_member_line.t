# a bad value in a zip's member is named by the zip, the member and the line
$ /usr/bin/python3 tests/data/zip/zip.py $T/x.zip 'activities.csv:date,pain\n2025-01-01,3\n2025-01-02,x\n'; runlog diary $T/x.zip 2>&1 >/dev/null | sed "s|$T|T|"
> runlog: T/x.zip:activities.csv:3: column 'pain': 'x' is not a number; set aside, the row is kept
> runlog: T/x.zip:activities.csv: read as a runlog log: 2 runs on 2 days, 0 strength sessions, 0 other activities left out; fill in the pain column and give the diary with --diary
