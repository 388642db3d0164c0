$ runlog analyze
? 64
! runlog: analyze: no log file given (see 'runlog help analyze')
