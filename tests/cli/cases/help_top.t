# runlog --help lists the commands and the exit codes
$ runlog --help
~ usage: runlog COMMAND [options]
~   analyze    what goes with your back pain: report and charts
~   65  the log is not usable (or a bad row with --strict)
