# SIGTERM at 31 moments of a run: the week's folder always holds a whole
# report, the earlier one or the new one, and no temporary file
$ sh tests/cli/killed.sh weekly $T 2>/dev/null
> intact
