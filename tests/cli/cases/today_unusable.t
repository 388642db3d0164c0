# a log runlog cannot use: the same message and exit code as analyze
$ runlog today tests/data/no_pain.csv
? 65
! runlog: tests/data/no_pain.csv:1: the header has no 'pain' column, so there is nothing to analyse: add a pain column (0-10), or keep a pain diary and give it with --diary FILE ('runlog diary LOG' starts one); found 'date', 'distance'
