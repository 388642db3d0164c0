# SIGTERM at 31 moments of `runlog analyze`: the chart folder always holds a
# whole set of charts, the earlier one or the new one, and no temporary file
$ sh tests/cli/killed.sh analyze $T 2>/dev/null
> intact
